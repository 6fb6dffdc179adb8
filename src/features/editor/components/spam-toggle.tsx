import { useId } from 'react';
import type { FeedbackItem } from '../../../contract/feedback';
import { useMarkSpam } from '../api/mark-spam';

type SpamToggleProps = { item: FeedbackItem };

/** Moves one item between the counted feedback and the spam view; the outcome is announced. */
export function SpamToggle({ item }: SpamToggleProps) {
  const markSpam = useMarkSpam();
  const errorId = useId();
  return (
    <p className="editor-spam-toggle">
      <button
        type="button"
        className="button"
        disabled={markSpam.isPending}
        aria-describedby={markSpam.isError ? errorId : undefined}
        onClick={() => markSpam.mutate({ id: item.id, spam: !item.spam })}
      >
        {item.spam ? 'Not spam' : 'Mark as spam'}
      </button>
      <span role="status">
        {markSpam.isError && (
          <span id={errorId} className="editor-error">
            We couldn’t save that. Check your connection, then try again.
          </span>
        )}
      </span>
    </p>
  );
}
