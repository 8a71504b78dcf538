// JSON as text a terminal shows inert: what the JSON output writes, and a usage file's quoted names.

// JSON.stringify escapes C0 controls but leaves DEL, C1 controls (a CSI acts on the terminal that shows it),
// bidirectional marks, line separators and the characters that print as nothing raw: the format characters, and the
// tag characters (U+E0000–U+E007F, a surrogate pair each), which can spell a whole hidden text after a name. A
// flag's own tags (🏴 and its tags up to the cancel tag, England's flag) are the emoji, and stay.
const RAW_IN_JSON =
  /\ud83c\udff4(?:\udb40[\udc20-\udc7e])+\udb40\udc7f|[\u007f-\u009f\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2028\u2029\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;

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
