// Every command the README and the --help texts show runs and succeeds, so the
// documentation and the tool cannot drift apart.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ESTIMATE_HELP, MAIN_HELP } from '../../src/commands/help.js';
import { runCli } from '../helpers/run-cli.js';

/** `slcost …` command lines in a text, without comments or pipes, with `scenarios/*.yaml` expanded as a shell would. */
function commands(text: string, prefix: RegExp): string[][] {
  const scenarios = readdirSync('scenarios')
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => `scenarios/${name}`);
  return text
    .split('\n')
    .map((line) => prefix.exec(line)?.[1])
    .filter((rest): rest is string => rest !== undefined && !rest.includes('FILE'))
    .map((rest) => rest.replace(/#.*$/, '').split('|')[0]!.trim())
    .map((rest) => rest.split(/\s+/).flatMap((word) => (word === 'scenarios/*.yaml' ? scenarios : [word])));
}

const readme = readFileSync('README.md', 'utf8');
const readmeCommands = commands(readme, /^npx slcost (.*)$/);
const helpCommands = commands(`${MAIN_HELP}\n${ESTIMATE_HELP}`, /^\s+slcost (estimate .*)$/);

describe('documented commands', () => {
  it('the README shows the quick start first', () => {
    expect(readme.indexOf('npm install\nnpx slcost estimate scenarios/growing-api.yaml')).toBeGreaterThan(0);
    expect(readme).toContain('npm test');
    expect(readmeCommands.length).toBeGreaterThanOrEqual(6);
  });

  it.each(readmeCommands.map((args) => [args.join(' '), args]))('README: slcost %s', (_text, args) => {
    const result = runCli(args);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it.each(helpCommands.map((args) => [args.join(' '), args]))('--help: slcost %s', (_text, args) => {
    const result = runCli(args);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it.skipIf(spawnSync('jq', ['--version']).status !== 0)('the README jq recipe prints the total', () => {
    const line = /^npx slcost (.*\| jq .*?)\s+#/m.exec(readme)?.[1];
    expect(line).toBeDefined();
    const result = spawnSync('bash', ['-c', `node bin/slcost.js ${line}`], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(result.stdout).toBe('613.13\n');
  });

  it('the README break-even chart is what the tool prints', () => {
    const shown = /```\n(Monthly cost by requests a month[\s\S]*?)```/.exec(readme)?.[1];
    expect(shown).toBe(runCli(['breakeven', 'scenarios/growing-api.yaml']).stdout);
  });

  it('the README example output is what the tool prints', () => {
    const shown = /```\n(Growing product API[\s\S]*?)```/.exec(readme)?.[1];
    expect(shown).toBe(runCli(['estimate', 'scenarios/growing-api.yaml']).stdout);
  });

  it("the README's cold-start excerpt is the end of what the tool prints", () => {
    const shown = /```\n(orders: about[\s\S]*?)```/.exec(readme)?.[1];
    expect(shown).toBeTruthy();
    expect(runCli(['estimate', 'scenarios/java-api-throttled.yaml']).stdout.endsWith(shown!)).toBe(true);
  });
});
