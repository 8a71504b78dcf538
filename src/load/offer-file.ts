// Reading AWS Price List Bulk API offer files (JSON or CSV) one price at a
// time, so that the half-gigabyte EC2 file never has to fit in memory: the
// JSON is scanned in chunks and only one product or one term object is held
// and parsed at a time; the CSV is read line by line.
import { closeSync, openSync, readSync } from 'node:fs';
import { clipped, InputError } from '../core/errors.js';
import { formatCount } from '../core/numbers.js';
import { offerSchemas } from '../schema/offer.js';
import { regularFileSize, utf16Refused } from './read-yaml.js';

/** One price of one product: what the importer matches on and what it reads. */
export interface OfferPrice {
  readonly sku: string;
  readonly family: string;
  /** Product attributes, keys lower-cased without spaces (`usagetype`, `regioncode`, `instancetype`, …). */
  readonly attributes: Readonly<Record<string, string>>;
  readonly beginRange: string;
  readonly endRange: string;
  readonly unit: string;
  /** A decimal string in USD. */
  readonly usd: string;
}

export interface OfferMeta {
  readonly offerCode: string;
  readonly version: string;
  readonly publicationDate: string;
}

const normalKey = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');

const CHUNK_BYTES = 1 << 20;

/** Yields the text of each chunk of a file, never splitting a UTF-8 character. */
function* chunks(file: string): Generator<string> {
  regularFileSize(file);
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new InputError((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot read the file', { file });
  }
  try {
    const buffer = Buffer.alloc(CHUNK_BYTES);
    const decoder = new TextDecoder('utf-8');
    for (let first = true; ; first = false) {
      const read = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (read === 0) break;
      const text = decoder.decode(buffer.subarray(0, read), { stream: true });
      // Saved as UTF-16 (PowerShell's `>`), it was "no offerCode at its start", or a CSV row of one field.
      const refused = first && utf16Refused(text, file);
      if (refused) throw refused;
      yield text;
    }
    const last = decoder.decode();
    if (last) yield last;
  } finally {
    closeSync(fd);
  }
}

/** How deep a SKU's entry is written (`terms.OnDemand.<sku>`), the deepest key placeOf names or an object read whole starts at. */
const SKU_DEPTH = 3;
const UNPLACED: readonly string[] = [];

/**
 * The JSON offer file, streamed: the top-level scalars, each `products.<sku>`
 * object and each `terms.OnDemand.<sku>` object, parsed one at a time.
 */
function* jsonObjects(file: string): Generator<{ path: readonly string[]; value: unknown }> {
  const path: string[] = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  let stringText = '';
  let lastString: string | null = null;
  let capture: { depth: number; path: string[]; text: string; at: Place } | null = null;
  // The key whose value starts at the next character that is not a space.
  let valueOf: readonly string[] | null = null;
  // Where in the file the character read is (its line, and the offset its line starts at), and where the string read
  // started: JSON.parse's errors give a position in the object or string it was given, which the message turns into
  // the file's line and column (it said "at position 45" of a product 150 characters into the file).
  let line = 1;
  let lineStart = 0;
  let offset = 0;
  let stringAt: Place = { line: 1, column: 1 };
  const placeOfIndex = (i: number): Place => ({ line, column: offset + i - lineStart + 1 });
  for (const text of chunks(file)) {
    let captureStart = capture ? 0 : -1;
    for (let i = 0; i < text.length; i++) {
      const char = text[i]!;
      if (char === '\n') {
        line++;
        lineStart = offset + i + 1;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (char === '\\') escaped = true;
        else if (char === '"') inString = false;
        if (!capture && inString) stringText += char;
        if (!capture && !inString) lastString = parsedAt(`"${stringText}"`, stringAt, file) as string;
        continue;
      }
      if (valueOf) {
        if (char === ' ' || char === '\n' || char === '\r' || char === '\t') continue;
        // Products and terms are read where AWS writes mappings: a list or a string there was passed over in silence,
        // and the file refused for what it then lacked (no prices, or terms before any product).
        const place = placeOf(valueOf);
        valueOf = null;
        if (place && char !== '{') throw new InputError(`${place} is ${char === '[' ? 'a list' : 'not a mapping'}; AWS writes a mapping there`, { file });
      }
      if (char === '"') {
        inString = true;
        stringText = '';
        if (!capture) stringAt = placeOfIndex(i);
        continue;
      }
      if (char === ':' && !capture) {
        path[depth] = lastString ?? '';
        // Keys deeper than a SKU's entry name no place of placeOf's: not sliced, so that a file nested a hundred thousand deep is read in one pass.
        valueOf = depth <= SKU_DEPTH ? path.slice(1, depth + 1) : UNPLACED;
        continue;
      }
      if (char === '{' || char === '[') {
        depth++;
        if (!capture && depth <= SKU_DEPTH + 1) {
          const at = path.slice(1, depth);
          const wanted = (at.length === 2 && at[0] === 'products') || (at.length === 3 && at[0] === 'terms' && at[1] === 'OnDemand');
          if (wanted) {
            capture = { depth, path: at, text: '', at: placeOfIndex(i) };
            captureStart = i;
          }
        }
        continue;
      }
      if (char === '}' || char === ']') {
        if (capture && depth === capture.depth) {
          capture.text += text.slice(captureStart, i + 1);
          yield { path: capture.path, value: parsedAt(capture.text, capture.at, file) };
          capture = null;
          captureStart = -1;
        }
        depth--;
      }
    }
    if (capture && captureStart >= 0) capture.text += text.slice(captureStart);
    offset += text.length;
  }
  if (depth !== 0 || inString) throw new InputError('is not a complete JSON offer file (it ends inside an object or a string)', { file });
}

/** A line and a column of a file, from 1. */
interface Place {
  readonly line: number;
  readonly column: number;
}

/** `text`, which starts at `at` in `file`, as JSON; where it is not, an InputError at the line and column of the file where JSON.parse stopped. */
function parsedAt(text: string, at: Place, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const { message } = error as SyntaxError;
    const position = /at position (\d+)/.exec(message);
    if (!position) throw new InputError(`is not valid JSON: ${message}`, { file, ...at });
    const before = text.slice(0, Number(position[1]));
    const newline = before.lastIndexOf('\n');
    const lines = before.split('\n').length - 1;
    const where = { file, line: at.line + lines, column: newline < 0 ? at.column + before.length : before.length - newline };
    throw new InputError(`is not valid JSON: ${message.replace(/ in JSON at position \d+.*$/s, '')}`, where);
  }
}

