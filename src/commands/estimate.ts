// slcost estimate: files in, line items out. Reads, calls the engine, renders; no arithmetic here.
import { SlcostError } from '../errors.js';
import { estimate } from '../engine/estimate.js';
import type { Estimate } from '../model/types.js';
import { type Format, render } from '../report/index.js';
import type { FileError } from '../report/run.js';
import type { Style } from '../report/style.js';
import { type InputOptions, scenarioReader } from './inputs.js';

export interface EstimateOptions extends InputOptions {
  readonly format: Format;
  readonly style: Style;
}

export interface CommandOutput {
  readonly stdout: string;
  readonly errors: readonly FileError[];
  readonly exitCode: number;
}

export function runEstimate(files: readonly string[], options: EstimateOptions): CommandOutput {
  const read = scenarioReader(options);
  const estimates: Estimate[] = [];
  const errors: FileError[] = [];
  for (const file of files) {
    try {
      const { scenario, book } = read(file);
      estimates.push(estimate(scenario, book));
    } catch (error) {
      if (!(error instanceof SlcostError)) throw error;
      errors.push({ file, error });
    }
  }
  const run = { estimates, errors };
  const stdout = estimates.length ? render(options.format, run, { style: options.style, manyFiles: files.length > 1 }) : '';
  return { stdout, errors, exitCode: errors.length ? 2 : 0 };
}
