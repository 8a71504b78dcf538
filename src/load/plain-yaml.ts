// A reader for the plain YAML that scenario files are written in: block
// mappings and sequences, one-line flow collections of scalars, plain words and
// numbers, quoted strings without escapes, a key's folded (>) or literal (|)
// text of evenly indented lines, comments. js-yaml reads the same
// text to the same data, but its first document of a run costs a couple of
// milliseconds; this reader costs a tenth of that. It says no (undefined) to
// anything it is not sure of, and js-yaml then reads the file, reports its
// errors and finds every line and column; so this reader never decides what a
// file means on its own. Tests hold the two to the same data.

/** Thrown inside the reader when the text is not of the plain kind; never leaves this module. */
const NOT_PLAIN = Symbol('not plain');

interface Line {
  readonly indent: number;
  /** The line after its indentation, without trailing spaces. */
  readonly text: string;
  /** The text of a block scalar that this line's key introduces, read from the lines below it. */
  readonly blockText?: string;
}

/** Deeper than any scenario nests; a reader that recurses per level stops well short of the stack's end. */
const MAX_DEPTH = 64;

/** A key as scenario files write them: a word, then a colon and a space or the line's end. */
const KEY = /^([A-Za-z_][\w.-]*):(?: +|$)/;
/** Plain scalars YAML's core schema reads as strings: a letter first, then nothing a YAML indicator could mean. */
const PLAIN_STRING = /^[A-Za-z][\w .,/()+'-]*$/;
const INTEGER = /^[-+]?[0-9]+$/;
const DECIMAL = /^[-+]?[0-9]+\.[0-9]+$/;
/** The words YAML 1.2's core schema reads as null or booleans (and, as keys, js-yaml turns back into other strings). */
const WORDS: ReadonlyMap<string, null | boolean> = new Map<string, null | boolean>([
  ['null', null],
  ['Null', null],
  ['NULL', null],
  ['true', true],
  ['True', true],
  ['TRUE', true],
  ['false', false],
  ['False', false],
  ['FALSE', false],
]);

/** The data of `text`, exactly as js-yaml's core schema reads it; undefined when the text is not plain enough to be sure. */
export function readPlainYaml(text: string): unknown {
  // Printable ASCII only: no tabs or carriage returns to measure indentation by, no characters YAML refuses.
  // (Directives, document markers, anchors, aliases and tags are no key, item or scalar this reader knows.)
  if (/[^\n\x20-\x7e]/.test(text)) return undefined;
  try {
    const lines = linesOf(text);
    if (!lines.length) return undefined;
    const reader = new Reader(lines);
    const data = reader.block(lines[0]!.indent, 0);
    // A block ends at a line that is not one of its own; a line left over is a continuation or an error.
    return reader.done() ? data : undefined;
  } catch (error) {
    if (error === NOT_PLAIN) return undefined;
    throw error;
  }
}

/** The lines that hold content, each with its indentation; a block scalar's lines are read into the line of its key. */
function linesOf(text: string): Line[] {
  const raw = text.split('\n');
  const lines: Line[] = [];
  for (let i = 0; i < raw.length; i++) {
    const content = raw[i]!.trimEnd();
    const trimmed = content.trimStart();
    if (trimmed === '' || trimmed[0] === '#') continue;
    const indent = content.length - trimmed.length;
    const block = BLOCK_SCALAR_KEY.exec(trimmed);
    if (!block) {
      lines.push({ indent, text: trimmed });
      continue;
    }
    // Its lines: those further right than the key, and blank lines among them.
    let end = i + 1;
    while (end < raw.length && (raw[end]!.trim() === '' || raw[end]!.length - raw[end]!.trimStart().length > indent)) end++;
    const body = raw.slice(i + 1, end);
    while (body.length && body.at(-1)!.trim() === '') body.pop();
    // One indentation throughout, no blank lines inside, no trailing spaces: the form whose folding is plain.
    const bodyIndent = body[0] ? body[0].length - body[0].trimStart().length : 0;
    const plain = (line: string) => line.trim() !== '' && line.trimEnd() === line && line.length - line.trimStart().length === bodyIndent;
    if (!body.length || !body.every(plain)) throw NOT_PLAIN;
    // Clip chomping: one line break at the end. Folded text joins its lines with spaces, literal text keeps the breaks.
    const joined = body.map((line) => line.slice(bodyIndent)).join(block[2] === '>' ? ' ' : '\n');
    lines.push({ indent, text: `${block[1]}: `, blockText: `${joined}\n` });
    i = end - 1;
  }
  return lines;
}

/** A key whose value is a folded or literal block scalar, with no indicators after the > or |. */
const BLOCK_SCALAR_KEY = /^([A-Za-z_][\w.-]*): ([|>])$/;

class Reader {
  private next = 0;
  constructor(private readonly lines: Line[]) {}

  done(): boolean {
    return this.next === this.lines.length;
  }

  /** The node whose lines start at column `indent`. */
  block(indent: number, depth: number): unknown {
    if (depth > MAX_DEPTH) throw NOT_PLAIN;
    return isItem(this.lines[this.next]!.text) ? this.sequence(indent, depth) : this.mapping(indent, depth);
  }

  private mapping(indent: number, depth: number): Record<string, unknown> {
    const mapping: Record<string, unknown> = {};
    for (let line = this.lines[this.next]; line && line.indent === indent; line = this.lines[this.next]) {
      const match = KEY.exec(line.text);
      if (!match) throw NOT_PLAIN;
      const key = keyOf(match[1]!, mapping);
      this.next++;
      mapping[key] = line.blockText ?? this.valueAfterKey(line.text.slice(match[0].length), indent, depth);
    }
    return mapping;
  }

  private valueAfterKey(rest: string, indent: number, depth: number): unknown {
    if (rest !== '' && rest[0] !== '#') return inlineValue(rest);
    const line = this.lines[this.next];
    if (line && line.indent > indent) return this.block(line.indent, depth + 1);
    // A sequence may sit at its key's own column.
    if (line && line.indent === indent && isItem(line.text)) return this.sequence(indent, depth + 1);
    return null;
  }

  private sequence(indent: number, depth: number): unknown[] {
    const items: unknown[] = [];
    for (let line = this.lines[this.next]; line && line.indent === indent && isItem(line.text); line = this.lines[this.next]) {
      const rest = line.text.slice(1).trimStart();
      if (rest === '' || rest[0] === '#') {
        this.next++;
        const below = this.lines[this.next];
        items.push(below && below.indent > indent ? this.block(below.indent, depth + 1) : null);
      } else if (KEY.test(rest)) {
        // "- name: api": a mapping whose first key is on the dash's line, at the column it is written in.
        const column = indent + line.text.length - rest.length;
        this.lines[this.next] = { indent: column, text: rest };
        items.push(this.mapping(column, depth + 1));
      } else {
        this.next++;
        items.push(inlineValue(rest));
      }
    }
    return items;
  }
}

function isItem(text: string): boolean {
  return text[0] === '-' && (text.length === 1 || text[1] === ' ');
}

/** A key, as long as it is new in `mapping` and means itself (js-yaml turns `Null:` into "null"). */
function keyOf(key: string, mapping: Record<string, unknown>): string {
  if (key === '__proto__' || WORDS.has(key) || Object.hasOwn(mapping, key)) throw NOT_PLAIN;
  return key;
}

/** What follows a key or a dash on its line: a scalar or a one-line flow collection, then at most a comment. */
function inlineValue(text: string): unknown {
  const first = text[0];
  if (first === '{' || first === '[') {
    const close = text.indexOf(first === '{' ? '}' : ']');
    if (close < 0 || !isLineEnd(text.slice(close + 1))) throw NOT_PLAIN;
    // Entries are scalars: a bracket, quote or comment inside is not a plain scalar, and is declined there.
    const inner = text.slice(1, close);
    return first === '{' ? flowMapping(inner) : flowSequence(inner);
  }
  if (first === '"' || first === "'") {
    const close = text.indexOf(first, 1);
    const content = text.slice(1, close);
    if (close < 0 || (first === '"' && content.includes('\\')) || !isLineEnd(text.slice(close + 1))) throw NOT_PLAIN;
    return content;
  }
  const comment = text.indexOf(' #');
  return plainScalar(comment < 0 ? text : text.slice(0, comment).trimEnd());
}

/** Nothing, or a comment after a space. */
function isLineEnd(rest: string): boolean {
  return rest === '' || /^ +(?:#.*)?$/.test(rest);
}

function flowEntries(inner: string): string[] {
  if (inner.trim() === '') return [];
  // An empty entry (a trailing comma, or an error) is no scalar or key this reader knows, and is declined there.
  return inner.split(',').map((entry) => entry.trim());
}

function flowMapping(inner: string): Record<string, unknown> {
  const mapping: Record<string, unknown> = {};
  for (const entry of flowEntries(inner)) {
    const match = KEY.exec(entry);
    if (!match) throw NOT_PLAIN;
    const value = entry.slice(match[0].length);
    mapping[keyOf(match[1]!, mapping)] = value === '' ? null : plainScalar(value);
  }
  return mapping;
}

function flowSequence(inner: string): unknown[] {
  return flowEntries(inner).map(plainScalar);
}

/** A plain scalar as the core schema resolves it, for the forms this reader knows; any other form is not plain. */
function plainScalar(text: string): unknown {
  const word = WORDS.get(text);
  if (word !== undefined) return word;
  if (text === '~') return null;
  if (PLAIN_STRING.test(text)) return text;
  // Numbers as js-yaml makes them: the sign applied to the unsigned digits (so "-0" is -0).
  const isInteger = INTEGER.test(text);
  if (!isInteger && !DECIMAL.test(text)) throw NOT_PLAIN;
  const sign = text[0] === '-' ? -1 : 1;
  const digits = text[0] === '-' || text[0] === '+' ? text.slice(1) : text;
  const value = sign * (isInteger ? parseInt(digits, 10) : parseFloat(digits));
  if (!Number.isFinite(value)) throw NOT_PLAIN;
  return value;
}
