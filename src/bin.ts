// The process entry point of the bundle.
import { main, wantsColor } from './cli.js';

const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: wantsColor(process.env, Boolean(process.stdout.isTTY)),
  columns: process.stdout.isTTY ? process.stdout.columns : 80,
});
process.exitCode = code;
