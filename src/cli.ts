// The shell: arguments in, text and an exit code out. The only module that
// touches process (through Io); every user error is printed once, without a
// stack trace, and exits 2. A command's module is loaded only when it runs, so
// that `--version` and `--help` load next to nothing.
import { InputError, SlcostError } from './core/errors.js';
import { describeError } from './report/words.js';
import type { Io } from './commands/shell.js';
import { suggest } from './suggest.js';

export type { Io } from './commands/shell.js';

declare const SLCOST_VERSION: string;
const VERSION = typeof SLCOST_VERSION === 'string' ? SLCOST_VERSION : '0.0.0-dev';

type Command = (args: readonly string[], io: Io) => Promise<number>;

const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  estimate: async () => (await import('./commands/estimate.js')).estimateCommand,
  breakeven: async () => (await import('./commands/breakeven.js')).breakevenCommand,
  diff: async () => (await import('./commands/diff.js')).diffCommand,
  schema: async () => (await import('./commands/schema.js')).schemaCommand,
  init: async () => (await import('./commands/init.js')).initCommand,
  decide: async () => (await import('./commands/decide.js')).decideCommand,
  usage: async () => (await import('./commands/usage.js')).usageCommand,
  pricing: async () => (await import('./commands/pricing.js')).pricingCommand,
};

export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof SlcostError) {
      io.stderr(`slcost: ${describeError(error)}\n`);
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
  const { MAIN_HELP, HELP } = await import('./commands/help.js');
  if (command === undefined) {
    io.stderr(`slcost: a command is needed\n\n${MAIN_HELP}`);
    return 2;
  }
  if (command === '-h' || command === '--help') {
    io.stdout(MAIN_HELP);
    return 0;
  }
  if (command === 'help') {
    const topic = rest[0];
    if (topic === undefined) io.stdout(MAIN_HELP);
    else if (HELP[topic]) io.stdout(HELP[topic]);
    else throw new InputError(`no help for "${topic}"; commands: ${Object.keys(COMMANDS).join(', ')}`);
    return 0;
  }
  const load = COMMANDS[command];
  if (load) return (await load())(rest, io);
  const hint = suggest(command, [...Object.keys(COMMANDS), 'help']);
  throw new InputError(`unknown command "${command}"${hint ? `; did you mean "${hint}"?` : ''} (see slcost --help)`);
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function wantsColor(env: NodeJS.ProcessEnv, isTty: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return isTty && env.TERM !== 'dumb';
}
