// Whole outputs, checked once by a person and kept. A change to any of them
// shows up as a diff to read; update with `npx vitest run test/golden -u`.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const cases: Array<[string, string[]]> = [
  ['growing-api.table.txt', ['estimate', 'scenarios/growing-api.yaml']],
  ['provisioned-api.table.txt', ['estimate', 'scenarios/provisioned-api.yaml']],
  ['one-billion-requests.table.txt', ['estimate', 'scenarios/one-billion-requests.yaml']],
  ['high-traffic.md', ['estimate', 'scenarios/high-traffic.yaml', '--format', 'markdown']],
  ['growing-api.json', ['estimate', 'scenarios/growing-api.yaml', '--format', 'json']],
  ['growing-api.breakeven.txt', ['breakeven', 'scenarios/growing-api.yaml']],
  ['one-billion-requests.breakeven.txt', ['breakeven', 'scenarios/one-billion-requests.yaml', '--from', '1M', '--to', '1B']],
];

describe('golden outputs', () => {
  it.each(cases)('%s', async (name, args) => {
    const result = runCli(args);
    expect(result.status).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(`./outputs/${name}`);
  });
});
