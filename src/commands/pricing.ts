// slcost pricing list / show ID / diff A B: the versioned price tables.
import { jsonText, shellWord, terminalText } from '../report/escape.js';
import { stringify as yamlText } from 'yaml';
import { InputError, InputErrors, OptionError } from '../core/errors.js';
import { formatCounted } from '../core/numbers.js';
import { customPriceBookFrom } from '../load/custom-pricing.js';
import { importOffers } from '../load/import-offers.js';
import { type PriceChange, type PriceEntry, priceDiff, priceList } from '../providers/aws/price-list.js';
import { findPricingVersion, listPricingVersions, loadPriceBook, shippedPricingDir } from '../load/load-pricing.js';
import { MAX_INPUT_BYTES, parseYaml } from '../load/read-yaml.js';
import type { PriceBook } from '../providers/aws/types.js';
import { formatQuantity, formatUnitPrice, machineNumber } from '../report/format.js';
import { proseLines } from '../report/prose.js';
import { ANSI_STYLE, PLAIN, type Style } from '../report/style.js';
import { heldTogether, renderColumns, type Row } from '../report/terminal-table.js';
import { aws } from '../providers/aws/index.js';
import { providerOf } from '../providers/index.js';
import type { PriceSection } from '../schema/price-section.js';
import { suggest } from '../suggest.js';
import type { PRICING_FORMATS } from './program.js';
import { type Io, refuseExistingOutput, refuseOutputOverInput, writeOutputFile } from './shell.js';

/** The sections a table of `book`'s provider has. */
const sectionsOf = (book: PriceBook): readonly PriceSection<unknown>[] => providerOf(book.provider)?.priceSections ?? [];

function sourceCount(book: PriceBook): number {
  return Object.values(book.regions).reduce(
    // Every section of a region that names its source, whichever services the provider lists.
    (count, region) => count + Object.values(region as object).filter((section: unknown) => typeof (section as { source?: unknown } | null)?.source === 'string').length,
    0,
  );
}

function value(entry: { value: PriceEntry['value']; unit: string }): string {
  return entry.unit.startsWith('USD') ? formatUnitPrice(entry.value) : formatQuantity(entry.value, 10);
}

export function listVersions(format: 'table' | 'json', style: Style, dir = shippedPricingDir(), width = 80): string {
  const books = listPricingVersions(dir).map(loadPriceBook);
  if (format === 'json') {
    return jsonText(
      books.map((book) => ({
        id: book.id,
        provider: book.provider,
        effective_date: book.effectiveDate,
        regions: Object.keys(book.regions),
        source_count: sourceCount(book),
        description: book.description,
      })),
    );
  }
  // Each version with what changed in it, under its row. A version of many regions counts them in its row and lists them
  // under it, at the note's width: in the column, Google's 31 stood one a line at 80 columns.
  const rows = books.flatMap((book) => {
    const regions = Object.keys(book.regions);
    const listed = regions.length > LISTED_REGIONS;
    return [
      [book.id, book.provider, book.effectiveDate, String(sourceCount(book)), listed ? `${regions.length} regions` : regions.join(', ')],
      ...(book.description ? [{ note: book.description }] : []),
      ...(listed ? [{ note: `Regions: ${regions.join(', ')}.` }] : []),
    ];
  });
  const columns = [
    { header: 'Version', align: 'left' as const },
    { header: 'Provider', align: 'left' as const },
    { header: 'Effective', align: 'left' as const },
    { header: 'Sources', align: 'right' as const },
    { header: 'Regions', align: 'left' as const },
  ];
  return [
    ...renderColumns(columns, rows, { header: style.bold, note: style.dim }, width, { fill: true }),
    '',
    ...proseLines(
      [
        ...(books.some((book) => book.provider !== aws.id) ? ["The other providers' newest tables price a scenario's functions with --compare."] : []),
        `The newest, ${books.filter((book) => book.provider === aws.id).at(-1)?.id}, is the default.`,
      ],
      width,
      style.dim,
    ),
  ].join('\n');
}

/** The most regions `pricing list` names in a version's row; more are counted there and named under it. */
const LISTED_REGIONS = 2;

