// slcost estimate: files in, line items out. Reads, calls the engine, renders; no arithmetic here.
import { InputError, SlcostError } from '../core/errors.js';
import { estimate } from '../providers/aws/estimate.js';
import { Decimal } from '../core/money.js';
import type { Estimate } from '../providers/aws/types.js';
import { describeBudget } from '../report/crossovers.js';
import { FORMATS, type Format, runWriter } from '../report/index.js';
import type { FileError } from '../report/run.js';
import { ANSI_STYLE, PLAIN, type Style } from '../report/style.js';
import { type InputOptions, scenarioReader } from './inputs.js';
import { ESTIMATE_HELP } from './help.js';
import { chooseFormat, describeFailure, type Io, parseFlags, SCENARIO_FLAGS, scenarioInputs } from './shell.js';

export interface EstimateOptions extends InputOptions {
  readonly format: Format;
  readonly style: Style;
  /** --budget: the serverless budget of every scenario, in place of the scenarios' own. */
  readonly budgetUsd: Decimal | null;
  /** The terminal's width, for the table format. */
  readonly columns?: number;
}

export interface CommandOutput {
  readonly errors: readonly FileError[];
  /** One line per scenario over a budget. */
  readonly overBudget: readonly string[];
  /** 0 priced and within budget; 1 a budget was exceeded; 2 an input was wrong (which wins). */
  readonly exitCode: number;
}

/** Prices `files` one after another, writing each estimate to `write` as it is made. */
export function runEstimate(files: readonly string[], options: EstimateOptions, write: (text: string) => void): CommandOutput {
  const read = scenarioReader(options);
  const writer = runWriter(options.format, { style: options.style, manyFiles: files.length > 1, columns: options.columns }, write);
  const errors: FileError[] = [];
  const overBudget: string[] = [];
  for (const file of files) {
    let priced: Estimate;
    try {
      const { scenario, book } = read(file);
      priced = estimate(options.budgetUsd ? { ...scenario, budget: { serverless: options.budgetUsd } } : scenario, book);
    } catch (error) {
      if (!(error instanceof SlcostError)) throw error;
      errors.push({ file, error });
      continue;
    }
    writer.add(priced);
    for (const check of priced.budget) {
      if (check.over) overBudget.push(`over budget: ${priced.scenario.name} (${priced.scenario.file}): ${describeBudget(check).replace(/^Budget: /, '')}`);
    }
  }
  writer.finish(errors);
  return { errors, overBudget, exitCode: errors.length ? 2 : overBudget.length ? 1 : 0 };
}

export async function estimateCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(args, { ...SCENARIO_FLAGS, budget: { type: 'string' } });
  if (values.help) {
    io.stdout(ESTIMATE_HELP);
    return 0;
  }
  const budgetText = values.budget as string | undefined;
  if (budgetText !== undefined && !/^\d+(\.\d{1,2})?$/.test(budgetText)) throw new InputError(`--budget must be dollars a month such as 50 or 49.99, got "${budgetText}"`);
  const format = chooseFormat(values.format, FORMATS);
  if (!positionals.length) throw new InputError('estimate needs at least one scenario file, e.g. slcost estimate scenarios/growing-api.yaml');
  const result = runEstimate(positionals, {
    budgetUsd: budgetText === undefined ? null : new Decimal(budgetText),
    format,
    ...scenarioInputs(values),
    style: io.color ? ANSI_STYLE : PLAIN,
    columns: io.columns,
  }, io.stdout);
  for (const failure of result.errors) io.stderr(describeFailure(failure));
  for (const line of result.overBudget) io.stderr(`slcost: ${line}\n`);
  return result.exitCode;
}
