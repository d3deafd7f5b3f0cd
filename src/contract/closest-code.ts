// "Did you mean …?" for a misspelt code: the known code nearest by edit distance, when it is near.

/** Levenshtein distance: insertions, deletions and substitutions each cost one. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitute = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitute, (previous[j] as number) + 1, (current[j - 1] as number) + 1));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The known code closest to `input`, if it is within a third of the input's length (at least 1,
 * at most 3 edits), so "saddle_numbnes" finds "saddle_numbness" but "back_ache" finds nothing.
 * Case and spaces or hyphens for underscores do not count as edits.
 */
export function closestCode(input: string, codes: readonly string[]): string | undefined {
  const normal = input
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  const limit = Math.min(3, Math.max(1, Math.floor(normal.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const code of codes) {
    const distance = editDistance(normal, code);
    if (distance < bestDistance) {
      best = code;
      bestDistance = distance;
    }
  }
  return best;
}