/** Where in an offer file `key` is, if AWS writes a mapping there: products, terms and each SKU's entry in them. */
function placeOf(key: readonly string[]): string | null {
  const [first, second, third] = key;
  if (key.length === 1 && (first === 'products' || first === 'terms')) return `its ${first}`;
  if (key.length === 2 && first === 'terms' && second === 'OnDemand') return 'its terms.OnDemand';
  if (key.length === 2 && first === 'products') return `the product of SKU ${JSON.stringify(clipped(second!))}`;
  if (key.length === 3 && first === 'terms' && second === 'OnDemand') return `the on-demand terms of SKU ${JSON.stringify(clipped(third!))}`;
  return null;
}

/** Which products to keep while reading; the rest are dropped as they stream past, so that memory holds only these. */
export type Keep = (family: string, attributes: Readonly<Record<string, string>>) => boolean;

/** The on-demand prices of a JSON offer file. */
export function readJsonOffer(file: string, keep: Keep = () => true): { meta: OfferMeta; prices: OfferPrice[] } {
  const products = new Map<string, { family: string; attributes: Record<string, string> }>();
  const terms: Array<{ sku: string; dims: Record<string, { beginRange?: string; endRange?: string; unit?: string; pricePerUnit?: { USD?: string } }> }> = [];
  // Top-level scalars come first in AWS's files; read them from the start of the file.
  const head = chunks(file).next().value ?? '';
  // As JSON reads the string: "AWS\u004cambda" is AWSLambda, and was an offer file "for AWS\u004cambda".
  const scalar = (key: string) => {
    const written = new RegExp(`"${key}"\\s*:\\s*("(?:[^"\\\\]|\\\\.)*")`).exec(head)?.[1];
    if (written === undefined) return '';
    try {
      return JSON.parse(written) as string;
    } catch {
      // Not valid JSON (a raw tab, a bad escape): as written, and the file is refused at its place as it is read.
      return written.slice(1, -1);
    }
  };
  const meta = checkedMeta({ offerCode: scalar('offerCode'), version: scalar('version'), publicationDate: scalar('publicationDate') }, file);
  if (!meta.offerCode) throw new InputError('is not an AWS Price List offer file: no offerCode at its start', { file });
  let productsSeen = 0;
  try {
    for (const { path, value } of jsonObjects(file)) {
      if (path[0] === 'products') {
        productsSeen++;
        const product = checkedProduct(value, path[1]!, file);
        const written = Object.keys(product.attributes ?? {});
        const attributes = Object.fromEntries(Object.entries(product.attributes ?? {}).map(([k, v]) => [normalKey(k), v]));
        // As a CSV header's columns: of two attributes read as one (usagetype and usage_type), the last was taken in silence.
        if (Object.keys(attributes).length !== written.length) {
          const second = written.find((key, index) => written.findIndex((other) => normalKey(other) === normalKey(key)) !== index)!;
          const first = written.find((key) => normalKey(key) === normalKey(second))!;
          throw new InputError(
            `SKU ${JSON.stringify(clipped(path[1]!))}: its attributes ${JSON.stringify(clipped(first))} and ${JSON.stringify(clipped(second))} are read as one, and which to read is not known`,
            { file },
          );
        }
        const family = product.productFamily ?? '';
        // Terms find a product by the key it is under: a product whose sku says another was kept where no price found it.
        if (product.sku !== undefined && product.sku !== path[1]) {
          throw new InputError(`SKU ${JSON.stringify(clipped(path[1]!))}: its sku is ${JSON.stringify(clipped(product.sku))}, not the key it is under`, { file });
        }
        if (keep(family, attributes)) products.set(path[1]!, { family, attributes });
      } else {
        // The file is streamed, products first, as AWS writes it: terms before any product found none of their products,
        // and the file was refused as "no lambda prices", a valid offer file said to be the wrong one.
        if (!productsSeen) throw new InputError('has terms before any product; slcost reads an offer file in the order AWS writes it, its products first', { file });
        const object = value as Record<string, unknown>;
        if (!products.has(path[2]!)) continue;
        for (const [code, term] of Object.entries(object)) {
          const dims = checked<{ priceDimensions: Dimensions }>(offerSchemas().term, term, `terms.OnDemand[${JSON.stringify(clipped(code))}]`, path[2]!, file).priceDimensions;
          // A product slcost reads, with a term that prices nothing: its price was left out, and the base table's kept in silence.
          if (!Object.keys(dims).length)
            throw new InputError(`SKU ${JSON.stringify(clipped(path[2]!))}: its on-demand term ${JSON.stringify(clipped(code))} has no price dimension`, { file });
          terms.push({ sku: path[2]!, dims });
        }
      }
    }
  } catch (error) {
    if (error instanceof SyntaxError) throw new InputError(`is not valid JSON: ${error.message}`, { file });
    throw error;
  }
  const prices: OfferPrice[] = [];
  for (const term of terms) {
    const product = products.get(term.sku);
    if (!product) continue;
    for (const dim of Object.values(term.dims) as Array<{ beginRange?: string; endRange?: string; unit?: string; pricePerUnit?: { USD?: string } }>) {
      // A price in another currency (the China regions' CNY) is not a price in USD: it was passed over, and the base table's price kept.
      if (dim.pricePerUnit?.USD === undefined) {
        const currencies = Object.keys(dim.pricePerUnit ?? {}).map((currency) => JSON.stringify(clipped(currency)));
        throw new InputError(`SKU ${JSON.stringify(clipped(term.sku))} is priced in ${currencies.join(', ') || 'no currency'}, not USD; slcost imports prices in USD`, { file });
      }
      prices.push({
        sku: term.sku,
        family: product.family,
        attributes: product.attributes,
        beginRange: dim.beginRange ?? '0',
        endRange: dim.endRange ?? 'Inf',
        unit: dim.unit ?? '',
        usd: checkedUsd(dim.pricePerUnit.USD, term.sku, file),
      });
    }
  }
  return { meta, prices };
}

