// The errors a user can cause. Each is a value with a message and, where it
// comes from a file, the file, line, column and field path; the CLI prints it
// once and exits 2. Anything else that is thrown is a bug.

/** Where a field is in a file, key by key and index by index: `['lambda', 'functions', 0, 'memory_mb']`. */
export type FieldPath = readonly (string | number)[];

export interface SourceLocation {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  /** Field path such as `lambda.functions[0].memory_mb`. */
  readonly path?: string;
  /** The value at `path` as the file writes it (`1e300`, `9007199254740993`), to quote it exactly. */
  readonly written?: string;
}

export class SlcostError extends Error {
  readonly exitCode: number = 2;
}

/** A file, a flag or a value the user gave is wrong. */
export class InputError extends SlcostError {
  readonly location: SourceLocation | null;
  constructor(message: string, location: SourceLocation | null = null) {
    super(message);
    this.name = 'InputError';
    this.location = location;
  }
}

/**
 * An option of the command line is wrong (a --pricing no table has, a --pricing-date before the first): said of the
 * option, never of the file the command was reading when it found out, which is not at fault.
 */
export class OptionError extends InputError {}

/** The chosen pricing table has no price for something the scenario uses. */
export class PricingError extends SlcostError {
  /** Where the scenario chose what has no price (its `region:`), when it is known. */
  readonly location: SourceLocation | null;
  /** Each missing price's own message, under `message`, when there are several. */
  readonly details: readonly string[];
  constructor(message: string, location: SourceLocation | null = null, details: readonly string[] = []) {
    super(message);
    this.name = 'PricingError';
    this.location = location;
    this.details = details;
  }
}

/**
 * Every price the scenario needs that the table lacks, as one error: the one
 * itself when there is one, else `heading` and a line each, in the order
 * they were found, each said once, without the `prefix` the heading says.
 */
export function missingPrices(errors: readonly PricingError[], location: SourceLocation | null, heading: (count: number) => string, prefix: string): PricingError {
  const messages = [...new Set(errors.map((error) => error.message))];
  if (messages.length === 1) return new PricingError(messages[0]!, location);
  // The heading's line and column say where; the field path would trail after its colon.
  const at = location && { file: location.file, line: location.line, column: location.column };
  return new PricingError(
    heading(messages.length),
    at,
    messages.map((message) => (message.startsWith(prefix) ? message.slice(prefix.length) : message)),
  );
}

/** Several input errors found in one file, reported together. */
export class InputErrors extends SlcostError {
  readonly errors: readonly InputError[];
  constructor(errors: readonly InputError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'InputErrors';
    // In the order of the file, so that a reader goes through it once from the top.
    this.errors = [...errors].sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.column ?? 0) - (b.location?.column ?? 0));
  }
}

/** One error as is, several as InputErrors. */
export function inputErrors(errors: readonly InputError[]): InputError | InputErrors {
  return errors.length === 1 ? errors[0]! : new InputErrors(errors);
}

export function formatLocation(location: SourceLocation | null): string {
  if (!location) return '';
  let text = location.file;
  if (location.line !== undefined) text += `:${location.line}`;
  if (location.line !== undefined && location.column !== undefined) text += `:${location.column}`;
  return text;
}

/**
 * A name or key a user wrote, cut to its first 40 characters and `…` for a message: one of 100 KB would fill the screen, twice.
 * A character outside the BMP is two UTF-16 units and is kept or cut whole: cut between them, an emoji the user wrote was
 * shown as the escape of a lone surrogate (`\ud83d…`) the file never held.
 */
export function clipped(text: string, max = 40): string {
  if (text.length <= max) return text;
  const splitsAPair = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') && /[\uDC00-\uDFFF]/.test(text[max] ?? '');
  return `${text.slice(0, splitsAPair ? max - 1 : max)}…`;
}

/** A key as a message names it: quoted, or, for a null key (`~`, `null` or nothing), which the data holds as "", as the file writes it. */
export function quotedKey(key: string, written: string | undefined): string {
  if (key !== '' || written === undefined || /^(['"])\1$/.test(written)) return `"${clipped(key)}"`;
  return written === '' ? 'with no name (a null key)' : `${clipped(written)} (a null key)`;
}

/**
 * Why the system would not read or write a file, in words, by its error code: `: a part of its path that should be a
 * folder is a file`, where the message was "(ENOTDIR)". The code itself for one not listed.
 */
export function systemReason(code: string | undefined, doing: 'read' | 'write'): string {
  const reasons: Readonly<Record<string, string>> = {
    ENOTDIR: 'a part of its path that should be a folder is a file',
    EACCES: `there is no permission to ${doing} it`,
    EPERM: `there is no permission to ${doing} it`,
    EROFS: 'it is on a read-only file system',
    ENOSPC: 'the disk is full',
    ENAMETOOLONG: 'its name is too long for the file system',
    ELOOP: 'its path goes round a loop of symbolic links',
  };
  const reason = code === undefined ? undefined : reasons[code];
  return reason ? `: ${reason}` : ` (${code ?? 'unknown error'})`;
}

/** `file:line:col: message (at path)`, the one shape every user error is printed in. */
export function formatError(error: SlcostError): string {
  if (error instanceof InputErrors) return error.errors.map(formatError).join('\n');
  if (error instanceof InputError || error instanceof PricingError) {
    const where = formatLocation(error.location);
    const path = error.location?.path ? ` (at ${error.location.path})` : '';
    return `${where ? `${where}: ` : ''}${error.message}${path}`;
  }
  return error.message;
}

/** `prices` when the table has them; otherwise one error naming the service and the table. */
export function pricesFor<T>(prices: T | null | undefined, service: string, where: string): T {
  if (prices === null || prices === undefined) throw new PricingError(`pricing ${where} has no ${service} prices; choose another region or pricing version`);
  return prices;
}
