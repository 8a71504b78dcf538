// The process entry point of the bundle: bin/slcost.cjs calls run() with the command line.
import { writeSync } from 'node:fs';
import { isatty } from 'node:tty';
import { main, wantsColor } from './cli.js';

export function run(argv: readonly string[]): void {
  const onTerminal = isatty(1);
  void main(argv, {
    stdout: writer(1),
    stderr: writer(2),
    color: wantsColor(process.env, onTerminal),
    // A terminal's own width; else COLUMNS, as shells export it; else 80.
    columns: (onTerminal ? process.stdout.columns : Number(process.env.COLUMNS)) || 80,
    interactive: isatty(0) && onTerminal,
  }).then((code) => {
    process.exitCode = code;
  });
}

/**
 * Writes straight to the file descriptor. process.stdout and process.stderr
 * load Node's whole stream machinery on first use (several milliseconds of a
 * run that takes tens); a CLI that prints its output once needs none of it.
 * Should the descriptor be non-blocking and full (EAGAIN), the rest goes
 * through the stream, and so does everything after it, in order. A reader that
 * has gone away (EPIPE, as with `| head`) ends the output quietly.
 */
function writer(fd: 1 | 2): (text: string) => void {
  let viaStream = false;
  let closed = false;
  return (text) => {
    if (closed) return;
    const stream = fd === 1 ? process.stdout : process.stderr;
    if (viaStream) {
      stream.write(text);
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let offset = 0;
    while (offset < bytes.length) {
      try {
        offset += writeSync(fd, bytes, offset);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') {
          closed = true;
          return;
        }
        if (code !== 'EAGAIN') throw error;
        viaStream = true;
        stream.on('error', (streamError: NodeJS.ErrnoException) => {
          if (streamError.code !== 'EPIPE') throw streamError;
        });
        stream.write(bytes.subarray(offset));
        return;
      }
    }
  };
}

export { main } from './cli.js';
