// slcost estimate: files in, line items out. Reads, calls the engine, renders; no arithmetic here.
import { SlcostError } from '../core/errors.js';
import { estimate } from '../providers/aws/estimate.js';
import { Decimal } from '../core/money.js';
import { DEFAULT_LAMBDA_SETTINGS } from '../providers/aws/lambda/index.js';
import type { Estimate } from '../providers/aws/types.js';
import { describeBudget } from '../report/crossovers.js';
import { terminalText } from '../report/escape.js';
import { type Format, runWriter } from '../report/index.js';
import type { FileError } from '../report/run.js';
import { ANSI_STYLE, PLAIN, type Style } from '../report/style.js';
import { filesReadSoFar, inputName } from '../load/read-yaml.js';
import { resolve } from 'node:path';
import { type InputOptions, pricingWords, scenarioReader } from './inputs.js';
import { comparer, parseCompare } from './compare.js';
import { type Comparison, comparedIds, unusedCompareSettings } from '../providers/compare.js';
import { tune, type TuneResult } from '../providers/aws/tune.js';

/** Sizes on each architecture an advised function's cost-by-memory chart is drawn through. */
const MEMORY_CURVE_POINTS = 60;
/** Kinds of function (alike but for their names) the HTML report charts by memory size at most: each chart is a sweep of every size. */
const MEMORY_CHARTS = 20;
/**
 * Functions priced past which the charts stop, the first kind at twice as many: in a full concurrency pool each size prices
 * every function in it again, so without a bound the charts' time grows with kinds × sizes × functions, where the JSON's
 * does not (docs/performance.md). The section says how many of the advised functions its charts show.
 */
const MEMORY_CHART_FUNCTIONS_PRICED = 20_000;
import { describeFailure, identityOf, type Io, refuseOutputOverInput, type ScenarioFlags, scenarioInputs, writeOutputFile } from './shell.js';

export interface EstimateOptions extends InputOptions {
  readonly format: Format;
  /** Whether the command line named several files, one of them twice included: the report's shape (a summary, JSON's list) is theirs. */
  readonly manyFiles?: boolean;
  readonly style: Style;
  /** --budget: the serverless budget of every scenario, in place of the scenarios' own. */
  readonly budgetUsd: Decimal | null;
  /** The terminal's width, for the table format. */
  readonly columns?: number;
  /** --cold-start-advice-pct: every scenario's threshold for cold-start advice, in place of its own. */
  readonly coldStartAdvicePct?: number | null;
  /** --quiet: the bill and the warnings that matter. */
  readonly quiet?: boolean;
  /** --seed: the sampler's seed for scenarios whose ranges are sampled. */
  readonly seed?: number;
  /** --compare: the providers every scenario's functions are priced on beside Lambda, in place of the scenarios' own `compare:`. */
  readonly compare?: readonly string[] | null;
  /** --memory-advice-pct: every scenario's threshold for memory advice, in place of its own. */
  readonly memoryAdvicePct?: number | null;
}

export interface CommandOutput {
  readonly errors: readonly FileError[];
  /** One line per scenario over a budget. */
  readonly overBudget: readonly string[];
  /** 0 priced and within budget; 1 a budget was exceeded; 2 an input was wrong (which wins). */
  readonly exitCode: number;
  /** How many scenarios were priced, and how many of them by sampling their ranges (what --seed seeds). */
  readonly priced: number;
  readonly sampled: number;
}

