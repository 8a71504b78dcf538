// The shell: arguments in, text and an exit code out. The only module that
// touches process (through Io); every user error is printed once, in one line
// and without a stack trace, and exits 2. The command line is read by
// commander from the declarations in commands/program.ts; a command's module is
// loaded only when it runs, so that `--version` and `--help` load next to nothing.
import { type Command, CommanderError } from 'commander';
import { SlcostError } from './core/errors.js';
import { terminalText } from './report/escape.js';
import { describeError } from './report/words.js';
import type { Io } from './commands/shell.js';
import { commandPath, slcostProgram } from './commands/program.js';

export type { Io } from './commands/shell.js';

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let exitCode = 0;
  try {
    await slcostProgram(io, (code) => (exitCode = code)).parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return commandLineError(error, io);
    if (error instanceof SlcostError) {
      // Several errors are a line each, every line with the prefix a script can grep for.
      io.stderr(
        describeError(error)
          .split('\n')
          .map((line) => `slcost: ${line}\n`)
          .join(''),
      );
      return error.exitCode;
    }
    io.stderr(`slcost: internal error, please report it with the command you ran:\n${(error as Error)?.stack ?? String(error)}\n`);
    return 3;
  }
}

/**
 * What commander threw: 0 for the help and the version, which it has printed;
 * else a mistake in the command line, in one line, with exit code 2. (Help
 * printed because a command was missing is on standard error already.)
 */
function commandLineError(error: CommanderError & { command?: Command }, io: Io): number {
  if (error.exitCode === 0) return 0;
  if (error.code === 'commander.help') return 2;
  let message = error.message.replace(/^error: /, '').replace(/\n\(Did you mean (.+)\?\)$/, '; did you mean $1?');
  const lost = ['commander.missingArgument', 'commander.excessArguments', 'commander.unknownCommand', 'commander.unknownOption'].includes(error.code);
  if (lost && error.command && !message.includes('did you mean')) message = `${message.replace(/\.$/, '')} (see ${commandPath(error.command)} --help)`;
  // Commander quotes the value it refused as it was typed: an ESC or OSC 52 in it would reach the terminal.
  io.stderr(`slcost: ${terminalText(message.replace(/\n/g, ' '))}\n`);
  return 2;
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function wantsColor(env: NodeJS.ProcessEnv, isTty: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return isTty && env.TERM !== 'dumb';
}
