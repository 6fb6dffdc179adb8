type FieldErrorProps = { id: string; message: string };

export function FieldError({ id, message }: FieldErrorProps) {
  return (
    <p id={id} className="field-error">
      <span className="visually-hidden">Error:</span> {message}
    </p>
  );
}
