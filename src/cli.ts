// The shell: arguments in, text and an exit code out. The only module that
// touches process; every user error is printed once, without a stack trace,
// and exits 2. Commands are loaded only when they run, so that `--version`
// and `--help` load next to nothing.
import { parseArgs } from 'node:util';
import { formatError, InputError, InputErrors, SlcostError } from './errors.js';
import type { FileError } from './report/run.js';
import { suggest } from './suggest.js';

declare const SLCOST_VERSION: string;
const VERSION = typeof SLCOST_VERSION === 'string' ? SLCOST_VERSION : '0.0.0-dev';

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly color: boolean;
  /** The terminal's width, for charts; 80 when not a terminal. */
  readonly columns: number;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof SlcostError) {
      io.stderr(`slcost: ${formatError(error)}\n`);
      return error.exitCode;
    }
    io.stderr(`slcost: internal error, please report it with the command you ran:\n${(error as Error)?.stack ?? String(error)}\n`);
    return 3;
  }
}

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '-V' || command === '--version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const help = await import('./commands/help.js');
  if (command === undefined) {
    io.stderr(`slcost: a command is needed\n\n${help.MAIN_HELP}`);
    return 2;
  }
  if (command === '-h' || command === '--help') {
    io.stdout(help.MAIN_HELP);
    return 0;
  }
  if (command === 'help') {
    const topic = rest[0];
    if (topic === undefined) io.stdout(help.MAIN_HELP);
    else if (topic === 'estimate') io.stdout(help.ESTIMATE_HELP);
    else if (topic === 'breakeven') io.stdout(help.BREAKEVEN_HELP);
    else throw new InputError(`no help for "${topic}"; commands: estimate, breakeven`);
    return 0;
  }
  if (command === 'estimate') return estimateCommand(rest, io, help.ESTIMATE_HELP);
  if (command === 'breakeven') return breakevenCommand(rest, io, help.BREAKEVEN_HELP);
  const hint = suggest(command, ['estimate', 'breakeven', 'help']);
  throw new InputError(`unknown command "${command}"${hint ? `; did you mean "${hint}"?` : ''} (see slcost --help)`);
}

async function estimateCommand(args: readonly string[], io: Io, helpText: string): Promise<number> {
  const { values, positionals } = parseFlags(args, {
    format: { type: 'string', short: 'f' },
    pricing: { type: 'string', short: 'p' },
    'no-free-tier': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(helpText);
    return 0;
  }
  const { FORMATS } = await import('./report/index.js');
  const format = (values.format ?? 'table') as string;
  if (!(FORMATS as readonly string[]).includes(format)) throw new InputError(`--format must be one of ${FORMATS.join(', ')}, got "${format}"`);
  if (!positionals.length) throw new InputError('estimate needs at least one scenario file, e.g. slcost estimate scenarios/growing-api.yaml');
  const [{ runEstimate }, { ANSI_STYLE, PLAIN }] = await Promise.all([import('./commands/estimate.js'), import('./report/style.js')]);
  const result = runEstimate(positionals, {
    format: format as (typeof FORMATS)[number],
    pricing: (values.pricing as string | undefined) ?? null,
    freeTier: !values['no-free-tier'],
    style: io.color ? ANSI_STYLE : PLAIN,
  });
  if (result.stdout) io.stdout(`${result.stdout}\n`);
  for (const failure of result.errors) io.stderr(describeFailure(failure));
  return result.exitCode;
}

/** One `slcost: file:line:col: message` line per problem; the file is added where the error does not carry it. */
async function breakevenCommand(args: readonly string[], io: Io, helpText: string): Promise<number> {
  const { values, positionals } = parseFlags(args, {
    from: { type: 'string' },
    to: { type: 'string' },
    points: { type: 'string' },
    format: { type: 'string', short: 'f' },
    pricing: { type: 'string', short: 'p' },
    'no-free-tier': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(helpText);
    return 0;
  }
  const { BREAKEVEN_FORMATS, parseVolume, runBreakeven } = await import('./commands/breakeven.js');
  const format = (values.format ?? 'chart') as string;
  if (!(BREAKEVEN_FORMATS as readonly string[]).includes(format)) throw new InputError(`--format must be one of ${BREAKEVEN_FORMATS.join(', ')}, got "${format}"`);
  if (positionals.length !== 1) throw new InputError('breakeven takes one scenario file, e.g. slcost breakeven scenarios/growing-api.yaml');
  const from = parseVolume((values.from as string | undefined) ?? '10K', '--from');
  const to = parseVolume((values.to as string | undefined) ?? '10B', '--to');
  if (!to.greaterThan(from)) throw new InputError(`--to (${to.toFixed()}) must be above --from (${from.toFixed()})`);
  const pointsText = (values.points as string | undefined) ?? '60';
  const points = Number(pointsText);
  if (!/^\d+$/.test(pointsText) || points < 2 || points > 100_000) throw new InputError(`--points must be a whole number from 2 to 100000, got "${pointsText}"`);
  const file = positionals[0]!;
  try {
    const output = runBreakeven(file, {
      from,
      to,
      points,
      format: format as (typeof BREAKEVEN_FORMATS)[number],
      pricing: (values.pricing as string | undefined) ?? null,
      freeTier: !values['no-free-tier'],
      width: Math.max(40, Math.min(io.columns, 120)),
      color: io.color,
    });
    io.stdout(`${output}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof SlcostError)) throw error;
    io.stderr(describeFailure({ file, error }));
    return error.exitCode;
  }
}

function describeFailure({ file, error }: FileError): string {
  const located = error instanceof InputErrors || (error instanceof InputError && error.location);
  return formatError(error)
    .split('\n')
    .map((line) => `slcost: ${located ? '' : `${file}: `}${line}\n`)
    .join('');
}

type FlagSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

function parseFlags(args: readonly string[], options: FlagSpec) {
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

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function wantsColor(env: NodeJS.ProcessEnv, isTty: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return isTty && env.TERM !== 'dumb';
}
