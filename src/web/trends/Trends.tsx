// Placeholder until the real screen lands (same session).
export function Trends() {
  return <p>Trends</p>;
}
