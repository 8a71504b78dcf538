// "Did you mean": the nearest known word to a misspelt one.

/**
 * The name of `known` a key that is none of them was meant as: one written in another case, else one a slip away. A
 * template's keys are tried whatever they were meant for, so a short key (four letters or fewer) is held to one edit:
 * two edits of a short word are another word (a misplaced `cors: true` was "did you mean logs?").
 */
export function meantName(key: string, known: readonly string[]): { readonly name: string; readonly miscased: boolean } | null {
  const miscased = known.find((each) => each.toLowerCase() === key.toLowerCase());
  if (miscased !== undefined) return { name: miscased, miscased: true };
  const near = suggest(key, known, key.length <= 4 ? 1 : undefined);
  return near === null ? null : { name: near, miscased: false };
}

/** The closest candidate within a few edits (at most `mostEdits`, where given), or null. */
export function suggest(word: string, candidates: readonly string[], mostEdits?: number): string | null {
  let best: string | null = null;
  let bestDistance = Math.min(Math.max(2, Math.floor(word.length / 3)), mostEdits ?? Infinity) + 1;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    // Words further apart in length than the best distance are at least that many edits apart: not worked out, so
    // that a long word among thousands of names (a usage file's queues) costs a comparison of lengths each.
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  // Optimal string alignment distance: a swap of two neighbouring letters ("memroy") counts as one edit. Three rows
  // of the table (the swap looks two back), not the whole table of a.length × b.length.
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}