export function showVersion(book: PriceBook, filter: { service: string | null; region: string | null }, format: 'table' | 'json', style: Style, width = 80): string {
  const entries = priceList(book, sectionsOf(book)).filter((e) => (!filter.service || e.service === filter.service) && (!filter.region || e.region === filter.region));
  if (format === 'json') {
    return jsonText({
      id: book.id,
      effective_date: book.effectiveDate,
      description: book.description,
      prices: entries.map((e) => ({ region: e.region, service: e.service, key: e.key, description: e.description, value: e.value.toFixed(), unit: e.unit })),
    });
  }
  // A region or a service the same on every row, asked for or the table's only one, is said once above the table,
  // not in a column of its own: Google's table repeated "run_functions" on each of its 672 rows, and at 80 columns
  // that column left its items four words a line.
  const only = (values: readonly string[]) => (new Set(values).size === 1 ? values[0]! : null);
  const region = filter.region ?? only(entries.map((e) => e.region));
  const service = filter.service ?? only(entries.map((e) => e.service));
  const chosen = [region, service].filter((one): one is string => one !== null);
  const lines = [
    ...proseLines([`${book.id}, in force from ${book.effectiveDate}`], width, style.bold),
    ...proseLines([book.description], width, style.dim),
    ...(chosen.length ? ['', ...proseLines([chosen.map(terminalText).join(' · ')], width, style.bold)] : []),
    '',
  ];
  // A region or a service that changes down the table heads its group of rows rather than taking a column on every row:
  // at 80 columns a Service column of ids (cloudwatch_logs) left the items three words a line.
  const groupOf = (e: PriceEntry) => [region ? null : e.region, service ? null : e.service].filter((part): part is string => part !== null).join(' · ');
  const rows: Row[] = [];
  let group: string | null = null;
  for (const e of entries) {
    const heading = groupOf(e);
    if (heading && heading !== group) rows.push([style.bold(heading), '', '']);
    group = heading;
    rows.push([heading ? { text: `· ${heldTogether(e.description)}`, hanging: 2 } : heldTogether(e.description), value(e), e.unit]);
  }
  const columns = [
    { header: 'Item', align: 'left' as const },
    { header: 'Value', align: 'right' as const },
    { header: 'Per', align: 'left' as const },
  ];
  return [...lines, ...renderColumns(columns, rows, { header: style.bold, note: style.dim }, width)].join('\n');
}

export function diffVersions(before: PriceBook, after: PriceBook, format: 'table' | 'json', style: Style, width = 80): string {
  if (before.provider !== after.provider) throw new InputError(`${before.id} and ${after.id} are tables of different providers: compare a provider's tables with each other`);
  const changes = priceDiff(before, after, sectionsOf(after));
  if (format === 'json') {
    return jsonText({
      from: before.id,
      to: after.id,
      changes: changes.map((c) => ({
        region: c.region,
        service: c.service,
        key: c.key,
        description: c.description,
        unit: c.unit,
        change: c.kind,
        before: c.before?.toFixed() ?? null,
        after: c.after?.toFixed() ?? null,
        change_pct: c.changePct === null ? null : machineNumber(c.changePct, 2),
      })),
    });
  }
  if (!changes.length) return `${before.id} → ${after.id}: no price changed`;
  const show = (c: PriceChange, side: 'before' | 'after') => (c[side] ? value({ value: c[side]!, unit: c.unit }) : '—');
  // Each region and service heads its changes, as in show: in columns of their own on every row, at 80 columns they
  // left the items 18 wide, three words a line.
  const rows: Row[] = [];
  let group: string | null = null;
  for (const c of changes) {
    const heading = `${c.region} · ${c.service}`;
    if (heading !== group) rows.push([style.bold(heading), '', '', '', '']);
    group = heading;
    rows.push([
      { text: `· ${heldTogether(c.description)}`, hanging: 2 },
      c.kind,
      show(c, 'before'),
      show(c, 'after'),
      c.changePct ? `${c.changePct.isNegative() ? '' : '+'}${formatQuantity(c.changePct, 1)}%` : '',
    ]);
  }
  const columns = [
    { header: 'Item', align: 'left' as const },
    { header: 'Change', align: 'left' as const },
    { header: 'Before', align: 'right' as const },
    { header: 'After', align: 'right' as const },
    { header: '%', align: 'right' as const },
  ];
  return [
    ...proseLines([`${before.id} → ${after.id}: ${formatCounted(changes.length, 'change')}`], width, style.bold),
    '',
    ...renderColumns(columns, rows, { header: style.bold, note: style.dim }, width),
  ].join('\n');
}

