// What the command modules share: the terminal they write to, the options
// that read a scenario, and printing a failure the one way every user error is printed.
import { existsSync, fstatSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError, InputErrors, OptionError, PricingError, systemReason } from '../core/errors.js';
import { describeError } from '../report/words.js';
import type { FileError } from '../report/run.js';

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly color: boolean;
  /** The terminal's width, which tables, sentences and charts fit; 80 when not a terminal. */
  readonly columns: number;
  /** Whether a person can answer questions (standard input and output are a terminal). */
  readonly interactive?: boolean;
}

/** One `slcost: file:line:col: message` line per problem; the file is added where the error does not carry it. */
export function describeFailure({ file, error, words }: FileError): string {
  const located = error instanceof InputErrors || error instanceof OptionError || ((error instanceof InputError || error instanceof PricingError) && error.location);
  return describeError(error, words)
    .split('\n')
    .map((line) => `slcost: ${located ? '' : `${file}: `}${line}\n`)
    .join('');
}

/** The options of every command that reads a scenario or template, as commander gives them (see program.ts). */
export interface ScenarioFlags {
  readonly pricing?: string;
  readonly freeTier: boolean;
  readonly usage?: string;
  readonly pricingDate?: string;
  readonly pricingFile?: string;
}

/** ScenarioFlags as the run functions take them. */
export function scenarioInputs(flags: ScenarioFlags) {
  return { pricing: flags.pricing ?? null, freeTier: flags.freeTier, usage: flags.usage ?? null, pricingDate: flags.pricingDate ?? null, pricingFile: flags.pricingFile ?? null };
}

/**
 * Refuses an output that is there already, unless `force`; a folder is refused as one, `force` or not: it was told to
 * "pass --force to overwrite it", and with --force that it is a directory.
 */
export function refuseExistingOutput(file: string, force: boolean, exists: string): void {
  let directory = false;
  try {
    directory = statSync(file).isDirectory();
  } catch {
    // not there, or not to be statted: the write says why
  }
  if (directory) throw new InputError('is a directory, not a file', { file });
  if (existsSync(file) && !force) throw new InputError(exists, { file });
}

const NO_FOLDER = 'cannot be written: the folder it would go in does not exist';

/**
 * Refuses, before the work that fills it, a file to write that could not be: a directory in its place, or a folder it
 * would go in that does not exist. What only the write can tell (no permission) the write says.
 */
export function refuseUnwritableOutput(file: string): void {
  refuseExistingOutput(file, true, '');
  refusePipeOutput(file);
  if (!existsSync(dirname(resolve(file)))) throw new InputError(NO_FOLDER, { file });
}

/**
 * Opening a named pipe to write waits for a reader, for ever if none comes: a pipe or a socket is refused. A device
 * (/dev/null, /dev/stdout) is written as a file is.
 */
function refusePipeOutput(file: string): void {
  let special = false;
  try {
    const stats = statSync(file);
    special = stats.isFIFO() || stats.isSocket();
  } catch {
    // not there yet: written as a new file
  }
  if (special) throw new InputError('is a named pipe or a socket, not a file; give the path of a file to write', { file });
}

/** Writes a file a command makes. What stops it (a folder that does not exist, a directory in the way, no permission) is the user's to fix, and said so. */
export function writeOutputFile(file: string, text: string, flag: 'w' | 'wx' = 'w'): void {
  refusePipeOutput(file);
  try {
    writeFileSync(file, text, { flag });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? NO_FOLDER
        : code === 'EISDIR'
          ? 'is a directory, not a file'
          : code === 'EEXIST'
            ? 'exists already; choose another name or pass --force to overwrite it'
            : `cannot be written${systemReason(code, 'write')}`;
    throw new InputError(why, { file });
  }
}

/**
 * A file by its device and inode (`-`: the file standard input is read from), or null for a path that cannot be
 * statted (no such file, a file in its folders' place, no permission): no file the run reads, and the read or the
 * write says what is wrong with it, as the user's error it is.
 */
export function identityOf(file: string): string | null {
  try {
    const stats = file === '-' ? fstatSync(0) : statSync(file);
    return `${stats.dev}:${stats.ino}`;
  } catch {
    return null;
  }
}

/**
 * Refuses an output file that is one of the files the run reads: replaced by what the run writes, the input would be
 * lost. The same path, or another name for the same file (a link, or standard input redirected from it:
 * `estimate - -o api.yaml < api.yaml` replaced the scenario with its report), by its device and inode.
 */
export function refuseOutputOverInput(output: string, inputs: readonly (string | null | undefined)[], why: string): void {
  const written = identityOf(output);
  for (const input of inputs) {
    if (input === null || input === undefined) continue;
    if ((input !== '-' && resolve(input) === resolve(output)) || (written !== null && identityOf(input) === written)) throw new InputError(why, { file: output });
  }
}
