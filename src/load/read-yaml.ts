// Reading a YAML (or JSON) file a user gave: every way it can fail becomes an
// InputError naming the file, and the parsed document keeps its source
// positions so that later errors can name a line and column.
import { readFileSync, statSync } from 'node:fs';
import { type Document, isMap, isPair, isScalar, LineCounter, type Node, parseDocument } from 'yaml';
import { InputError, type SourceLocation } from '../errors.js';

/** Files bigger than this are refused before they are read: no scenario or price table comes near it. */
export const MAX_INPUT_BYTES = 4 * 1024 * 1024;

export type FieldPath = readonly (string | number)[];

export interface YamlFile {
  readonly file: string;
  readonly data: unknown;
  /** Where `path` is in the file; the nearest enclosing node when the path goes further than the file. */
  locate(path: FieldPath, options?: { key?: boolean }): SourceLocation;
}

export function readYamlFile(file: string): YamlFile {
  return parseYaml(file, readInputFile(file));
}

/** The bytes of a file a user named, or an InputError saying why not. */
export function readInputFile(file: string): Buffer {
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
  try {
    return readFileSync(file);
  } catch (error) {
    throw new InputError(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`, { file });
  }
}

/** A YAML file whose data is already known (parsed ahead of time); its text is parsed only if an error needs a location. */
export function preparsedYaml(file: string, bytes: Buffer, data: unknown): YamlFile {
  let parsed: YamlFile | null = null;
  return {
    file,
    data,
    locate(path, options) {
      parsed ??= parseYaml(file, bytes);
      return parsed.locate(path, options);
    },
  };
}

export function parseYaml(file: string, bytes: Buffer): YamlFile {
  if (bytes.includes(0)) throw new InputError('is a binary file, not YAML', { file });
  let text = bytes.toString('utf8');
  if (text.includes('\uFFFD')) throw new InputError('is not valid UTF-8 text', { file });
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const lineCounter = new LineCounter();
  // maxAliasCount guards against alias bombs ("billion laughs"); duplicate keys are errors.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const locateOffset = (offset: number, path?: string): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col, ...(path ? { path } : {}) };
  };
  const first = doc.errors[0];
  if (first) {
    const message = first.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'invalid YAML';
    throw new InputError(`invalid YAML: ${message}`, locateOffset(first.pos[0]));
  }
  if (doc.contents === null) throw new InputError('is empty', { file });
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new InputError(`invalid YAML: ${(error as Error).message}`, { file });
  }
  return {
    file,
    data,
    locate(path, options = {}) {
      const { node, reached, keyNode } = nodeAt(doc, path);
      const target = options.key && reached === path.length && keyNode ? keyNode : node;
      const range = target?.range;
      const pathText = formatPath(path);
      return range ? locateOffset(range[0], pathText) : { file, ...(pathText ? { path: pathText } : {}) };
    },
  };
}

function nodeAt(doc: Document, path: FieldPath): { node: Node | null; reached: number; keyNode: Node | null } {
  let node = doc.contents as Node | null;
  let keyNode: Node | null = null;
  let reached = 0;
  for (const segment of path) {
    if (!node) break;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      keyNode = pair.key as Node;
      node = (pair.value as Node | null) ?? keyNode;
    } else if ('items' in node && Array.isArray((node as { items: unknown[] }).items) && typeof segment === 'number') {
      const item = (node as { items: unknown[] }).items[segment] as Node | undefined;
      if (!item) break;
      keyNode = null;
      node = item;
    } else {
      break;
    }
    reached++;
  }
  return { node, reached, keyNode };
}

/** `['lambda', 'functions', 0, 'memory_mb']` → `lambda.functions[0].memory_mb`. */
export function formatPath(path: FieldPath): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') return `${text}[${segment}]`;
    return text ? `${text}.${segment}` : segment;
  }, '');
}