/** Writes a pricing file of the imported sections over `base`, checked like any pricing file before it is written; returns what it wrote. */
export function importPricing(
  files: readonly string[],
  options: { region: string; base: string | null; output: string; force: boolean; dir?: string; note?: (text: string) => void },
): string {
  const dir = options.dir ?? shippedPricingDir();
  // `-` reads standard input in the commands that read a scenario; here it was looked for as a file and "-: no such file".
  if (files.includes('-')) {
    throw new InputError('- (standard input) is not read by pricing import: offer files are read by path (write ./- for a file named -)');
  }
  // AWS's tables only: over an Azure table (--base azure-…) the file was written, then refused at its own line as extending an unknown version.
  const base = findPricingVersion(
    dir,
    options.base,
    listPricingVersions(dir).filter((version) => version.provider === aws.id),
  );
  // A custom table overrides regions its base has: --region mars-1 wrote prices-mars-1.yaml, then refused it at its own
  // (deleted) line. Said of the option, before a byte of the offers is read.
  const regions = Object.keys(loadPriceBook(base).regions);
  if (!regions.includes(options.region)) {
    const hint = suggest(options.region, regions);
    throw new OptionError(
      `--region: ${base.id} has no region ${JSON.stringify(options.region)} to lay the prices over${hint ? `; did you mean ${hint}?` : ''} (its regions: ${regions.join(', ')})`,
    );
  }
  // --force is for a pricing file written before, never for an offer file this run reads.
  refuseOutputOverInput(options.output, files, 'is an offer file this import reads; choose another name with --output');
  // Nor for the table the import extends: written over it, the shipped table was lost and every later run refused.
  refuseOutputOverInput(options.output, [base.file], `is the table this import extends (${base.id}); choose another name with --output`);
  refuseExistingOutput(options.output, options.force, 'exists already; choose another name with --output or pass --force');
  const { offers, sections, notes } = importOffers(files, options.region);
  if (!Object.keys(sections).length) throw new InputError('gave no prices to import');
  const empty = Object.entries(sections)
    .filter(([, section]) => Object.keys(section).length <= 1)
    .map(([name]) => name);
  const offerFiles = files.join(', ');
  const its = files.length === 1 ? 'its' : 'their';
  if (empty.length) throw new InputError(`has no ${empty.join(', ')} prices for ${JSON.stringify(options.region)}; is it the region's offer file?`, { file: offerFiles });
  const text = [
    `# Imported by slcost pricing import from AWS Price List offer files, ${options.region}:`,
    ...offers.map((offer) => `#   ${offer.offerCode} version ${offer.version}, published ${offer.publicationDate}`),
    `# Use it with --pricing-file; what the offers do not give comes from ${base.id}.`,
    ...notes.map((note) => `# Note: ${note} (${base.id}).`),
    yamlText(
      {
        extends: base.id,
        description: `${base.id} with the ${options.region} prices of ${offers.map((o) => `${o.offerCode} ${o.version}`).join(', ')}`,
        regions: { [options.region]: sections },
      },
      { lineWidth: 120 },
    ),
  ].join('\n');
  // Checked as --pricing-file will read it, before it is written: checked after, a table refused (arm64 durations over a
  // base without arm64's provisioned rates, a file past the size a price file may be) was deleted, a file --force had
  // replaced with it lost, and the message pointed at a line of the file that was no longer there.
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_INPUT_BYTES) {
    throw new InputError(
      `${its} prices make a table of ${Math.ceil(bytes / 1024 / 1024)} MB, which --pricing-file would refuse (it reads files of up to ${MAX_INPUT_BYTES / 1024 / 1024} MB); is it one region's offer file as AWS publishes it?`,
      { file: offerFiles },
    );
  }
  try {
    customPriceBookFrom(parseYaml(options.output, text), dir);
  } catch (error) {
    if (!(error instanceof InputError || error instanceof InputErrors)) throw error;
    const refused = (one: InputError) =>
      new InputError(`${its} prices over ${base.id} make a table --pricing-file would refuse: ${one.message}`, {
        file: offerFiles,
        ...(one.location?.path ? { path: one.location.path } : {}),
      });
    throw error instanceof InputErrors ? new InputErrors(error.errors.map(refused)) : refused(error);
  }
  writeOutputFile(options.output, text);
  for (const note of notes) options.note?.(`${note} (${base.id})`);
  return options.output;
}

