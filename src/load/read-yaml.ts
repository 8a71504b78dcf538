// Reading a YAML (or JSON) file a user gave: every way it can fail becomes an
// InputError naming the file, and positions are found again from the text when
// a later check needs to name a line and column.
import { readFileSync, statSync } from 'node:fs';
import type { Event } from 'js-yaml';
import { InputError, type SourceLocation } from '../core/errors.js';
import { jsYaml } from './js-yaml.js';
import { readPlainYaml } from './plain-yaml.js';

/** Files bigger than this are refused before they are read: no scenario or price table comes near it. */
export const MAX_INPUT_BYTES = 4 * 1024 * 1024;
/** Aliases allowed in one file; more is an alias bomb ("billion laughs"), not a scenario. */
const MAX_ALIASES = 100;

export type FieldPath = readonly (string | number)[];

export interface YamlFile {
  readonly file: string;
  readonly data: unknown;
  /** Where `path` is in the file (its key with `key: true`); the nearest enclosing node when the path goes further than the file. */
  locate(path: FieldPath, options?: { key?: boolean }): SourceLocation;
}

export function readYamlFile(file: string): YamlFile {
  return parseYaml(file, readInputText(file));
}

/**
 * The text of a file a user named, or an InputError saying why not. Read as
 * UTF-8 by Node itself: a run that decodes a Buffer pays for Buffer's first
 * includes and toString, a third of a millisecond.
 */
export function readInputText(file: string): string {
  let size: number;
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) throw new InputError('is a directory, not a file', { file });
    size = stats.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? 'unknown error'})`, { file });
  }
  if (size > MAX_INPUT_BYTES) {
    throw new InputError(`is ${Math.ceil(size / 1024 / 1024)} MB; files over ${MAX_INPUT_BYTES / 1024 / 1024} MB are refused`, { file });
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`, { file });
  }
  // A NUL byte decodes to U+0000 and nothing else does; a byte that is not UTF-8 decodes to U+FFFD.
  if (text.includes('\0')) throw new InputError('is a binary file, not YAML', { file });
  if (text.includes('\uFFFD')) throw new InputError('is not valid UTF-8 text', { file });
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function parseYaml(file: string, text: string): YamlFile {
  let data: unknown;
  try {
    // The core schema of YAML 1.2: no timestamps, no merge keys, no custom tags; duplicate keys are errors.
    // Most scenario files are plain enough for the quick reader; it leaves the rest, and every error, to js-yaml.
    data = readPlainYaml(text) ?? jsYaml().load(text, { filename: file, maxAliases: MAX_ALIASES });
  } catch (error) {
    if (!(error instanceof jsYaml().YAMLException)) throw error;
    if (/input is empty/.test(error.reason)) throw new InputError('is empty', { file });
    const mark = error.mark;
    const reason = /maxAliases/.test(error.reason) ? `more than ${MAX_ALIASES} aliases, refused as an alias bomb` : error.reason;
    throw new InputError(`invalid YAML: ${reason}`, mark ? { file, line: mark.line + 1, column: mark.column + 1 } : { file });
  }
  return preparsedYaml(file, text, data);
}

/** A YAML file whose data is already known; positions are worked out from the text only when an error asks for one. */
export function preparsedYaml(file: string, text: string, data: unknown): YamlFile {
  let index: PositionIndex | null = null;
  return {
    file,
    data,
    locate(path, options = {}) {
      index ??= positionIndex(text);
      const pathText = formatPath(path);
      for (let length = path.length; length >= 0; length--) {
        const found = index.positions.get(pathKey(path.slice(0, length)));
        if (!found) continue;
        const offset = options.key && length === path.length && found.keyOffset >= 0 ? found.keyOffset : found.valueOffset;
        return { file, ...index.lineColumn(offset), ...(pathText ? { path: pathText } : {}) };
      }
      return { file, ...(pathText ? { path: pathText } : {}) };
    },
  };
}

interface PositionIndex {
  readonly positions: Map<string, { valueOffset: number; keyOffset: number }>;
  lineColumn(offset: number): { line: number; column: number };
}

/** The offset of every node of the document, by field path, from the parser's event stream. */
function positionIndex(text: string): PositionIndex {
  const positions = new Map<string, { valueOffset: number; keyOffset: number }>();
  // A mapping alternates key and value; `key` is null after a key that is not a plain scalar.
  type Frame = { path: (string | number)[] | null; kind: 'map' | 'seq'; expectKey: boolean; index: number; key: string | null; keyOffset: number };
  const stack: Frame[] = [];
  const { EVENT_ID, SCALAR_STYLE, getScalarValue, parseEvents } = jsYaml();
  let events: Event[] = [];
  try {
    events = parseEvents(text, { maxDepth: 100 });
  } catch {
    // A file that loaded always parses; if not, errors name the file alone.
  }
  /** Registers a node starting at `offset`; returns its path, or null when it is a key or sits under one. */
  const enter = (offset: number, scalarKey: () => string | null): (string | number)[] | null => {
    const parent = stack.at(-1);
    if (!parent) {
      positions.set(pathKey([]), { valueOffset: offset, keyOffset: -1 });
      return [];
    }
    if (parent.kind === 'map' && parent.expectKey) {
      parent.expectKey = false;
      parent.key = scalarKey();
      parent.keyOffset = offset;
      return null;
    }
    let path: (string | number)[] | null = null;
    if (parent.kind === 'seq') {
      path = parent.path && [...parent.path, parent.index];
      parent.index++;
    } else {
      path = parent.path && parent.key !== null ? [...parent.path, parent.key] : null;
      parent.expectKey = true;
    }
    if (path) positions.set(pathKey(path), { valueOffset: offset, keyOffset: parent.kind === 'map' ? parent.keyOffset : -1 });
    return path;
  };
  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.SCALAR: {
        const quoted = event.style === SCALAR_STYLE.DOUBLE_QUOTED || event.style === SCALAR_STYLE.SINGLE_QUOTED;
        enter(quoted ? event.valueStart - 1 : event.valueStart, () => getScalarValue(text, event));
        break;
      }
      case EVENT_ID.ALIAS:
        enter(Math.max(0, event.anchorStart - 1), () => null);
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const path = enter(event.start, () => null);
        stack.push({ path, kind: event.type === EVENT_ID.MAPPING ? 'map' : 'seq', expectKey: true, index: 0, key: null, keyOffset: -1 });
        break;
      }
      case EVENT_ID.POP:
        stack.pop();
        break;
    }
  }
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  return {
    positions,
    lineColumn(offset) {
      let low = 0;
      let high = lineStarts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if ((lineStarts[mid] ?? 0) <= offset) low = mid;
        else high = mid - 1;
      }
      return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
    },
  };
}

function pathKey(path: FieldPath): string {
  return path.map((segment) => (typeof segment === 'number' ? `#${segment}` : `.${segment}`)).join('');
}

/** `['lambda', 'functions', 0, 'memory_mb']` → `lambda.functions[0].memory_mb`. */
export function formatPath(path: FieldPath): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') return `${text}[${segment}]`;
    return text ? `${text}.${segment}` : segment;
  }, '');
}
