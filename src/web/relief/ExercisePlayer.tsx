// Placeholder until the real screen lands (same session).
export function ExercisePlayer({ id }: { id: string }) {
  return <p>Exercise {id}</p>;
}
