type HoneypotFieldProps = { id: string; value: string; onChange: (value: string) => void };

/** Off screen and out of the tab order: people never fill it, form-filling bots do. */
export function HoneypotField({ id, value, onChange }: HoneypotFieldProps) {
  return (
    <div className="feedback-honeypot" aria-hidden="true">
      <label htmlFor={id}>Leave this field empty</label>
      <input
        id={id}
        type="text"
        name="website"
        tabIndex={-1}
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
