// slcost tune's reports: each function's cost and duration by memory size, and
// the cheapest, fastest and balanced choice, as a table, JSON, Markdown or CSV.
// Names a user wrote are escaped where they are printed.
import type { Decimal } from '../core/money.js';
import { BALANCED_WITHIN_PCT, MAX_DURATION_MS, type Choice, type Choices, type FunctionTune, type SizeCost, type TuneResult, tuneKinds } from '../providers/aws/tune.js';
import { csvField as field } from './csv.js';
import { jsonText, markdownText, terminalText } from './escape.js';
import { formatDurationMs, formatExactUsd, formatQuantity, formatUsd, machineNumber, machineUsd } from './format.js';
import { mb } from './memory-advice.js';
import { formatCount } from '../core/numbers.js';
import { proseLines } from './prose.js';
import type { Style } from './style.js';
import { type Column, renderColumns } from './terminal-table.js';
import { FUNCTIONS_SHOWN } from './listed.js';

export const TUNE_SCHEMA = 'slcost-tune/1';

const ms = formatDurationMs;

/** `$4.80`, or two significant digits below a cent, so that a cheap function's price per million is not shown as nothing. */
function smallUsd(usd: Decimal | null): string {
  if (usd === null) return '—';
  return usd.greaterThanOrEqualTo('0.01') || usd.isZero() ? formatUsd(usd) : `$${usd.toSignificantDigits(2).toFixed()}`;
}

/** Which of today's and the chosen sizes `size` is. */
function marks(fn: FunctionTune, size: SizeCost): string[] {
  const same = (other: SizeCost) => other.memoryMb === size.memoryMb && other.architecture === size.architecture;
  return [...(same(fn.today) ? ['today'] : []), ...(['cheapest', 'fastest', 'balanced'] as const).filter((choice) => same(fn.choices[choice]))];
}

/**
 * Why a memory size cannot be chosen, on any architecture; empty when it can. A run past a Lambda@Edge trigger's
 * timeout is past its limit as one past 15 minutes is: unmarked, a 128 MB row of 232 s read as an origin trigger's choice.
 */
function unfit(fn: FunctionTune, size: SizeCost): string[] {
  const limit = fn.maxDurationMs === MAX_DURATION_MS ? '15 min' : `${formatCount(fn.maxDurationMs / 1000)} s`;
  return [...(fn.peakMemoryMb !== null && size.memoryMb < fn.peakMemoryMb ? ['too small'] : []), ...(size.durationMs.greaterThan(fn.maxDurationMs) ? [`over ${limit}`] : [])];
}

/** `model: 50% of 200 ms CPU-bound at 512 MB, 1 thread` */
function describeModel(fn: FunctionTune): string {
  const { model } = fn;
  const threads = model.threads === 1 ? '1 thread' : `${model.threads} threads`;
  const peak = fn.peakMemoryMb === null ? '; the memory it uses is not given (peak_memory_mb), so the smallest sizes may not fit' : `, uses up to ${mb(fn.peakMemoryMb)}`;
  // As the file writes it, but never in exponent notation, which JavaScript gives a share under a millionth: it was "1e-300%".
  const pct = /e/i.test(String(model.cpuBoundPct)) ? 'under 0.000001' : String(model.cpuBoundPct);
  return `model: ${pct}% of ${ms(model.durationMs)} at ${mb(model.memoryMb)} on the CPU, ${threads}${peak}`;
}

function describeChoice(name: string, choice: Choice): string {
  const saving = choice.savingUsd.isZero()
    ? 'the same as today'
    : choice.savingUsd.greaterThan(0)
      ? `saves ${formatExactUsd(choice.savingUsd)}${choice.savingPct ? ` (${formatQuantity(choice.savingPct, 0)}%)` : ''}`
      : `${formatExactUsd(choice.savingUsd.negated())} more than today`;
  return `${name}: ${mb(choice.memoryMb)} ${choice.architecture}, ${ms(choice.durationMs)}, ${formatExactUsd(choice.monthlyUsd)} a month, ${saving}`;
}