type Dimensions = Record<string, { beginRange?: string; endRange?: string; unit?: string; pricePerUnit?: { USD?: string } }>;
type Product = { sku?: string; productFamily?: string; attributes?: Record<string, string> };

/** A term's price dimensions as AWS writes them, or an error naming the SKU and the field that is not. */
function checkedDimensions(dimensions: unknown, sku: string, file: string): Dimensions {
  return checked<Dimensions>(offerSchemas().priceDimensions, dimensions, 'priceDimensions', sku, file);
}

/** A product as AWS writes it (its attributes strings), or an error naming the SKU and the field that is not. */
function checkedProduct(product: unknown, sku: string, file: string): Product {
  return checked<Product>(offerSchemas().product, product, '', sku, file);
}

function checked<T>(schema: unknown, data: unknown, what: string, sku: string, file: string): T {
  type Issue = { path: PropertyKey[]; message: string; code: string; expected?: string };
  const result = (schema as { safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: Issue[] } } }).safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  // A rate code holds dots itself (`SKU.TERM.RATE`): keys in brackets.
  const field = `${what}${issue.path.map((key) => (typeof key === 'string' && !/^\w+$/.test(key) ? `[${JSON.stringify(key)}]` : `.${String(key)}`)).join('')}`.replace(/^\./, '');
  const expected = issue.code === 'invalid_type' ? `expected ${issue.expected === 'object' || issue.expected === 'record' ? 'a mapping' : `a ${issue.expected}`}` : issue.message;
  throw new InputError(`SKU ${JSON.stringify(clipped(sku))}${field ? `: ${field}` : ''} is not what AWS writes: ${expected}`, { file });
}

