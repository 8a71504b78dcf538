// What one `slcost estimate` call produced: an estimate per good file and an error per bad one.
import type { SlcostError } from '../errors.js';
import type { Estimate } from '../model/types.js';

export interface FileError {
  readonly file: string;
  readonly error: SlcostError;
}

export interface EstimateRun {
  readonly estimates: readonly Estimate[];
  readonly errors: readonly FileError[];
}