/** The options of `slcost pricing list` and `diff`, as commander gives them (see program.ts). */
export interface PricingFlags {
  readonly format: (typeof PRICING_FORMATS)[number];
}

export interface ShowFlags extends PricingFlags {
  /** A section of the price table, as the provider's list names them. */
  readonly service?: string;
  readonly region?: string;
}

export interface ImportFlags {
  readonly region: string;
  readonly base?: string;
  readonly output?: string;
  readonly force?: boolean;
}

const styleOf = (io: Io): Style => (io.color ? ANSI_STYLE : PLAIN);
const book = (dir: string, id: string) => loadPriceBook(findPricingVersion(dir, id));

export async function listCommand(flags: PricingFlags, io: Io): Promise<number> {
  io.stdout(`${listVersions(flags.format, styleOf(io), shippedPricingDir(), io.columns)}\n`);
  return 0;
}

export async function showCommand(id: string, flags: ShowFlags, io: Io): Promise<number> {
  const shownBook = book(shippedPricingDir(), id);
  // The sections of the table's own provider: an Azure table's are not Lambda's.
  const sections = sectionsOf(shownBook).map((section) => section.key);
  if (flags.service !== undefined && !sections.includes(flags.service)) {
    const hint = flags.service ? suggest(flags.service, sections) : undefined;
    throw new InputError(`${shownBook.id} has no service ${JSON.stringify(flags.service)}${hint ? `; did you mean ${hint}?` : ''} (its services: ${sections.join(', ')})`);
  }
  // A region the table lacks (a typo, or `__proto__`) would show an empty table and exit 0: it is an error naming the regions there are.
  const regions = Object.keys(shownBook.regions);
  if (flags.region !== undefined && !regions.includes(flags.region)) {
    const hint = suggest(flags.region, regions);
    throw new InputError(`${shownBook.id} has no prices for region ${JSON.stringify(flags.region)}${hint ? `; did you mean ${hint}?` : ''} (its regions: ${regions.join(', ')})`);
  }
  // A service the table does not price yet (dynamodb in one older than its prices) showed an empty table and exited 0.
  if (
    flags.service !== undefined &&
    !priceList(shownBook, sectionsOf(shownBook)).some((entry) => entry.service === flags.service && (!flags.region || entry.region === flags.region))
  ) {
    throw new InputError(`${shownBook.id} has no ${flags.service} prices${flags.region === undefined ? '' : ` for ${flags.region}`}`);
  }
  const shown = showVersion(shownBook, { service: flags.service ?? null, region: flags.region ?? null }, flags.format, styleOf(io), io.columns);
  io.stdout(`${shown}\n`);
  return 0;
}

export async function diffCommand(a: string, b: string, flags: PricingFlags, io: Io): Promise<number> {
  const dir = shippedPricingDir();
  io.stdout(`${diffVersions(book(dir, a), book(dir, b), flags.format, styleOf(io), io.columns)}\n`);
  return 0;
}

export async function importCommand(offers: readonly string[], flags: ImportFlags, io: Io): Promise<number> {
  const written = importPricing(offers, {
    region: flags.region,
    base: flags.base ?? null,
    output: flags.output ?? `prices-${flags.region}.yaml`,
    force: Boolean(flags.force),
    note: (text) => io.stderr(`slcost: note: ${terminalText(text)}\n`),
  });
  io.stdout(`wrote ${terminalText(written)}\nprice with it: slcost estimate FILE --pricing-file ${terminalText(shellWord(written))}\n`);
  return 0;
}
