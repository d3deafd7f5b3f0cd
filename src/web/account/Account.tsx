// Placeholder until the real screen lands (same session).
export function Account() {
  return <p>Account</p>;
}
