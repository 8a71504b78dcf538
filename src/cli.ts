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
    else if (topic === 'diff') io.stdout(help.DIFF_HELP);
    else if (topic === 'schema') io.stdout(help.SCHEMA_HELP);
    else if (topic === 'init') io.stdout(help.INIT_HELP);
    else throw new InputError(`no help for "${topic}"; commands: ${COMMANDS.join(', ')}`);
    return 0;
  }
  if (command === 'estimate') return estimateCommand(rest, io, help.ESTIMATE_HELP);
  if (command === 'breakeven') return breakevenCommand(rest, io, help.BREAKEVEN_HELP);
  if (command === 'diff') return diffCommand(rest, io, help.DIFF_HELP);
  if (command === 'schema') return schemaCommand(rest, io, help.SCHEMA_HELP);
  if (command === 'init') return initCommand(rest, io, help.INIT_HELP);
  const hint = suggest(command, COMMANDS);
  throw new InputError(`unknown command "${command}"${hint ? `; did you mean "${hint}"?` : ''} (see slcost --help)`);
}

async function estimateCommand(args: readonly string[], io: Io, helpText: string): Promise<number> {
  const { values, positionals } = parseFlags(args, {
    format: { type: 'string', short: 'f' },
    pricing: { type: 'string', short: 'p' },
    'no-free-tier': { type: 'boolean' },
    budget: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(helpText);
    return 0;
  }
  const { FORMATS } = await import('./report/index.js');
  const budgetText = values.budget as string | undefined;
  if (budgetText !== undefined && !/^\d+(\.\d{1,2})?$/.test(budgetText)) throw new InputError(`--budget must be dollars a month such as 50 or 49.99, got "${budgetText}"`);
  const format = (values.format ?? 'table') as string;
  if (!(FORMATS as readonly string[]).includes(format)) throw new InputError(`--format must be one of ${FORMATS.join(', ')}, got "${format}"`);
  if (!positionals.length) throw new InputError('estimate needs at least one scenario file, e.g. slcost estimate scenarios/growing-api.yaml');
  const [{ runEstimate }, { ANSI_STYLE, PLAIN }, { Decimal }] = await Promise.all([
    import('./commands/estimate.js'),
    import('./report/style.js'),
    import('./model/money.js'),
  ]);
  const result = runEstimate(positionals, {
    budgetUsd: budgetText === undefined ? null : new Decimal(budgetText),
    format: format as (typeof FORMATS)[number],
    pricing: (values.pricing as string | undefined) ?? null,
    freeTier: !values['no-free-tier'],
    style: io.color ? ANSI_STYLE : PLAIN,
  });
  if (result.stdout) io.stdout(`${result.stdout}\n`);
  for (const failure of result.errors) io.stderr(describeFailure(failure));
  for (const line of result.overBudget) io.stderr(`slcost: ${line}\n`);
  return result.exitCode;
}

/** One `slcost: file:line:col: message` line per problem; the file is added where the error does not carry it. */
const COMMANDS = ['estimate', 'breakeven', 'diff', 'schema', 'init', 'help'];

/** A non-negative amount given on the command line: dollars (with cents at most) or a percentage. */
function parseAmount(text: string | undefined, flag: string, what: string): string | null {
  if (text === undefined) return null;
  if (!/^\d+(\.\d+)?$/.test(text)) throw new InputError(`${flag} must be ${what}, got "${text}"`);
  return text;
}

async function diffCommand(args: readonly string[], io: Io, helpText: string): Promise<number> {
  const { values, positionals } = parseFlags(args, {
    format: { type: 'string', short: 'f' },
    pricing: { type: 'string', short: 'p' },
    'pricing-base': { type: 'string' },
    'no-free-tier': { type: 'boolean' },
    'fail-on-increase': { type: 'string' },
    'fail-on-increase-usd': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(helpText);
    return 0;
  }
  const [{ DIFF_FORMATS, runDiff }, { ANSI_STYLE, PLAIN }, { Decimal }] = await Promise.all([
    import('./commands/diff.js'),
    import('./report/style.js'),
    import('./model/money.js'),
  ]);
  const format = (values.format ?? 'table') as string;
  if (!(DIFF_FORMATS as readonly string[]).includes(format)) throw new InputError(`--format must be one of ${DIFF_FORMATS.join(', ')}, got "${format}"`);
  if (positionals.length < 1 || positionals.length > 2) {
    throw new InputError('diff takes BASE.yaml HEAD.yaml, or one file with --pricing-base, e.g. slcost diff old.yaml new.yaml');
  }
  const pricingBase = (values['pricing-base'] as string | undefined) ?? null;
  if (positionals.length === 1 && pricingBase === null) throw new InputError('diff of one file needs --pricing-base ID to compare it with');
  const pct = parseAmount(values['fail-on-increase'] as string | undefined, '--fail-on-increase', 'a percentage such as 10');
  const usd = parseAmount(values['fail-on-increase-usd'] as string | undefined, '--fail-on-increase-usd', 'dollars such as 25');
  const [baseFile, headFile = baseFile] = positionals as [string, string?];
  try {
    const result = runDiff(baseFile, headFile, {
      pricingBase,
      pricing: (values.pricing as string | undefined) ?? null,
      freeTier: !values['no-free-tier'],
      format: format as (typeof DIFF_FORMATS)[number],
      style: io.color ? ANSI_STYLE : PLAIN,
      failOnIncreasePct: pct === null ? null : new Decimal(pct),
      failOnIncreaseUsd: usd === null ? null : new Decimal(usd),
    });
    io.stdout(`${result.stdout}\n`);
    for (const line of result.failures) io.stderr(`slcost: ${line}\n`);
    return result.exitCode;
  } catch (error) {
    if (!(error instanceof SlcostError)) throw error;
    io.stderr(describeFailure({ file: baseFile === headFile ? baseFile : `${baseFile} or ${headFile}`, error }));
    return error.exitCode;
  }
}

async function schemaCommand(args: readonly string[], io: Io, helpText: string): Promise<number> {
  const { values, positionals } = parseFlags(args, { output: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout(helpText);
    return 0;
  }
  const { printSchema } = await import('./commands/schema.js');
  io.stdout(printSchema(values.output ? 'output' : (positionals[0] ?? 'scenario')));
  return 0;
}

async function initCommand(args: readonly string[], io: Io, helpText: string): Promise<number> {
  const { values, positionals } = parseFlags(args, { force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout(helpText);
    return 0;
  }
  if (positionals.length > 1) throw new InputError('init takes at most one file name, e.g. slcost init my-api.yaml');
  const { writeStarter } = await import('./commands/init.js');
  const file = writeStarter(positionals[0] ?? 'scenario.yaml', Boolean(values.force));
  io.stdout(`wrote ${file}; price it with: slcost estimate ${file}\n`);
  return 0;
}

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
