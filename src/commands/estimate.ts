// slcost estimate: files in, line items out. Reads, calls the engine, renders; no arithmetic here.
import { SlcostError } from '../errors.js';
import { estimate } from '../engine/estimate.js';
import type { Decimal } from '../model/money.js';
import type { Estimate } from '../model/types.js';
import { describeBudget } from '../report/crossovers.js';
import { type Format, render } from '../report/index.js';
import type { FileError } from '../report/run.js';
import type { Style } from '../report/style.js';
import { type InputOptions, scenarioReader } from './inputs.js';

export interface EstimateOptions extends InputOptions {
  readonly format: Format;
  readonly style: Style;
  /** --budget: the serverless budget of every scenario, in place of the scenarios' own. */
  readonly budgetUsd: Decimal | null;
}

export interface CommandOutput {
  readonly stdout: string;
  readonly errors: readonly FileError[];
  /** One line per scenario over a budget. */
  readonly overBudget: readonly string[];
  /** 0 priced and within budget; 1 a budget was exceeded; 2 an input was wrong (which wins). */
  readonly exitCode: number;
}

export function runEstimate(files: readonly string[], options: EstimateOptions): CommandOutput {
  const read = scenarioReader(options);
  const estimates: Estimate[] = [];
  const errors: FileError[] = [];
  for (const file of files) {
    try {
      const { scenario, book } = read(file);
      estimates.push(estimate(options.budgetUsd ? { ...scenario, budget: { serverless: options.budgetUsd } } : scenario, book));
    } catch (error) {
      if (!(error instanceof SlcostError)) throw error;
      errors.push({ file, error });
    }
  }
  const run = { estimates, errors };
  const stdout = estimates.length ? render(options.format, run, { style: options.style, manyFiles: files.length > 1 }) : '';
  const overBudget = estimates.flatMap((e) =>
    e.budget.filter((check) => check.over).map((check) => `over budget: ${e.scenario.name} (${e.scenario.file}): ${describeBudget(check).replace(/^Budget: /, '')}`),
  );
  return { stdout, errors, overBudget, exitCode: errors.length ? 2 : overBudget.length ? 1 : 0 };
}
