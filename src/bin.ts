// The process entry point of the bundle: bin/slcost.cjs calls run() with the command line.
import { main, wantsColor } from './cli.js';

export function run(argv: readonly string[]): void {
  void main(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    color: wantsColor(process.env, Boolean(process.stdout.isTTY)),
    // A terminal's own width; else COLUMNS, as shells export it; else 80.
    columns: (process.stdout.isTTY ? process.stdout.columns : Number(process.env.COLUMNS)) || 80,
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
  }).then((code) => {
    process.exitCode = code;
  });
}

export { main } from './cli.js';
