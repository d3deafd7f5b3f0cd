// Placeholder until the real screen lands (same session).
export function Diary({ path }: { path: string }) {
  return <p>Diary {path}</p>;
}
