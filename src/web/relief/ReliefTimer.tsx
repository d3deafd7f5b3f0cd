// Placeholder until the real screen lands (same session).
export function ReliefTimer({ kind }: { kind: 'heat' | 'cold' }) {
  return <p>Timer: {kind}</p>;
}
