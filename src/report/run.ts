// A file that could not be priced, and why.
import type { SlcostError } from '../core/errors.js';

export interface FileError {
  readonly file: string;
  readonly error: SlcostError;
  /** The words of the options the run was given, where they are not the usual ones (see OptionWords). */
  readonly words?: OptionWords;
}

/**
 * An option the engine names (`pricing`) in the words of the option that did that work in this run: a table chosen by
 * `--pricing-base`, `--pricing-date` or a price file's `extends:` is chosen again there, and told "with --pricing",
 * the user was sent to an option the run refuses beside theirs, or that prices the other side of a diff.
 */
export type OptionWords = Readonly<Record<string, string>>;
