// The process entry point of the bundle: bin/slcost.js calls run() with the command line.
import { fstatSync, statSync, writeSync } from 'node:fs';
import { main, wantsColor } from './cli.js';
import { InputError } from './core/errors.js';

export function run(argv: readonly string[]): void {
  const onTerminal = isTerminal(1);
  void main(argv, {
    stdout: writer(1),
    stderr: writer(2),
    color: wantsColor(process.env, onTerminal),
    // A terminal's own width; else COLUMNS, as shells export it; else 80.
    columns: (onTerminal ? process.stdout.columns : columnsOf(process.env.COLUMNS)) || 80,
    interactive: onTerminal && isTerminal(0),
  }).then((code) => {
    process.exitCode = code;
  });
}

/** COLUMNS as a width: a whole number of columns above 0, or 0 (none) for anything else (-5 and 1.5 crashed the tables). */
export function columnsOf(text: string | undefined): number {
  const columns = Number(text);
  return Number.isSafeInteger(columns) && columns > 0 ? columns : 0;
}

/**
 * Whether `fd` is a terminal. Node's tty module loads its network and stream
 * modules (milliseconds of every run), so only a character device that is not
 * /dev/null (where benchmarks and many CI steps send output) is asked of it.
 */
function isTerminal(fd: 0 | 1): boolean {
  let device;
  try {
    device = fstatSync(fd);
  } catch {
    return false;
  }
  if (!device.isCharacterDevice()) return false;
  if (process.platform !== 'win32') {
    try {
      if (device.rdev === statSync('/dev/null').rdev) return false;
    } catch {
      // no /dev/null to compare with: ask tty
    }
  }
  return process.getBuiltinModule('node:tty').isatty(fd);
}

/**
 * Writes straight to the file descriptor. process.stdout and process.stderr
 * load Node's whole stream machinery on first use (several milliseconds of a
 * run that takes tens); a CLI that prints its output once needs none of it.
 * Should the descriptor be non-blocking and full (EAGAIN), the rest goes
 * through the stream, and so does everything after it, in order. A reader that
 * has gone away (EPIPE, as with `| head`) ends the output quietly. Output that
 * cannot be written (a full disk: `> report.md` on one, or `> /dev/full`) is
 * the user's to fix, and said so with exit code 2, not as a bug in slcost;
 * standard error that cannot be written has nowhere to say it.
 */
function writer(fd: 1 | 2): (text: string) => void {
  let viaStream = false;
  let closed = false;
  return (text) => {
    if (closed) return;
    // Asked for only when needed: the getter itself loads the stream machinery.
    const stream = () => (fd === 1 ? process.stdout : process.stderr);
    if (viaStream) {
      stream().write(text);
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let offset = 0;
    while (offset < bytes.length) {
      try {
        offset += writeSync(fd, bytes, offset);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EPIPE' || (code !== 'EAGAIN' && fd === 2)) {
          closed = true;
          return;
        }
        if (code !== 'EAGAIN') {
          closed = true;
          throw unwritable(code);
        }
        viaStream = true;
        stream().on('error', (streamError: NodeJS.ErrnoException) => {
          if (streamError.code === 'EPIPE' || fd === 2) return;
          closed = true;
          process.exitCode = 2;
          writer(2)(`slcost: standard output: ${unwritable(streamError.code).message}\n`);
        });
        stream().write(bytes.subarray(offset));
        return;
      }
    }
  };
}

function unwritable(code: string | undefined): InputError {
  return new InputError(`cannot be written (${code ?? 'unknown error'})`, { file: 'standard output' });
}

export { main } from './cli.js';

/** For the build: each shipped table's checked JSON, by its path under dist/pricing/. Loaded only when asked for. */
export async function compileShippedTables(): Promise<Array<{ path: string; json: string }>> {
  const { compileShippedTable, listPricingVersions, shippedPricingDir } = await import('./load/load-pricing.js');
  return listPricingVersions(shippedPricingDir()).map((version) => ({
    path: `${version.provider}/${version.effectiveDate}.json`,
    json: compileShippedTable(version),
  }));
}