/** An offer's version and publication date as AWS writes them, or an error quoting the one that is not. */
function checkedMeta(meta: OfferMeta, file: string): OfferMeta {
  const result = offerSchemas().meta.safeParse(meta);
  if (result.success) return meta;
  const issue = result.error.issues[0]!;
  const key = String(issue.path[0]) as keyof OfferMeta;
  throw new InputError(`its ${key} ${JSON.stringify(clipped(meta[key]))} is not what AWS writes: ${issue.message}`, { file });
}

/** An offer's price as the decimal text it must be: anything else (a word, `1e400`, a negative) is refused, naming the SKU. */
function checkedUsd(text: string, sku: string, file: string): string {
  if (!/^\d{1,15}(\.\d{1,15})?$/.test(text)) {
    // A minus sign was told it made a price of more than 15 digits ("-0.0000000000" is ten).
    const why = /^\s*-\s*\d*(\.\d*)?\s*$/.test(text)
      ? 'which has a minus sign: AWS writes no price below zero, nor a zero of one'
      : 'which is not a number of dollars with at most 15 digits either side of the point';
    throw new InputError(`SKU ${JSON.stringify(clipped(sku))} has a price of ${JSON.stringify(clipped(text))}, ${why}`, { file });
  }
  return text;
}

/** One CSV line's fields (RFC 4180 quoting); null when a quote is left open (AWS's files put no line break inside a field). */
function csvFields(line: string): string[] | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  // Runs of plain characters are taken as slices of the line: added a character at a time, a file of 100,000 rows
  // took seconds, and its fields (each a chain of one-character strings) most of a gigabyte.
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const char = line.charCodeAt(i);
    if (quoted) {
      if (char !== QUOTE) continue;
      field += line.slice(start, i);
      if (line.charCodeAt(i + 1) === QUOTE) {
        field += '"';
        i++;
      } else quoted = false;
      start = i + 1;
    } else if (char === QUOTE) {
      field += line.slice(start, i);
      quoted = true;
      start = i + 1;
    } else if (char === COMMA) {
      fields.push(field + line.slice(start, i));
      field = '';
      start = i + 1;
    }
  }
  return quoted ? null : [...fields, field + line.slice(start)];
}

const QUOTE = 0x22;
const COMMA = 0x2c;

/** The longest row of a CSV offer file read: a chunk's worth. */
const MAX_CSV_LINE_CHARACTERS = CHUNK_BYTES;

/** The columns every row of a CSV offer file is read by, as AWS names them. */
const CSV_COLUMNS = ['SKU', 'TermType', 'PricePerUnit', 'Currency', 'usageType'];

