import { FieldError } from './field-error';

type OptionsFieldProps = {
  type: 'checkbox' | 'radio';
  /** The options get ids `${idPrefix}-0`, `${idPrefix}-1`…; the first is where error links lead. */
  idPrefix: string;
  name: string;
  legend: string;
  hint?: string;
  options: readonly string[];
  selected: readonly string[];
  onToggle: (option: string) => void;
  error: string | undefined;
  required?: boolean;
};

/** A group of checkboxes or radios under a legend, with its hint and error tied to the group. */
export function OptionsField({
  type,
  idPrefix,
  name,
  legend,
  hint,
  options,
  selected,
  onToggle,
  error,
  required,
}: OptionsFieldProps) {
  const hintId = `${idPrefix}-hint`;
  const errorId = `${idPrefix}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={error ? 'feedback-field has-error' : 'feedback-field'} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error && <FieldError id={errorId} message={error} />}
      <div className="feedback-options">
        {options.map((option, index) => (
          <div className="feedback-option" key={option}>
            <input
              type={type}
              id={`${idPrefix}-${index}`}
              name={name}
              value={option}
              checked={selected.includes(option)}
              onChange={() => onToggle(option)}
              required={required}
              aria-invalid={error ? true : undefined}
            />
            <label htmlFor={`${idPrefix}-${index}`}>{option}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
