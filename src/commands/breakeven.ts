// slcost breakeven: one scenario swept over monthly requests, as a chart or as numbers.
import { InputError, SlcostError } from '../core/errors.js';
import { curvesWithin, throttlesAbove } from '../providers/aws/breakeven.js';
import { breakevenRanges, cheapestRanges, type CostCurve, findCrossovers, logSpaced, sweepCents } from '../core/solver.js';
import { threeDigitCount } from '../report/format.js';
import { shellWord, terminalText } from '../report/escape.js';
import { inWords } from '../report/words.js';
import { atVolume, headlineRequests } from '../providers/aws/scale.js';
import { compareFunctions, comparedIds, comparisonCurves, unusedCompareSettings } from '../providers/compare.js';
import { comparisonBooks, parseCompare } from './compare.js';
import { describeMisfit } from '../report/compare.js';
import { shippedPricingDir } from '../load/load-pricing.js';
import type { PriceBook, Scenario } from '../providers/aws/types.js';
import { Decimal } from '../core/money.js';
import { formatCount, groupDigits } from '../core/numbers.js';
import { renderChart } from '../report/chart.js';
import { breakevenCsv, breakevenJson } from '../report/breakeven.js';
import { inputName } from '../load/read-yaml.js';
import { compareNote, type InputOptions, pricedAtTheMedians, pricingWords, scenarioReader } from './inputs.js';
import { requestsWrittenParts } from '../core/requests-written.js';
import { type BREAKEVEN_FORMATS, MOST_SWEPT_REQUESTS } from './program.js';
import { describeFailure, type Io, type ScenarioFlags, scenarioInputs } from './shell.js';

/** Wider than this, a chart's lines stretch out of sight: the chart stops growing with the terminal. */
const MAX_CHART_WIDTH = 160;

export type BreakevenFormat = (typeof BREAKEVEN_FORMATS)[number];

export interface BreakevenOptions extends InputOptions {
  readonly from: Decimal;
  readonly to: Decimal;
  /** Whether the range is the user's (kept, or refused) rather than the default (narrowed where it must be). */
  readonly rangeGiven: boolean;
  readonly points: number;
  readonly format: BreakevenFormat;
  readonly width: number;
  readonly color: boolean;
  /** --compare: draw the functions' cost on these providers beside Lambda's, in place of the scenario's own `compare:`. */
  readonly compare?: readonly string[] | null;
}

/**
 * The sweep as `options.format` asks, with a note of what it priced otherwise than written, and the note of the
 * `compare:` settings the run does not use (`compareWords`) apart: a template's are its usage file's, which that note
 * names, where it named the template, which has no compare: block.
 */
export function runBreakeven(file: string, options: BreakevenOptions): { output: string; note: string | null; compareWords: string | null } {
  const { scenario, book } = scenarioReader(options)(file);
  const volume = headlineRequests(scenario);
  if (volume.isZero()) {
    // A template says nothing of requests: what it needs is a usage file, not a different scenario.
    const withoutUsage = scenario.notes?.some((note) => note.id === 'no_usage_given') && !options.usage;
    const hint = withoutUsage ? `: a template says no requests; give them in a usage file (slcost usage init ${shellWord(scenario.file)} writes one) with --usage FILE` : '';
    throw new InputError(`needs monthly requests above zero to sweep from${hint}`, { file: scenario.file });
  }
  // Without a containers block the curve is the serverless bill alone: what it costs at every volume.
  const ids = comparedIds(scenario, options.compare ?? null);
  const { curves, from, to, note: swept } = ids.length ? functionCurves(scenario, book, ids, volume, options) : curvesOver(scenario, book, volume, options);
  const note = [pricedAtTheMedians(scenario), swept].filter(Boolean).join('; ') || null;
  const compareWords = unusedCompareSettings(scenario, ids)?.message ?? null;
  const crossovers = findCrossovers(curves);
  const cheapest = cheapestRanges(curves, crossovers, from, to);
  // The providers compared are the functions alone, whose limits are not modelled there.
  const throttlesAboveRequests = ids.length ? null : throttlesAbove(scenario, book);
  if (options.format !== 'chart') {
    // The numbers at --points volumes; the chart prices its own, one per column.
    // Whole requests: a range holding fewer of them than --points has a row for each, once.
    const spaced = logSpaced(from, to, options.points);
    const requests = spaced.filter((volume, index) => index === 0 || volume > spaced[index - 1]!);
    const sweep = { requests, cents: curves.map((curve) => sweepCents(curve, requests)) };
    const context = { scenario, book, from, to, throttlesAboveRequests, platforms: curves.map((curve) => curve.platform), sweep, crossovers, cheapest };
    const fewer =
      requests.length < options.points
        ? `${formatCount(requests.length)} rows, not ${formatCount(options.points)}: spread from ${groupDigits(from)} to ${groupDigits(to)} requests, ${formatCount(options.points)} volumes round to ${formatCount(requests.length)} different whole numbers of requests`
        : null;
    return { output: options.format === 'json' ? breakevenJson(context) : breakevenCsv(context), note: [note, fewer].filter(Boolean).join('; ') || null, compareWords };
  }
  const chart = {
    curves,
    crossovers,
    cheapest,
    from,
    to,
    scenarioRequests: volume,
    pricingId: book.id,
    throttlesAboveRequests,
  };
  return { output: renderChart(chart, { width: options.width, color: options.color }), note, compareWords };
}

