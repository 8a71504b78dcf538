// Every command the README and the --help texts show runs and succeeds, so the
// documentation and the tool cannot drift apart.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { slcostProgram } from '../../src/commands/program.js';
import { runCli } from '../helpers/run-cli.js';

/** `slcost …` command lines in a text, without comments or pipes, with `scenarios/*.yaml` expanded as a shell would. */
function commands(text: string, prefix: RegExp): string[][] {
  const scenarios = readdirSync('scenarios')
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => `scenarios/${name}`);
  return text
    .replace(/ \\\n\s*/g, ' ')
    .split('\n')
    .map((line) => prefix.exec(line)?.[1])
    .filter((rest): rest is string => rest !== undefined && !rest.includes('FILE'))
    .map((rest) => rest.replace(/#.*$/, '').split('|')[0]!.trim())
    .map((rest) => rest.split(/\s+/).flatMap((word) => (word === 'scenarios/*.yaml' ? scenarios : [word])));
}

const readme = readFileSync('README.md', 'utf8');
const readmeCommands = commands(readme, /^npx slcost (.*)$/);

/** Every command and subcommand, as typed after `slcost`. */
const everyCommand = (command: Command, path: string[] = []): string[][] => [path, ...command.commands.flatMap((sub) => everyCommand(sub, [...path, sub.name()]))];
const helps = everyCommand(slcostProgram({ stdout: () => {}, stderr: () => {}, color: false, columns: 80 }, () => {})).map((path) => runCli([...path, '--help']));
/** The examples of every --help that run here as they are: not those that write files, ask on a terminal or need AWS's price list files. */
const helpCommands = commands(helps.map((help) => help.stdout).join('\n'), /^\s+slcost (.*)$/).filter(
  (args) => !/^(init|usage init|pricing import)\b/.test(args.join(' ')) && !args.includes('>') && !(args[0] === 'decide' && !args.includes('--answers')),
);

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

  it('every command has a --help with an example', () => {
    expect(helps.length).toBeGreaterThanOrEqual(15);
    for (const help of helps) {
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(/^Usage: slcost /);
      expect(help.stdout).toMatch(/\nExamples:\n {2}slcost /);
    }
    expect(helpCommands.length).toBeGreaterThanOrEqual(15);
  });

  it('the README shows the help as the tool prints it', () => {
    expect(readme).toContain(`\`\`\`\n${runCli(['--help']).stdout}\`\`\``);
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
    expect(result.stdout).toBe('625.11\n');
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
