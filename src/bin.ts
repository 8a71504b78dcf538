// The process entry point of the bundle.
import { main, wantsColor } from './cli.js';

void main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: wantsColor(process.env, Boolean(process.stdout.isTTY)),
  // A terminal's own width; else COLUMNS, as shells export it; else 80.
  columns: (process.stdout.isTTY ? process.stdout.columns : Number(process.env.COLUMNS)) || 80,
  interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
}).then((code) => {
  process.exitCode = code;
});