/**
 * The curves over [from, to]; as estimate does, the default range, too wide
 * for a fleet of small units, narrows to the scenario's own neighbourhood, and
 * the note says so. A range the user chose is kept, or refused.
 */
function curvesOver(
  scenario: Scenario,
  book: PriceBook,
  volume: Decimal,
  { from, to, rangeGiven }: BreakevenOptions,
): { curves: CostCurve[]; from: Decimal; to: Decimal; note: string | null } {
  const found = curvesWithin(scenario, book, rangeGiven ? [{ from, to }] : breakevenRanges(volume));
  const note = found.narrowedBecause
    ? `the range is narrowed to ${threeDigitCount(found.from)}–${threeDigitCount(found.to)} requests a month (a hundredth to a hundred times the scenario's own), because ${found.narrowedBecause}`
    : null;
  return { curves: found.curves, from: found.from, to: found.to, note };
}

/**
 * With --compare (or the scenario's `compare:`), the functions' cost alone on
 * Lambda and on each provider asked: the API and the services around the
 * functions stay on AWS, so they are left out of every curve. A provider a
 * function does not fit has no curve; the note says why.
 */
function functionCurves(
  scenario: Scenario,
  book: PriceBook,
  ids: readonly string[],
  volume: Decimal,
  options: BreakevenOptions,
): { curves: CostCurve[]; from: Decimal; to: Decimal; note: string | null } {
  const pricingDir = options.pricingDir ?? shippedPricingDir();
  const books = comparisonBooks(pricingDir, ids);
  const comparison = compareFunctions(scenario, book, books, ids);
  const range = { from: options.from, to: options.to, base: volume, at: (requests: Decimal) => atVolume(scenario, requests) };
  const curves = comparisonCurves(scenario, book, books, comparison, range);
  // Its JSON has the curves, not what does not fit: the estimate's lists every function.
  const left = comparison.providers
    .filter((provider) => !provider.cost)
    .map((provider) => `${provider.label} ${describeMisfit(provider, 'slcost estimate --compare --format json lists every one')}`);
  // The curves are the functions' own, as their labels say; a provider left out of the chart is the one thing to add.
  const note = left.length ? `only the functions are compared, and ${left.join('; ')}` : null;
  return { curves, from: options.from, to: options.to, note };
}

/** `10000`, `1e6`, `10M`, `1.5B`, `250K` → requests. */
export function parseVolume(text: string, flag: string): Decimal {
  const parts = requestsWrittenParts(text);
  if (!parts) throw new InputError(`${flag} must be a number of requests such as 10000, 1e6, 10M or 1.5B, got "${text}"`);
  const value = new Decimal(parts.digits).times(parts.scale);
  if (value.lessThan(1)) throw new InputError(`${flag} must be at least 1 request, got "${text}"`);
  // The sweep is of whole requests: 0.6 was swept from 1, and 1.5 from 2, with the range in the output not the one asked for.
  if (!value.isInteger()) {
    const exact = value.toFixed() === text.trim() ? '' : ` (${value.toFixed()} requests)`;
    throw new InputError(`${flag} must be a whole number of requests, got "${text}"${exact}; write ${value.floor().toFixed()} or ${value.ceil().toFixed()}`);
  }
  if (value.greaterThan(MOST_SWEPT_REQUESTS))
    throw new InputError(`${flag} must be at most 100,000T requests (100,000,000,000,000,000), a hundred times the most a scenario may have, got "${text}"`);
  return value;
}

/** The options of `slcost breakeven`, as commander gives them (see program.ts): --from and --to checked, --points a whole number in range. */
export interface BreakevenFlags extends ScenarioFlags {
  readonly from: string;
  readonly to: string;
  readonly points: number;
  readonly format: BreakevenFormat;
  /** --compare gcp,azure,cloudflare. */
  readonly compare?: string;
  /** Whether --from or --to was given (commander's source of the value), not left at its default. */
  readonly rangeGiven: boolean;
}

export async function breakevenCommand(file: string, flags: BreakevenFlags, io: Io): Promise<number> {
  const from = parseVolume(flags.from, '--from');
  const to = parseVolume(flags.to, '--to');
  if (to.equals(from) && flags.to.trim() !== flags.from.trim()) {
    throw new InputError(`--to must be above --from: "${flags.to}" and "${flags.from}" are both ${to.toFixed()} requests a month`);
  }
  if (!to.greaterThan(from)) throw new InputError(`--to (${to.toFixed()}) must be above --from (${from.toFixed()})`);
  try {
    const { output, note, compareWords } = runBreakeven(file, {
      from,
      to,
      rangeGiven: flags.rangeGiven,
      points: flags.points,
      format: flags.format,
      ...scenarioInputs(flags),
      width: Math.min(io.columns, MAX_CHART_WIDTH),
      color: io.color,
      compare: flags.compare === undefined ? null : parseCompare(flags.compare),
    });
    io.stdout(`${output}\n`);
    // A note may name a function that does not fit a provider, as the user wrote its name.
    if (note) io.stderr(`slcost: note: ${terminalText(inputName(file))}: ${terminalText(inWords(note))}\n`);
    if (compareWords) io.stderr(`slcost: ${compareNote(file, flags.usage, inWords(compareWords))}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof SlcostError)) throw error;
    io.stderr(describeFailure({ file: inputName(file), error, words: pricingWords(scenarioInputs(flags)) }));
    return error.exitCode;
  }
}
