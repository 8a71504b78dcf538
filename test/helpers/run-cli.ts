// Runs the built CLI as a user would: a separate process, no terminal, no colour.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/slcost.js', import.meta.url));

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `input`: what the process reads on standard input (empty when not given). */
export function runCli(args: readonly string[], env: Record<string, string> = {}, input = ''): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    input,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...env },
    timeout: 20_000,
    // A JSON estimate of thousands of functions is megabytes; past spawnSync's 1 MB the child is killed.
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