function choiceLines(fn: FunctionTune, architectures: readonly string[]): string[] {
  const lines = [
    describeChoice('Cheapest', fn.choices.cheapest),
    describeChoice('Fastest', fn.choices.fastest),
    describeChoice(`Balanced (the cheapest within ${BALANCED_WITHIN_PCT}% of the fastest)`, fn.choices.balanced),
  ];
  const own = fn.onTodaysArchitecture;
  if (architectures.length > 1 && Object.values(fn.choices).some((choice) => choice.architecture !== fn.today.architecture)) {
    lines.push(`On ${fn.today.architecture} alone: cheapest ${mb(own.cheapest.memoryMb)}, fastest ${mb(own.fastest.memoryMb)}, balanced ${mb(own.balanced.memoryMb)}`);
  }
  return lines;
}

/** `Chosen from 20,226 sizes: 128–10,240 MB in 1 MB steps, on x86_64 and arm64` */
function describeSweep(result: TuneResult, fn: FunctionTune): string {
  // One size left (a function whose peak_memory_mb is the most Lambda allows, or that finishes in time only there) is
  // no range: it was `10,240–10,240 MB in 1 MB steps`.
  // A Lambda@Edge function's sizes end at its trigger's memory, and its runs at its trigger's timeout.
  const within = fn.atTheEdge ? "its Lambda@Edge trigger's timeout" : '15 minutes';
  const range =
    fn.smallestComparedMb === fn.maxMemoryMb
      ? `${mb(fn.maxMemoryMb)} alone (the only size that fits and finishes within ${within})`
      : `${formatCount(fn.smallestComparedMb)}–${mb(fn.maxMemoryMb)} in ${result.memoryStepMb} MB steps (those that fit and finish within ${within})`;
  return `Chosen from ${formatCount(fn.sizesCompared)} ${fn.sizesCompared === 1 ? 'size' : 'sizes'}: ${range}, on ${fn.architectures.join(' and ')}`;
}

/** The rows of a function's table: one per memory size, each architecture's cost side by side. */
function sizeRows(result: TuneResult, fn: FunctionTune): { columns: Column[]; rows: string[][] } {
  const cold = fn.shown.some((size) => size.coldStartMs !== null);
  const columns: Column[] = [
    { header: 'Memory', align: 'right' },
    { header: 'vCPU', align: 'right' },
    { header: 'Duration', align: 'right' },
    ...(cold ? [{ header: 'Cold start', align: 'right' as const }] : []),
    ...fn.architectures.flatMap((arch) => [
      { header: arch, align: 'right' as const },
      { header: 'per 1M', align: 'right' as const },
    ]),
    { header: '', align: 'left' },
  ];
  const rows: string[][] = [];
  for (let index = 0; index < fn.shown.length; index += fn.architectures.length) {
    const each = fn.shown.slice(index, index + fn.architectures.length);
    const first = each[0]!;
    rows.push([
      mb(first.memoryMb),
      formatQuantity(first.vcpus, 2),
      ms(first.durationMs),
      ...(cold ? [first.coldStartMs ? ms(first.coldStartMs) : '—'] : []),
      ...each.flatMap((size) => [formatExactUsd(size.monthlyUsd), smallUsd(size.perMillionUsd)]),
      [...unfit(fn, first), ...each.flatMap((size) => marks(fn, size).map((mark) => (fn.architectures.length > 1 ? `${mark} ${size.architecture}` : mark)))].join(', '),
    ]);
  }
  return { columns, rows };
}

function header(result: TuneResult): string[] {
  return [
    // A template without a Description is named by its file: said once, as the estimate says it ("t.yaml  t.yaml").
    result.scenario.name === result.scenario.file ? result.scenario.name : `${result.scenario.name}  ${result.scenario.file}`,
    `pricing ${result.pricing.id} · ${result.pricing.region} · Lambda free tier ${result.freeTier ? 'on' : 'off'} · each function's cost is what it adds to the month's Lambda bill`,
  ];
}

