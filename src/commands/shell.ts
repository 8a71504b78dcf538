// What the command modules share: the terminal they write to, flag parsing,
// and printing a failure the one way every user error is printed.
import { parseArgs } from 'node:util';
import { InputError, InputErrors } from '../core/errors.js';
import { describeError } from '../report/words.js';
import type { FileError } from '../report/run.js';
import { suggest } from '../suggest.js';

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly color: boolean;
  /** The terminal's width, for charts; 80 when not a terminal. */
  readonly columns: number;
  /** Whether a person can answer questions (standard input and output are a terminal). */
  readonly interactive?: boolean;
}

/** One `slcost: file:line:col: message` line per problem; the file is added where the error does not carry it. */
export function describeFailure({ file, error }: FileError): string {
  const located = error instanceof InputErrors || (error instanceof InputError && error.location);
  return describeError(error)
    .split('\n')
    .map((line) => `slcost: ${located ? '' : `${file}: `}${line}\n`)
    .join('');
}

/** `--format`'s value, one of `formats` (the first is the default). */
export function chooseFormat<T extends string>(value: unknown, formats: readonly T[]): T {
  const format = (value ?? formats[0]) as string;
  if (!(formats as readonly string[]).includes(format)) throw new InputError(`--format must be one of ${formats.join(', ')}, got "${format}"`);
  return format as T;
}

export /** A non-negative amount given on the command line: dollars (with cents at most) or a percentage. */
function parseAmount(text: string | undefined, flag: string, what: string): string | null {
  if (text === undefined) return null;
  if (!/^\d+(\.\d+)?$/.test(text)) throw new InputError(`${flag} must be ${what}, got "${text}"`);
  return text;
}

export type FlagSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/** The flags every command that reads a scenario or template takes, in the same words. */
export const SCENARIO_FLAGS = {
  format: { type: 'string', short: 'f' },
  pricing: { type: 'string', short: 'p' },
  'no-free-tier': { type: 'boolean' },
  usage: { type: 'string', short: 'u' },
  'pricing-date': { type: 'string' },
  'pricing-file': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies FlagSpec;

/** What SCENARIO_FLAGS gave, as the run functions take it. */
export function scenarioInputs(values: Record<string, string | boolean | undefined | (string | boolean)[]>) {
  const text = (name: string) => (values[name] as string | undefined) ?? null;
  return { pricing: text('pricing'), freeTier: !values['no-free-tier'], usage: text('usage'), pricingDate: text('pricing-date'), pricingFile: text('pricing-file') };
}

export function parseFlags(args: readonly string[], options: FlagSpec) {
  const plain = plainFlags(args, options);
  if (plain) return plain;
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message;
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
    if (unknown) {
      const names = Object.keys(options).map((name) => `--${name}`);
      const close = names.find((name) => name.startsWith(unknown) || unknown.startsWith(name)) ?? suggest(unknown, names);
      throw new InputError(`unknown option ${unknown}${close ? `; did you mean ${close}?` : ''}`);
    }
    throw new InputError(message.replace(/\. To specify a positional argument.*$/s, ''));
  }
}

type ParsedFlags = ReturnType<typeof parseArgs<{ options: FlagSpec; allowPositionals: true; strict: true }>>;

/**
 * The command lines people type, read as parseArgs reads them: known flags
 * (`--format json`, `--format=json`, `-f json`, `--help`) and files. Node's
 * parseArgs costs a run a millisecond to load; it reads everything else
 * (`--`, `-fjson`, a value that starts with a dash, an unknown flag) and
 * words its errors. A test holds the two to the same answers.
 */
export function plainFlags(args: readonly string[], options: FlagSpec): ParsedFlags | undefined {
  const values: Record<string, string | boolean> = Object.create(null);
  const positionals: string[] = [];
  const shortNames = new Map<string, string>();
  for (const [name, option] of Object.entries(options)) if (option.short) shortNames.set(option.short, name);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg.length < 2 || arg[0] !== '-') {
      positionals.push(arg);
      continue;
    }
    const long = arg[1] === '-';
    const equals = long ? arg.indexOf('=') : -1;
    const name = long ? arg.slice(2, equals < 0 ? undefined : equals) : arg.length === 2 ? shortNames.get(arg[1] as string) : undefined;
    const option = name === undefined || !Object.hasOwn(options, name) ? undefined : options[name];
    if (!name || !option) return undefined;
    if (option.type === 'boolean') {
      if (equals >= 0) return undefined;
      values[name] = true;
      continue;
    }
    const value = equals >= 0 ? arg.slice(equals + 1) : args[++i];
    if (value === undefined || (equals < 0 && value.startsWith('-'))) return undefined;
    values[name] = value;
  }
  return { values, positionals } as ParsedFlags;
}