/** Prices `files` one after another, writing each estimate to `write` as it is made. */
export function runEstimate(files: readonly string[], options: EstimateOptions, write: (text: string) => void): CommandOutput {
  const read = scenarioReader(options);
  const writer = runWriter(options.format, { style: options.style, manyFiles: options.manyFiles ?? files.length > 1, columns: options.columns, quiet: options.quiet }, write);
  const errors: FileError[] = [];
  const overBudget: string[] = [];
  const compare = comparer(options.pricingDir);
  let [pricedCount, sampled] = [0, 0];
  for (const file of files) {
    let priced: Estimate;
    let comparison: Comparison | null;
    let memoryCurves: TuneResult | null;
    try {
      const loaded = read(file);
      const withBudget = options.budgetUsd ? { ...loaded.scenario, budget: { serverless: options.budgetUsd } } : loaded.scenario;
      const threshold = options.coldStartAdvicePct;
      const scenario =
        threshold === undefined || threshold === null
          ? withBudget
          : { ...withBudget, settings: { ...(withBudget.settings ?? DEFAULT_LAMBDA_SETTINGS), coldStartAdvicePct: threshold } };
      const memoryAdvicePct = options.memoryAdvicePct;
      const advised =
        memoryAdvicePct === undefined || memoryAdvicePct === null ? scenario : { ...scenario, settings: { ...(scenario.settings ?? DEFAULT_LAMBDA_SETTINGS), memoryAdvicePct } };
      const estimated = estimate(advised, loaded.book, { seed: options.seed });
      const unused = unusedCompareSettings(scenario, comparedIds(scenario, options.compare ?? null));
      priced = unused ? { ...estimated, warnings: [...estimated.warnings, unused] } : estimated;
      comparison = compare(scenario, loaded.book, options.compare ?? null);
      // The HTML report draws each advised kind of function's cost by memory size: a sweep only that format shows.
      const memoryAdvised = new Set(priced.advice.flatMap((advice) => (advice.kind === 'memory_size' ? [advice.function] : [])));
      memoryCurves =
        options.format === 'html' && memoryAdvised.size
          ? tune(advised, loaded.book, {
              only: memoryAdvised,
              curvePoints: MEMORY_CURVE_POINTS,
              maxKinds: MEMORY_CHARTS,
              maxFunctionsPriced: MEMORY_CHART_FUNCTIONS_PRICED,
              firstKindBudget: 2 * MEMORY_CHART_FUNCTIONS_PRICED,
            })
          : null;
    } catch (error) {
      if (!(error instanceof SlcostError)) throw error;
      errors.push({ file: inputName(file), error, words: pricingWords(options) });
      continue;
    }
    writer.add(priced, comparison, memoryCurves);
    pricedCount += 1;
    if (priced.ranges?.method === 'sampled') sampled += 1;
    for (const check of priced.budget) {
      // A template without a name is named by its file: said once.
      const { name, file: path } = priced.scenario;
      if (check.over) overBudget.push(`over budget: ${name === path ? name : `${name} (${path})`}: ${describeBudget(check).replace(/^Budget: /, '')}`);
    }
  }
  writer.finish(errors);
  return { errors, overBudget, exitCode: errors.length ? 2 : overBudget.length ? 1 : 0, priced: pricedCount, sampled };
}

/** The options of `slcost estimate`, as commander gives them (see program.ts). */
export interface EstimateFlags extends ScenarioFlags {
  readonly format: Format;
  /** Dollars, with cents at most: checked by the option. */
  readonly budget?: string;
  /** A percent from 0 to 100: checked by the option. */
  readonly coldStartAdvicePct?: string;
  readonly quiet?: boolean;
  /** --output: the file the report goes to, in place of standard output. */
  readonly output?: string;
  readonly seed?: number;
  /** --compare gcp,azure,cloudflare: checked as the command starts. */
  readonly compare?: string;
  /** A percent from 0 to 100: checked by the option. */
  readonly memoryAdvicePct?: string;
}

/**
 * The files of a run, each once: one named twice (`scenarios/*.yaml scenarios/api.yaml`, or as `./api.yaml` and
 * `api.yaml`, or through a link) was priced twice and counted twice in the summary's total, a budget gate's sum of
 * bills over by a whole bill. The first naming is kept, in its place; the others are said in `notes`.
 */
