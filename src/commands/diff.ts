// slcost diff: two versions of a scenario, or one under two pricing versions, priced and compared.
import { resolve } from 'node:path';
import { InputError, inputErrors, SlcostError } from '../core/errors.js';
import { diffEstimates, increasesPast } from '../providers/aws/diff.js';
import { estimate } from '../providers/aws/estimate.js';
import { Decimal } from '../core/money.js';
import { platformName } from '../report/crossovers.js';
import { renderDiffJson, renderDiffMarkdown, renderDiffTable, sides } from '../report/diff.js';
import { formatQuantity, formatUsd } from '../report/format.js';
import { terminalText } from '../report/escape.js';
import { ANSI_STYLE, PLAIN, type Style } from '../report/style.js';
import { inputName } from '../load/read-yaml.js';
import { listNames } from '../core/names.js';
import { compareNote, comparisonNotPriced, leftOutWarnings, pricedAtTheMedians, pricingWords, scenarioReader } from './inputs.js';
import type { OptionWords } from '../report/run.js';
import type { DIFF_FORMATS } from './program.js';
import { describeFailure, type Io } from './shell.js';

export interface DiffOptions {
  readonly pricingBase: string | null;
  readonly pricing: string | null;
  readonly freeTier: boolean;
  /** The usage file of a template, on both sides (--usage). */
  readonly usage?: string | null;
  readonly format: (typeof DIFF_FORMATS)[number];
  readonly style: Style;
  readonly failOnIncreasePct: Decimal | null;
  readonly failOnIncreaseUsd: Decimal | null;
  /** The terminal's width, for the table format. */
  readonly columns?: number;
}

/** Which side's file a failure came from, as runDiff finds out, and the option that chose its prices. */
export interface DiffFailing {
  file?: string;
  words?: OptionWords;
}

export function runDiff(
  baseFile: string,
  headFile: string,
  options: DiffOptions,
  failing: DiffFailing = {},
): { stdout: string; failures: string[]; notes: string[]; exitCode: number } {
  // A failure is said of the side it came from: a price the table lacks has no line of its own, and was said of
  // "base or head" when only one of them uses it.
  const ofSide = <T>(file: string, work: () => T, words: OptionWords = {}): T => {
    failing.file = inputName(file);
    failing.words = words;
    const result = work();
    delete failing.file;
    delete failing.words;
    return result;
  };
  const readBase = scenarioReader({
    pricing: options.pricingBase ?? options.pricing,
    ...(options.pricingBase === null ? {} : { pricingOption: '--pricing-base' }),
    freeTier: options.freeTier,
    usage: options.usage ?? null,
  });
  const readHead = scenarioReader({ pricing: options.pricing, freeTier: options.freeTier, usage: options.usage ?? null });
  const sideNotes: string[] = [];
  // The usage file serves both sides, so it names a function added or removed between them, which one side lacks: an
  // error only when neither side has it (refused on the side without it, a diff of two templates that did not have the
  // same functions could not be made).
  const notInTemplate: { side: 'base' | 'head'; name: string; error: InputError; given: string }[] = [];
  const priced = (file: string, read: typeof readHead, side: 'base' | 'head') => {
    const { scenario, book } = read(file, { onFunctionNotInTemplate: (name, error, given) => notInTemplate.push({ side, name, error, given }) });
    const medians = pricedAtTheMedians(scenario);
    if (medians) sideNotes.push(`note: ${terminalText(inputName(file))}: ${terminalText(medians)}`);
    // A template's usage file serves both sides: its note is said once.
    const compare = comparisonNotPriced(scenario, 'diff');
    if (compare) sideNotes.push(compareNote(file, options.usage, compare));
    return estimate(scenario, book);
  };
  // The base's table is chosen again with --pricing-base, where --pricing would price the head.
  const before = ofSide(baseFile, () => priced(baseFile, readBase, 'base'), pricingWords({ pricing: options.pricingBase, pricingOption: '--pricing-base' }));
  const after = ofSide(headFile, () => priced(headFile, readHead, 'head'));
  const otherSide = { base: new Set(after.functions.map((fn) => fn.name)), head: new Set(before.functions.map((fn) => fn.name)) };
  // Said once, when neither side has it: of the base's entry, which comes first, where the base is a template too.
  const said = new Set<string>();
  const stray = notInTemplate.filter(({ side, name }) => !otherSide[side].has(name) && !said.has(name) && said.add(name));
  if (stray.length) {
    // A name the two versions share no trace of is said of both, with both sides' functions: said of the base alone, it
    // listed the base's and sent the reader looking there for a name the head was meant to have.
    const both = [...new Set([...before.functions, ...after.functions].map((fn) => fn.name))];
    const sides = `${inputName(baseFile)} and ${inputName(headFile)}`;
    throw inputErrors(
      stray.map(({ side, error, given }) =>
        side === 'base' && baseFile !== headFile
          ? new InputError(`neither template (${sides}) has function ${given}; their functions are: ${listNames(both)}`, error.location)
          : error,
      ),
    );
  }
  const diff = diffEstimates(before, after);
  // A diff of a file with itself at one version is all zeros, which reads as "no change" when nothing was compared.
  const sameFile = baseFile === headFile || (baseFile !== '-' && headFile !== '-' && resolve(baseFile) === resolve(headFile));
  if (sameFile && before.pricing.id === after.pricing.id && before.pricing.customFile === after.pricing.customFile)
    sideNotes.unshift(
      `note: both sides are ${terminalText(inputName(headFile))} priced with ${terminalText(after.pricing.id)}, so nothing can change; compare two files, or one under two versions with --pricing-base ID`,
    );
  // What a side's bill leaves out: a diff of $0.00, or a line "from $0", says nothing true unless it says why.
  const notes = [...new Set([...sideNotes, ...leftOutWarnings([...before.warnings, ...after.warnings])])];
  const stdout =
    options.format === 'json' ? renderDiffJson(diff) : options.format === 'markdown' ? renderDiffMarkdown(diff) : renderDiffTable(diff, options.style, options.columns);
  const failures = increasesPast(diff, { pct: options.failOnIncreasePct, usd: options.failOnIncreaseUsd }).map((platform) => {
    // Each side as the table writes it: a month of a few requests read $0.00 here and under $0.01 above it.
    const [base, head] = sides(platform);
    return (
      `cost increase: ${platformName(platform.platform)} ${base} → ${head} a month, +${formatUsd(platform.deltaUsd)}` +
      // As the table and the Markdown write it: 2,572.1%, not 2572.1%.
      (platform.deltaPct === null ? '' : ` (+${formatQuantity(platform.deltaPct, 1)}%)`)
    );
  });
  return { stdout, failures, notes, exitCode: failures.length ? 1 : 0 };
}