/**
 * The kinds of function a report shows, each the first of its kind with the names of those alike (which
 * tune the same), at most FUNCTIONS_SHOWN of them; and a sentence for those left out, or null.
 */
export function kindsShown(result: TuneResult): { kinds: Array<{ fn: FunctionTune; alike: string[] }>; more: string | null } {
  const all = tuneKinds(result);
  const left = all.slice(FUNCTIONS_SHOWN).reduce((total, kind) => total + 1 + kind.alike.length, 0);
  return { kinds: all.slice(0, FUNCTIONS_SHOWN), more: left ? `${formatCount(left)} more functions are left out here; --format json lists every one` : null };
}

/** `9,999 more functions alike, tuned the same: f1, f2, f3, …`: the first few by name. */
export function describeAlike(alike: readonly string[], safe: (text: string) => string): string {
  const named = alike.slice(0, 3).map(safe).join(', ');
  return `${formatCount(alike.length)} more ${alike.length === 1 ? 'function' : 'functions'} alike, tuned the same: ${named}${alike.length > 3 ? ', …' : ''}`;
}

/** The terminal's table: per kind of function, its sizes, then the choices and the model behind them. */
export function renderTuneTable(result: TuneResult, style: Style, width = 80): string {
  const [title, subtitle] = header(result);
  const lines = [...proseLines([terminalText(title!)], width, style.bold), ...proseLines([terminalText(subtitle!)], width, style.dim)];
  const { kinds, more } = kindsShown(result);
  for (const { fn, alike } of kinds) {
    const name = terminalText(fn.name);
    lines.push(
      '',
      ...proseLines(
        [`${name}: today ${mb(fn.today.memoryMb)} ${fn.today.architecture}, ${ms(fn.today.durationMs)}, ${formatExactUsd(fn.today.monthlyUsd)} a month`],
        width,
        style.bold,
      ),
    );
    if (alike.length) lines.push(...proseLines([describeAlike(alike, terminalText)], width, style.dim));
    lines.push(...proseLines([describeModel(fn), 'Each architecture: the month, and per million invocations'], width, style.dim));
    const { columns, rows } = sizeRows(result, fn);
    lines.push(...renderColumns(columns, rows, { header: style.dim, note: style.dim }, width));
    lines.push(...proseLines(choiceLines(fn, fn.architectures), width), ...proseLines([describeSweep(result, fn)], width, style.dim));
  }
  if (more) lines.push('', ...proseLines([more], width, style.dim));
  return lines.join('\n');
}

export function renderTuneMarkdown(result: TuneResult): string {
  const cell = (text: string) => markdownText(text).replace(/\|/g, '\\|');
  const [title, subtitle] = header(result);
  const lines = [`### ${cell(title!)}`, '', `${cell(subtitle!)}.`];
  const { kinds, more } = kindsShown(result);
  for (const { fn, alike } of kinds) {
    const { columns, rows } = sizeRows(result, fn);
    lines.push(
      '',
      `#### ${cell(fn.name)}: today ${mb(fn.today.memoryMb)} ${fn.today.architecture}, ${ms(fn.today.durationMs)}, ${formatExactUsd(fn.today.monthlyUsd)} a month`,
      '',
      ...(alike.length ? [`${describeAlike(alike, cell)}.`, ''] : []),
      `${describeModel(fn)}. Each architecture: the month, and per million invocations.`,
      '',
      `| ${columns.map((column) => column.header).join(' | ')} |`,
      `| ${columns.map((column) => (column.align === 'right' ? '---:' : '---')).join(' | ')} |`,
      ...rows.map((row) => `| ${row.join(' | ')} |`),
      '',
      ...choiceLines(fn, fn.architectures).map((line) => `- ${line}`),
      '',
      `${describeSweep(result, fn)}.`,
    );
  }
  if (more) lines.push('', `${more}.`);
  return lines.join('\n');
}

