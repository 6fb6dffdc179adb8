import { useEffect, useId, useRef } from 'react';

type RedactionConfirmProps = { preview: string; sending: boolean; onConfirm: () => void; onEdit: () => void };

/** Shows the comment as it will be sent, personal details masked, before anything leaves the browser. */
export function RedactionConfirm({ preview, sending, onConfirm, onEdit }: RedactionConfirmProps) {
  const panel = useRef<HTMLDivElement>(null);
  const introId = useId();
  useEffect(() => panel.current?.focus(), []);
  return (
    <div ref={panel} className="redaction-confirm" role="group" aria-labelledby={introId} tabIndex={-1}>
      <p id={introId}>We’ll remove personal details before sending:</p>
      <blockquote className="redaction-preview">{preview}</blockquote>
      <div className="feedback-actions">
        <button type="button" className="button" onClick={onConfirm} disabled={sending}>
          {sending ? 'Sending…' : 'Send with details removed'}
        </button>
        <button type="button" className="button button-secondary" onClick={onEdit} disabled={sending}>
          Edit comment
        </button>
      </div>
    </div>
  );
}