/** The options of `slcost diff`, as commander gives them (see program.ts); the amounts are checked by their options. */
export interface DiffFlags {
  readonly format: (typeof DIFF_FORMATS)[number];
  readonly pricing?: string;
  readonly pricingBase?: string;
  readonly freeTier: boolean;
  readonly usage?: string;
  readonly failOnIncrease?: string;
  readonly failOnIncreaseUsd?: string;
}

export async function diffCommand(baseFile: string, head: string | undefined, flags: DiffFlags, io: Io): Promise<number> {
  const pricingBase = flags.pricingBase ?? null;
  if (head === undefined && pricingBase === null) throw new InputError('diff of one file needs --pricing-base ID to compare it with');
  const headFile = head ?? baseFile;
  const failing: DiffFailing = {};
  try {
    const result = runDiff(
      baseFile,
      headFile,
      {
        pricingBase,
        pricing: flags.pricing ?? null,
        freeTier: flags.freeTier,
        usage: flags.usage ?? null,
        format: flags.format,
        style: io.color ? ANSI_STYLE : PLAIN,
        failOnIncreasePct: flags.failOnIncrease === undefined ? null : new Decimal(flags.failOnIncrease),
        failOnIncreaseUsd: flags.failOnIncreaseUsd === undefined ? null : new Decimal(flags.failOnIncreaseUsd),
        columns: io.columns,
      },
      failing,
    );
    io.stdout(`${result.stdout}\n`);
    for (const line of [...result.notes, ...result.failures]) io.stderr(`slcost: ${line}\n`);
    return result.exitCode;
  } catch (error) {
    if (!(error instanceof SlcostError)) throw error;
    const [base, head] = [inputName(baseFile), inputName(headFile)];
    io.stderr(describeFailure({ file: failing.file ?? (base === head ? base : `${base} or ${head}`), error, ...(failing.words ? { words: failing.words } : {}) }));
    return error.exitCode;
  }
}