/** The on-demand prices of a CSV offer file: five rows of metadata, a header, then one price a row. */
export function readCsvOffer(file: string, keep: Keep = () => true): { meta: OfferMeta; prices: OfferPrice[] } {
  const prices: OfferPrice[] = [];
  const metadata: Record<string, string> = {};
  let header: string[] | null = null;
  let row = 0;
  let rest = '';
  const take = (line: string) => {
    row++;
    if (!line.trim()) return;
    const fields = csvFields(line.replace(/\r$/, ''));
    // A row read wrongly would be a price silently lost, or read from the wrong column.
    if (!fields) throw new InputError('is not a CSV offer file as AWS writes it: a quote is left open in this row', { file, line: row });
    if (header && fields.length !== header.length) {
      throw new InputError(`is not a CSV offer file as AWS writes it: this row has ${fields.length} fields, the header ${header.length}`, { file, line: row });
    }
    if (row <= 5) {
      metadata[normalKey(fields[0] ?? '')] = fields[1] ?? '';
      return;
    }
    if (!header) {
      header = fields.map(normalKey);
      // A row is read by column name: of two columns read as one name (PricePerUnit and Price Per Unit), the last one's
      // values were taken in silence.
      // Each name's first column, by name: a header of many columns is read once, not searched for each of them.
      const firstColumn = new Map<string, number>();
      const twice = header.findIndex((name, index) => {
        if (firstColumn.has(name)) return true;
        firstColumn.set(name, index);
        return false;
      });
      if (twice >= 0) {
        const [first, second] = [fields[firstColumn.get(header[twice]!)!]!, fields[twice]!].map((name) => JSON.stringify(clipped(name)));
        const which = first === second ? `names the column ${first} twice` : `has the columns ${first} and ${second}, which read as one name`;
        throw new InputError(`is not a CSV offer file as AWS writes it: its header ${which}, and which one's values to read is not known`, { file, line: row });
      }
      // Every row is read by these: without one (a column renamed, a header cut short) each row was passed over as not an
      // on-demand price in USD, and the file refused as "has no ec2 prices", or each price read as "".
      const missing = CSV_COLUMNS.filter((column) => !header!.includes(normalKey(column)));
      if (missing.length) {
        throw new InputError(`is not a CSV offer file as AWS writes it: its header has no ${missing.map((column) => JSON.stringify(column)).join(', ')} column`, {
          file,
          line: row,
        });
      }
      return;
    }
    const record = Object.fromEntries(header.map((name, index) => [name, fields[index] ?? '']));
    if (record.termtype !== 'OnDemand' || !keep(record.productfamily ?? '', record)) return;
    // As in a JSON offer: an on-demand row slcost reads, priced in another currency, was passed over in silence.
    if (record.currency !== 'USD') {
      throw new InputError(
        `SKU ${JSON.stringify(clipped(record.sku ?? ''))} is priced in ${JSON.stringify(clipped(record.currency ?? ''))}, not USD; slcost imports prices in USD`,
        {
          file,
          line: row,
        },
      );
    }
    // The same checks as a JSON file's: a row is one price dimension.
    const [dimension] = Object.values(
      checkedDimensions(
        {
          [record.ratecode || record.sku || 'row']: {
            beginRange: record.startingrange || '0',
            endRange: record.endingrange || 'Inf',
            pricePerUnit: { USD: record.priceperunit ?? '' },
          },
        },
        record.sku ?? '',
        file,
      ),
    );
    prices.push({
      sku: record.sku ?? '',
      family: record.productfamily ?? '',
      attributes: record,
      beginRange: dimension!.beginRange!,
      endRange: dimension!.endRange!,
      unit: record.unit ?? '',
      usd: checkedUsd(record.priceperunit ?? '', record.sku ?? '', file),
    });
  };
  for (const text of chunks(file)) {
    const lines = (rest + text).split('\n');
    rest = lines.pop() ?? '';
    lines.forEach(take);
    // A line not yet ended is split again with each chunk that follows it: one of many megabytes would be copied and
    // scanned once a chunk. AWS's rows are a few kilobytes.
    if (rest.length > MAX_CSV_LINE_CHARACTERS)
      throw new InputError(`is not a CSV offer file as AWS writes it: this row is longer than ${formatCount(MAX_CSV_LINE_CHARACTERS)} characters`, { file, line: row + 1 });
  }
  if (rest) take(rest);
  if (!header) throw new InputError('is not an AWS Price List CSV offer file: no header row after the five rows of metadata', { file });
  return {
    meta: checkedMeta({ offerCode: metadata.offercode ?? '', version: metadata.version ?? '', publicationDate: metadata.publicationdate ?? '' }, file),
    prices,
  };
}
