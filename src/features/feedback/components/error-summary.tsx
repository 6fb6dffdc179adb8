import { useEffect, useRef, type MouseEvent } from 'react';
import type { FieldName, FormError } from '../validate-submission';

type ErrorSummaryProps = { id: string; errors: FormError[]; fieldIds: Partial<Record<FieldName, string>> };

/** Mounted (keyed by attempt) after each failed send: it takes focus and links to every field at fault. */
export function ErrorSummary({ id, errors, fieldIds }: ErrorSummaryProps) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => summary.current?.focus(), []);

  // Focus the field itself: following the hash would also make the router see a navigation.
  const focusField = (target: string) => (event: MouseEvent) => {
    event.preventDefault();
    document.getElementById(target)?.focus();
  };

  return (
    <div ref={summary} id={id} className="error-summary" role="alert" aria-labelledby={`${id}-title`} tabIndex={-1}>
      <h3 id={`${id}-title`}>There is a problem</h3>
      <ul>
        {errors.map((error) => {
          const target = error.field && fieldIds[error.field];
          return (
            <li key={`${error.field ?? ''}:${error.message}`}>
              {target ? (
                <a href={`#${target}`} onClick={focusField(target)}>
                  {error.message}
                </a>
              ) : (
                error.message
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
