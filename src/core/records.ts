// Looking a name from a file up in a table of slcost's own.

/**
 * `table[key]` when the table has the key itself: a name a file gives
 * (`constructor`, `toString`, `__proto__`) never reaches what every object
 * inherits.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
