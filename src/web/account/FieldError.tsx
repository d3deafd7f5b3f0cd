/** A field's error: marked with a sign and the word "Error" as well as colour. */
export function FieldError({ id, message }: { id: string; message?: string | undefined }) {
  if (!message) return null;
  return (
    <p className="error-text account-field-error" id={id}>
      <span aria-hidden="true">⚠ </span>
      <span className="visually-hidden">Error: </span>
      {message}
    </p>
  );
}
