// Reading what every pricing command needs: a scenario (or a serverless.yml /
// SAM template with its usage file) and the price book it is priced with (the
// --pricing flag, else the file's own, else the newest).
import { InputError, OptionError } from '../core/errors.js';
import { loadCustomPriceBook } from '../load/custom-pricing.js';
import { findPricingVersion, listPricingVersions, loadPriceBook, shippedPricingDir, versionOnDate } from '../load/load-pricing.js';
import { scenarioFromYaml } from '../load/load-scenario.js';
import { loadTemplateScenario, type TemplateOptions } from '../load/load-template.js';
import { templateKind } from '../load/read-template.js';
import { inputName, parseYaml, readInputText, STDIN } from '../load/read-yaml.js';
import type { PriceBook, Scenario } from '../providers/aws/types.js';
import { aws } from '../providers/aws/index.js';
import { listNames } from '../core/names.js';
import { leftOutOfOneMonth } from '../core/ranges.js';
import { serviceWarnings } from '../providers/aws/services.js';
import { terminalText } from '../report/escape.js';
import { inWords } from '../report/words.js';
import type { Warning } from '../core/types.js';
import type { OptionWords } from '../report/run.js';

export interface InputOptions {
  readonly pricing: string | null;
  readonly freeTier: boolean;
  readonly pricingDir?: string;
  /** The usage file for templates (--usage). */
  readonly usage?: string | null;
  /** --pricing-date: the version in force on that day. */
  readonly pricingDate?: string | null;
  /** --pricing-file: a user's table over a shipped version; it prices every file. */
  readonly pricingFile?: string | null;
  /** The option that gave `pricing`, as a message names it (diff's base takes --pricing-base); --pricing when none is said. */
  readonly pricingOption?: string;
}

/**
 * The option that chose the prices, as a message that sends the user back to it names it: the table a scenario's own
 * `pricing:` chose is chosen again with --pricing, one --pricing-date or a price file chose there, where --pricing beside
 * them is refused.
 */
export function pricingWords(options: Pick<InputOptions, 'pricing' | 'pricingDate' | 'pricingFile' | 'pricingOption'>): OptionWords {
  const given = (value: string | null | undefined): value is string => value !== null && value !== undefined;
  if (given(options.pricing) && options.pricingOption) return { pricing: options.pricingOption };
  if (given(options.pricingDate)) return { pricing: '--pricing-date' };
  if (given(options.pricingFile)) return { pricing: `the extends: of ${inputName(options.pricingFile)}` };
  return {};
}

/** A reader of scenario files and templates (`-`: standard input, named `<stdin>`) that loads each price book once. An unknown --pricing is reported before any file is read. */
export function scenarioReader(options: InputOptions): (file: string, template?: Pick<TemplateOptions, 'onFunctionNotInTemplate'>) => { scenario: Scenario; book: PriceBook } {
  const pricingDir = options.pricingDir ?? shippedPricingDir();
  // Given is not the same as true: `--pricing ''` and `--pricing-date ''` were passed over as though not given (the newest
  // table priced, or the version reported as the scenario file's fault), so each is asked whether it was given at all.
  const given = (value: string | null | undefined): value is string => value !== null && value !== undefined;
  const chosen = [given(options.pricing) && '--pricing', given(options.pricingDate) && '--pricing-date', given(options.pricingFile) && '--pricing-file'].filter(Boolean);
  if (chosen.length > 1) throw new InputError(`${chosen.join(' and ')} each choose the prices; give one of them`);
  // Standard input holds one file: named for two of them, the second read the first's text (a template read as its usage file).
  const stdinRoles = [options.usage === STDIN && '--usage', options.pricingFile === STDIN && '--pricing-file'].filter(Boolean);
  if (stdinRoles.length > 1) throw new InputError(standardInputTwice(stdinRoles.join(' and ')));
  // Listed once for the run, not once a file: AWS's, which a scenario is priced with (the other providers' price --compare).
  const versions = listPricingVersions(pricingDir).filter((version) => version.provider === aws.id);
  // What the options choose is checked before any file is read, and said of the option: a file read next is not at fault.
  const ofOption = <T>(prefix: string, choose: () => T): T => {
    try {
      return choose();
    } catch (error) {
      if (error instanceof InputError && !error.location) throw new OptionError(`${prefix}${error.message}`);
      throw error;
    }
  };
  if (given(options.pricing)) ofOption(`${options.pricingOption ?? '--pricing'}: `, () => findPricingVersion(pricingDir, options.pricing, versions));
  const { pricingDate } = options;
  const forced = given(options.pricingFile)
    ? loadCustomPriceBook(options.pricingFile, pricingDir)
    : given(pricingDate)
      ? ofOption('', () => loadPriceBook(versionOnDate(pricingDir, pricingDate)))
      : null;
  const pricingIds = versions.map((version) => version.id);
  const books = new Map<string, PriceBook>();
  const priceBook = (pricingId: string | null): PriceBook => {
    if (forced) return forced;
    const version = findPricingVersion(pricingDir, options.pricing ?? pricingId, versions);
    const book = books.get(version.id) ?? loadPriceBook(version);
    books.set(version.id, book);
    return book;
  };
  return (given, template = {}) => {
    if (given === STDIN && stdinRoles.length) throw new InputError(standardInputTwice(`the ${options.usage === STDIN ? 'template' : 'scenario'} and ${stdinRoles[0]}`));
    const text = readInputText(given);
    const file = inputName(given);
    const kind = templateKind(text);
    if (!kind && options.usage) throw new InputError(`is a scenario, not a serverless.yml or SAM template; --usage applies to templates only`, { file });
    const loaded = kind
      ? loadTemplateScenario(file, text, kind, { ...template, usageFile: options.usage ?? null, pricingIds, priceBook })
      : scenarioFromYaml(parseYaml(file, text), { pricingIds, priceBook });
    return { scenario: options.freeTier ? loaded : { ...loaded, freeTier: false }, book: priceBook(loaded.pricingId) };
  };
}