function sizeJson(size: SizeCost) {
  return {
    memory_mb: size.memoryMb,
    architecture: size.architecture,
    vcpus: machineNumber(size.vcpus, 4),
    duration_ms: machineNumber(size.durationMs, 3),
    cold_start_ms: size.coldStartMs === null ? null : machineNumber(size.coldStartMs, 3),
    monthly_usd: machineUsd(size.monthlyUsd),
    per_million_usd: size.perMillionUsd === null ? null : machineNumber(size.perMillionUsd, 6),
  };
}

function choiceJson(choice: Choice) {
  return { ...sizeJson(choice), saving_usd: machineUsd(choice.savingUsd), saving_pct: choice.savingPct === null ? null : machineNumber(choice.savingPct, 1) };
}

const choicesJson = (choices: Choices) => ({ cheapest: choiceJson(choices.cheapest), fastest: choiceJson(choices.fastest), balanced: choiceJson(choices.balanced) });

/** The tune document whole, but for its functions (an empty list). */
function tuneDocument(result: TuneResult) {
  return {
    schema: TUNE_SCHEMA,
    scenario: result.scenario,
    pricing: { id: result.pricing.id, effective_date: result.pricing.effectiveDate, region: result.pricing.region },
    free_tier: result.freeTier,
    architectures: result.architectures,
    memory: { min_mb: 128, max_mb: result.maxMemoryMb, step_mb: result.memoryStepMb },
    balanced_within_pct: BALANCED_WITHIN_PCT,
    functions: [],
    // Left out past the kinds one run tunes (the note on standard error names them too): tuned with --function.
    not_tuned: result.notTuned,
  };
}

function functionJson(fn: FunctionTune) {
  return {
    name: fn.name,
    requests_per_month: machineNumber(fn.requestsPerMonth, 0),
    model: {
      duration_ms: machineNumber(fn.model.durationMs, 3),
      memory_mb: fn.model.memoryMb,
      cpu_bound_pct: fn.model.cpuBoundPct,
      threads: fn.model.threads,
      peak_memory_mb: fn.peakMemoryMb,
    },
    today: sizeJson(fn.today),
    choices: choicesJson(fn.choices),
    on_todays_architecture: choicesJson(fn.onTodaysArchitecture),
    sizes_compared: fn.sizesCompared,
    sizes: fn.shown.map(sizeJson),
  };
}

/**
 * The tune document as JSON in parts, a function each, that make the text of the
 * document stringified whole: a template of 10,000 functions is some 100 MB of
 * it, which is written as it is made instead of held.
 */
export function* tuneJsonParts(result: TuneResult): Generator<string> {
  const document = tuneDocument(result);
  if (!result.functions.length) {
    yield jsonText(document);
    return;
  }
  // jsonText escapes every quote inside a string, so the key is the one place this text stands.
  const [head, tail] = jsonText(document).split('"functions": [],') as [string, string];
  yield `${head}"functions": [\n`;
  for (const [index, fn] of result.functions.entries()) yield `${index ? ',\n' : ''}    ${jsonText(functionJson(fn)).replaceAll('\n', '\n    ')}`;
  yield `\n  ],${tail}`;
}

export const TUNE_CSV_HEADER = [
  'scenario',
  'file',
  'function',
  'memory_mb',
  'architecture',
  'vcpus',
  'duration_ms',
  'cold_start_ms',
  'monthly_usd',
  'per_million_usd',
  'marks',
].join(',');

/** The CSV in parts, the header and then each function's rows, written as they are made (as tuneJsonParts). */
export function* tuneCsvParts(result: TuneResult): Generator<string> {
  yield TUNE_CSV_HEADER;
  for (const fn of result.functions) {
    const rows = fn.shown.map((size) => {
      const json = sizeJson(size);
      return [
        field(result.scenario.name),
        field(result.scenario.file),
        field(fn.name),
        String(json.memory_mb),
        json.architecture,
        json.vcpus,
        json.duration_ms,
        json.cold_start_ms ?? '',
        json.monthly_usd,
        json.per_million_usd ?? '',
        [...unfit(fn, size), ...marks(fn, size)].join(' '),
      ].join(',');
    });
    if (rows.length) yield `\r\n${rows.join('\r\n')}`;
  }
}
