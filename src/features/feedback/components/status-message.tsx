import { useEffect, useRef } from 'react';

type StatusMessageProps = { message: string | undefined; focus: boolean; id?: string };

/** A polite live region, present before anything is said in it; `focus` moves the reader to the message. */
export function StatusMessage({ message, focus, id }: StatusMessageProps) {
  const text = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message && focus) text.current?.focus();
  }, [message, focus]);
  return (
    <div role="status" className="feedback-status">
      {message && (
        <p ref={text} id={id} tabIndex={-1}>
          {message}
        </p>
      )}
    </div>
  );
}
