// Names a user wrote, listed in a sentence. A template's thousands of functions
// are counted past the first few: a warning of ten thousand names is a page no
// one reads, and JSON keeps each function's own figures.
import { formatCount } from './numbers.js';

/**
 * A name as the files it is read from take it: one written in two Unicode forms (café precomposed, or with a combining
 * accent) is one name, so a scenario refuses two functions so named, `tune --function` finds either, and a diff of a
 * file saved in one form against one saved in the other is no function removed and another added.
 */
export const nameKey = (name: string): string => name.normalize('NFC');

/** Names a sentence lists at most. */
export const NAMES_LISTED = 10;

/** `a, b, c`; past `limit` names, the first `limit` and `and 9,990 more`. */
export function listNames(names: readonly string[], limit = NAMES_LISTED): string {
  if (names.length <= limit) return names.join(', ');
  return `${names.slice(0, limit).join(', ')} and ${formatCount(names.length - limit)} more`;
}

/** Parts of a sentence (`a: 3 GB; b: 5 GB`), joined with `separator`; past `limit`, the first `limit` and `9,990 more`. */
export function listParts(parts: readonly string[], separator: string, limit = NAMES_LISTED): string {
  if (parts.length <= limit) return parts.join(separator);
  return `${parts.slice(0, limit).join(separator)}${separator}${formatCount(parts.length - limit)} more`;
}

/**
 * How a name differs from one of `known` that it prints like: the same length in code points, and each letter that
 * differs one outside ASCII where the known name has a printable ASCII one (a Cyrillic `О` for a Latin `O`). Such a
 * name was "not in the template; its functions are: Orders", the two alike on the screen. Null when none is alike.
 */
export function lookalikeOf(name: string, known: readonly string[]): { readonly name: string; readonly differs: string } | null {
  const written = Array.from(name);
  if (written.every((each) => each.charCodeAt(0) < 0x80)) return null;
  for (const candidate of known) {
    if (candidate.length < written.length || candidate.length > name.length) continue;
    const theirs = Array.from(candidate);
    if (theirs.length !== written.length) continue;
    const differences: string[] = [];
    let alike = true;
    for (let i = 0; i < written.length && alike; i++) {
      const [mine, other] = [written[i]!, theirs[i]!];
      if (mine === other) continue;
      const code = mine.codePointAt(0)!;
      alike = code >= 0x80 && /^[\x21-\x7e]$/.test(other);
      differences.push(`U+${code.toString(16).toUpperCase().padStart(4, '0')} where it has ${other}`);
    }
    if (alike && differences.length) return { name: candidate, differs: listNames([...new Set(differences)], 3) };
  }
  return null;
}
