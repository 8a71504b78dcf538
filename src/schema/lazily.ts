// zod takes milliseconds to build a schema of any size: a run that never reads
// such a file (the usage file of a template, a custom price table) should not pay for it.

/** `build()` on the first call, the same value ever after. */
export function lazily<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}