/** The error of `-` given for two files of one run: standard input is one file, read once. */
export function standardInputTwice(roles: string): string {
  return `- (standard input) is given for ${roles}: it holds one file; give the others as paths`;
}

/**
 * What a command that prices one month at the medians (breakeven, tune, diff, decide) says of a scenario whose
 * figures are ranges or that grows: it priced them so without a word, a P90 that estimate fails at passed over.
 * Null for a scenario of certain figures.
 */
export function pricedAtTheMedians(scenario: Scenario): string | null {
  const { rangedFields: fields, outlookMonths } = leftOutOfOneMonth(scenario);
  const said = [
    fields.length ? `${listNames(fields)} ${fields.length === 1 ? 'is a range, priced here at its median' : 'are ranges, priced here at their medians'}` : null,
    outlookMonths !== null ? `its outlook of ${outlookMonths} months is priced here as month 1` : null,
  ].filter(Boolean);
  if (!said.length) return null;
  return `${said.join('; ')}; slcost estimate gives the bill at P10, P50 and P90${outlookMonths !== null ? ', month by month' : ''}`;
}

/**
 * A scenario's `compare:` as a command that prices Lambda alone (diff, tune, decide) says it: passed over without a word,
 * its output read as though the other providers had been weighed. The note is of the file that writes the block
 * (compareNote).
 */
export function comparisonNotPriced(scenario: Scenario, command: string): string | null {
  const providers = scenario.compare?.providers ?? [];
  if (!providers.length) return null;
  return `its compare: (${providers.join(', ')}) is not priced by slcost ${command}; slcost estimate and slcost breakeven price the functions on ${providers.length === 1 ? 'that provider' : 'those providers'} too`;
}

/**
 * A note of a scenario's `compare:` block, said of the file that writes it: a template's usage file (--usage), for a
 * template has none; else the scenario file. The note of a template's usage file's compare: named the template, where
 * no such block is.
 */
export function compareNote(file: string, usage: string | null | undefined, words: string): string {
  return `note: ${terminalText(inputName(usage ?? file))}: ${terminalText(words)}`;
}

/**
 * What a bill leaves out (a template without usage, a resource without the figures it needs, and each service's own, such
 * as the functions' log lines under a price table without CloudWatch Logs), as the commands that print a bill without its
 * warnings (diff, decide) say it: a bill of $0.00, or a line "from $0", says nothing true unless it says why.
 */
export function leftOutWarnings(warnings: readonly Warning[]): string[] {
  return warnings.filter((warning) => LEFT_OUT.has(warning.id)).map((warning) => `warning [${warning.id}]: ${terminalText(inWords(warning.message))}`);
}

const LEFT_OUT: ReadonlySet<string> = new Set(['no_usage_given', 'not_priced_without_usage', 'resources_not_priced', 'settings_not_priced', ...serviceWarnings('left-out')]);
