// slcost tune: one scenario's functions at every memory size, as a table, JSON, Markdown, CSV or a chart.
import { clipped, InputError, SlcostError } from '../core/errors.js';
import { tune, tuneKinds } from '../providers/aws/tune.js';
import { initBilledOfUnknownLength } from '../providers/aws/lambda/index.js';
import { formatCount as count } from '../core/numbers.js';
import { renderTuneMarkdown, renderTuneTable, tuneCsvParts, tuneJsonParts } from '../report/tune.js';
import { chartColumns, renderTuneChart } from '../report/tune-chart.js';
import { ANSI_STYLE, PLAIN } from '../report/style.js';
import { inputName } from '../load/read-yaml.js';
import { compareNote, comparisonNotPriced, type InputOptions, pricedAtTheMedians, pricingWords, scenarioReader } from './inputs.js';
import type { TUNE_FORMATS } from './program.js';
import { describeFailure, type Io, type ScenarioFlags, scenarioInputs } from './shell.js';
import { listNames, nameKey } from '../core/names.js';
import { suggest } from '../suggest.js';
import { terminalText } from '../report/escape.js';

/** Wider than this, a chart's lines stretch out of sight, as breakeven's. */
const MAX_CHART_WIDTH = 160;
/**
 * The most kinds of function (alike but for their names) one run tunes, and the functions priced past which it
 * starts no other kind (a size of one function is one; in a full concurrency pool, one for each kind in
 * it). A kind is priced at some 70 sizes where its bill grows with its GB-seconds alone, at every size on both
 * architectures (3,300) where it does not (provisioned concurrency, paid ephemeral storage, a throttle): without
 * a bound, a run grows with the kinds (docs/performance.md). The functions past it are named, for --function.
 */
export const MOST_KINDS_TUNED = 100;
export const MOST_FUNCTIONS_PRICED = 20_000;

export type TuneFormat = (typeof TUNE_FORMATS)[number];

export interface TuneOptions extends InputOptions {
  readonly format: TuneFormat;
  /** --function, as often as given: those functions only. */
  readonly only: readonly string[] | null;
  readonly width: number;
  readonly color: boolean;
}

