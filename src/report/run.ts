// A file that could not be priced, and why.
import type { SlcostError } from '../core/errors.js';

export interface FileError {
  readonly file: string;
  readonly error: SlcostError;
}
