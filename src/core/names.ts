// Names a user wrote, listed in a sentence. A template's thousands of functions
// are counted past the first few: a warning of ten thousand names is a page no
// one reads, and JSON keeps each function's own figures.
import { formatCount } from './numbers.js';

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
