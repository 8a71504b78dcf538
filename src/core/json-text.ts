// JSON as text a terminal shows inert: what the JSON output writes, and a usage file's quoted names.

// JSON.stringify escapes C0 controls but leaves DEL, C1 controls (a CSI acts on the terminal that shows it),
// bidirectional marks, line separators and the characters that print as nothing raw.
const RAW_IN_JSON = /[\u007f-\u009f\u00ad\u200b\u200e\u200f\u202a-\u202e\u2028\u2029\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** `value` as JSON, with every character a terminal could act on written as a `\u` escape: the same data to a parser, inert on a screen. */
export function jsonText(value: unknown, indent: number | undefined = 2): string {
  return JSON.stringify(value, null, indent).replace(RAW_IN_JSON, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
