import { useEffect, useState } from 'react';
import { countCharacters } from '../../../contract/characters';
import { COMMENT_MAX } from '../../../contract/feedback';
import { FieldError } from './field-error';

/** Below this many characters left, the count is also announced (politely, once typing pauses). */
const ANNOUNCE_BELOW = 200;
const ANNOUNCE_DELAY_MS = 800;

export function characterCount(length: number): string {
  const left = COMMENT_MAX - length;
  const n = Math.abs(left);
  const characters = `${n.toLocaleString('en-US')} ${n === 1 ? 'character' : 'characters'}`;
  return left >= 0 ? `${characters} remaining` : `${characters} too many`;
}

function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

type CommentFieldProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  required?: boolean;
};

/** A textarea with a count that is always visible and only announced when the limit is near. */
export function CommentField({ id, label, value, onChange, error, required }: CommentFieldProps) {
  const countId = `${id}-count`;
  const errorId = `${id}-error`;
  // The same count the contract checks on both sides, so the counter never disagrees with Send.
  const length = countCharacters(value);
  const count = characterCount(length);
  const over = length > COMMENT_MAX;
  const announcement = useDebouncedValue(COMMENT_MAX - length < ANNOUNCE_BELOW ? count : '', ANNOUNCE_DELAY_MS);
  return (
    <div className={error ? 'feedback-field has-error' : 'feedback-field'}>
      <label htmlFor={id}>{label}</label>
      {error && <FieldError id={errorId} message={error} />}
      <textarea
        id={id}
        name="comment"
        rows={5}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${errorId} ${countId}` : countId}
      />
      <p id={countId} className={over ? 'char-count over' : 'char-count'}>
        {count}
      </p>
      <div className="visually-hidden" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}
