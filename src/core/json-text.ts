// JSON as text a terminal shows inert: what the JSON output writes, and a usage file's quoted names.

// The characters a terminal acts on or that print as nothing which JSON.stringify leaves raw (it escapes C0 controls
// and unpaired surrogates): DEL and C1 controls (a CSI acts on the terminal that shows it), bidirectional marks, line
// separators, the format characters, and the tag characters (U+E0000–U+E007F, a surrogate pair each), which can spell a
// whole hidden text after a name. A flag's own tags (🏴 and its tags up to the cancel tag, England's flag) are the
// emoji, and stay: KEPT_FLAG comes first in a pattern, and what it matches is left as it is. The terminal's escaping
// (report/escape.ts) shows the same characters, and C0 and unpaired surrogates besides.
export const KEPT_FLAG = String.raw`\ud83c\udff4(?:\udb40[\udc20-\udc7e])+\udb40\udc7f`;
export const RAW_INVISIBLE = String.raw`\u007f-\u009f\u00ad\u061c\u180e\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb`;
export const TAG_CHARACTER = String.raw`\udb40[\udc00-\udc7f]`;

const RAW_IN_JSON = new RegExp(`${KEPT_FLAG}|[${RAW_INVISIBLE}]|${TAG_CHARACTER}`, 'g');

/** Each UTF-16 unit of `text` as a `\u` escape, as JSON writes them. */
const unitEscapes = (text: string) =>
  text
    .split('')
    .map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('');

/** `value` as JSON, with every character a terminal could act on written as a `\u` escape: the same data to a parser, inert on a screen. */
export function jsonText(value: unknown, indent: number | undefined = 2): string {
  return JSON.stringify(value, null, indent).replace(RAW_IN_JSON, (characters) => (characters.length > 2 ? characters : unitEscapes(characters)));
}