export function distinctFiles(files: readonly string[]): { files: string[]; notes: string[] } {
  // The same file by its device and inode, as --output is told from the inputs; a path that names none, by the path.
  const identity = (file: string) => identityOf(file) ?? resolve(file);
  const first = new Map<string, { file: string; also: string[] }>();
  for (const file of files) {
    const key = identity(file);
    const known = first.get(key);
    if (known) known.also.push(file);
    else first.set(key, { file, also: [] });
  }
  const notes = [...first.values()].flatMap(({ file, also }) => {
    if (!also.length) return [];
    const others = [...new Set(also.filter((each) => each !== file))];
    const as = others.length ? ` (as ${others.map((each) => inputName(each)).join(', ')})` : '';
    return [`${inputName(file)} is given ${also.length + 1} times${as}; priced once`];
  });
  return { files: [...first.values()].map(({ file }) => file), notes };
}

export async function estimateCommand(given: readonly string[], flags: EstimateFlags, io: Io): Promise<number> {
  const { files, notes } = distinctFiles(given);
  for (const note of notes) io.stderr(`slcost: note: ${terminalText(note)}\n`);
  // With --output the report is kept and written once, whole; a run that priced nothing writes no file. A file the run
  // reads is never it: `estimate api.yaml -o api.yaml` replaced the scenario with its own report.
  if (flags.output !== undefined) {
    refuseOutputOverInput(flags.output, [...files, flags.usage, flags.pricingFile], 'is a file this run reads; --output would replace it with the report: choose another name');
  }
  const chunks: string[] = [];
  const result = runEstimate(
    files,
    {
      budgetUsd: flags.budget === undefined ? null : new Decimal(flags.budget),
      format: flags.format,
      manyFiles: given.length > 1,
      ...scenarioInputs(flags),
      // Colour is for a terminal (FORCE_COLOR says standard output is shown as one): a file --output writes is not, and
      // FORCE_COLOR=1, as CI jobs set it, filled report.txt with escape sequences.
      style: io.color && flags.output === undefined ? ANSI_STYLE : PLAIN,
      columns: io.columns,
      coldStartAdvicePct: flags.coldStartAdvicePct === undefined ? null : Number(flags.coldStartAdvicePct),
      quiet: Boolean(flags.quiet),
      seed: flags.seed,
      compare: flags.compare === undefined ? null : parseCompare(flags.compare),
      memoryAdvicePct: flags.memoryAdvicePct === undefined ? null : Number(flags.memoryAdvicePct),
    },
    flags.output === undefined ? io.stdout : (text) => chunks.push(text),
  );
  if (flags.output !== undefined && chunks.length) {
    // Again with the files the run found it had to read (a state machine's definition file, a price table): the report
    // replaced the definition_file of the scenario it priced.
    refuseOutputOverInput(flags.output, filesReadSoFar(), 'is a file this run reads; --output would replace it with the report: choose another name');
    writeOutputFile(flags.output, chunks.join(''));
  }
  for (const failure of result.errors) io.stderr(describeFailure(failure));
  if (flags.seed !== undefined && result.priced && !result.sampled) {
    const which = result.priced === 1 ? 'the scenario priced is not one' : `none of the ${result.priced} scenarios priced is one`;
    io.stderr(`slcost: note: --seed ${flags.seed} changed nothing: it seeds the sampler of scenarios whose ranges are sampled (docs/ranges.md), and ${which}\n`);
  }
  // As --seed's: a --quiet the format does not read was taken without a word, and the whole report written.
  if (flags.quiet && flags.format !== 'table' && flags.format !== 'markdown')
    io.stderr(`slcost: note: --quiet changed nothing: it shortens the table and Markdown reports, and --format ${flags.format} writes the whole estimate\n`);
  // A budget line names the scenario and its file, as the user wrote them: escaped, as every message is.
  for (const line of result.overBudget) io.stderr(`slcost: ${terminalText(line)}\n`);
  return result.exitCode;
}
