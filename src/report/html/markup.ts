// HTML built as strings, escaped by default: every value put into the `markup`
// template is escaped for text and attributes alike, unless it is markup that
// `markup` itself made. A name a user wrote cannot open a tag, close an
// attribute or start an entity, wherever it is put.

/** Markup: text that is HTML already and is put in as it is. */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export type Value = Html | string | number | null | undefined | false | readonly Value[];

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` safe in an element's content and in a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

function put(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(put).join('');
  return escapeHtml(String(value));
}

/** A template of markup: the literal parts as written, each value escaped (markup put in as it is; a list joined; null, undefined and false as nothing). */
export function markup(strings: TemplateStringsArray, ...values: readonly Value[]): Html {
  let text = strings[0]!;
  values.forEach((value, index) => {
    text += put(value) + strings[index + 1]!;
  });
  return new Html(text);
}

/** Markup from a string slcost wrote itself (its style sheet): never a user's text. */
export function trusted(text: string): Html {
  return new Html(text);
}

/** A number for an SVG coordinate: two decimals at most, no exponent. */
export function coordinate(value: number): string {
  return String(Math.round(value * 100) / 100);
}