/** The report in parts, written as they come (a template of thousands of functions makes a JSON or CSV report of many megabytes). */
export function runTune(file: string, options: TuneOptions): { output: Iterable<string>; note: string | null; compareWords: string | null } {
  const { scenario, book } = scenarioReader(options)(file);
  const known = new Set(scenario.functions.map((fn) => fn.name));
  // A scenario's names are one name in either Unicode form ("café" in one code point or two), so a --function is too:
  // a shell may write it in the other, and was told "no function has that name (did you mean café?)" of the same café.
  const byForm = new Map([...known].map((name) => [nameKey(name), name]));
  const only = options.only && new Set(options.only.map((name) => (known.has(name) ? name : (byForm.get(nameKey(name)) ?? name))));
  if (only) {
    const names = listNames([...known]);
    // An empty name (an unset shell variable's) would read as a sentence missing its word.
    if (only.has('')) throw new InputError(`--function is empty; name one of the scenario's functions: ${names}`);
    const unknown = [...only].filter((name) => !known.has(name));
    if (unknown.length) {
      const named = unknown.map((name) => `--function ${clipped(name)}`).join(', ');
      // The name meant, as an unknown key gets it: past ten functions the list is cut short, and processImage for processimage was in the cut.
      const hint = unknown.length === 1 ? suggest(unknown[0]!, [...known]) : null;
      throw new InputError(
        `${named}: no function has ${unknown.length === 1 ? 'that name' : 'those names'}${hint ? ` (did you mean ${clipped(hint)}?)` : ''}; the scenario's functions are ${names}`,
      );
    }
  }
  const chartWidth = Math.min(options.width, MAX_CHART_WIDTH);
  const result = tune(scenario, book, {
    only,
    curvePoints: options.format === 'chart' ? chartColumns(chartWidth) : 0,
    maxKinds: MOST_KINDS_TUNED,
    maxFunctionsPriced: MOST_FUNCTIONS_PRICED,
  });
  const { notTuned } = result;
  const kinds = tuneKinds(result).length;
  const why = `a run tunes at most ${MOST_KINDS_TUNED}, and prices at most some ${count(MOST_FUNCTIONS_PRICED)} sizes of functions (a kind is every memory size on both architectures; in a full concurrency pool, each size prices every kind in it again)`;
  const stopped = !notTuned.length
    ? null
    : kinds
      ? `tuned the first ${count(kinds)} kinds of function (functions alike but for their names tune as one) and stopped: ${why}; not tuned: ${listNames(notTuned)}; tune one of them with --function NAME`
      : `tuned no function: each alone would price more than ten runs' worth of sizes; ${why}; tune one with --function NAME`;
  // A template's function the usage file gives no requests is priced at none, and without duration_ms at its timeout:
  // tuned, it was a sweep of $0.00 at a duration nobody measured, chosen from and said nowhere (the memory advice skips it).
  const asked = scenario.functions.filter((fn) => !only || only.has(fn.name));
  const unused = asked.filter((fn) => fn.usageGiven === false).map((fn) => fn.name);
  const withoutUsage = unused.length
    ? `no usage given for ${listNames(unused)}: tuned at zero requests a month (each size $0.00 but for what is billed by the hour), at the template's timeout where the usage file gives no duration_ms; give them in a usage file with --usage (slcost usage init writes one)`
    : null;
  // As estimate's init_not_priced warning: AWS bills these INIT phases at each size's memory, but their length is not
  // known, so no size's cost holds them; the sweep said nothing of it.
  const initUnknown = asked.filter(initBilledOfUnknownLength).map((fn) => fn.name);
  const initNotPriced = initUnknown.length
    ? `a custom runtime's or a container image's INIT phase (${listNames(initUnknown)}) is billed on each cold start, but its length is not known: no size's cost holds it (give init_duration_ms, its logs' Init Duration)`
    : null;
  return {
    output: renderedTune(result, options, chartWidth),
    note: [withoutUsage, initNotPriced, pricedAtTheMedians(scenario), stopped].filter(Boolean).join('; ') || null,
    // Apart: it is of the file that writes compare:, a template's usage file.
    compareWords: comparisonNotPriced(scenario, 'tune'),
  };
}

function renderedTune(result: ReturnType<typeof tune>, options: TuneOptions, chartWidth: number): Iterable<string> {
  switch (options.format) {
    case 'json':
      return tuneJsonParts(result);
    case 'markdown':
      return [renderTuneMarkdown(result)];
    case 'csv':
      return tuneCsvParts(result);
    case 'chart':
      return [renderTuneChart(result, { width: chartWidth, color: options.color })];
    case 'table':
      return [renderTuneTable(result, options.color ? ANSI_STYLE : PLAIN, options.width)];
  }
}

/** The options of `slcost tune`, as commander gives them (see program.ts). */
export interface TuneFlags extends ScenarioFlags {
  readonly format: TuneFormat;
  readonly function?: readonly string[];
}

export async function tuneCommand(file: string, flags: TuneFlags, io: Io): Promise<number> {
  try {
    const { output, note, compareWords } = runTune(file, { ...scenarioInputs(flags), format: flags.format, only: flags.function ?? null, width: io.columns, color: io.color });
    for (const part of output) io.stdout(part);
    io.stdout('\n');
    if (note) io.stderr(`slcost: note: ${terminalText(inputName(file))}: ${terminalText(note)}\n`);
    if (compareWords) io.stderr(`slcost: ${compareNote(file, flags.usage, compareWords)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof SlcostError)) throw error;
    io.stderr(describeFailure({ file: inputName(file), error, words: pricingWords(scenarioInputs(flags)) }));
    return error.exitCode;
  }
}
