// Placeholder until the real screen lands (same session).
export function CheckFlow() {
  return <p>CheckFlow</p>;
}
