// Every shipped scenario's estimate fits the terminal: 50, 80 and 120 columns,
// with and without colour (whose codes take no room).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Command } from 'commander';
import { columnsOf } from '../../src/bin.js';
import { slcostProgram } from '../../src/commands/program.js';
import { visibleWidth } from '../../src/report/prose.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/files.js';

const scenarios = readdirSync('scenarios')
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => `scenarios/${name}`);

const overlong = (text: string, width: number) => text.split('\n').filter((line) => visibleWidth(line) > width);

describe('terminal widths', () => {
  it('ships scenarios to check', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(10);
  });

  it.each([50, 80, 120])('no line of any shipped estimate is wider than %i columns', (width) => {
    const result = runCli(['estimate', ...scenarios], { COLUMNS: String(width) });
    expect(result.stderr).not.toMatch(/^slcost: (?!over budget)/m);
    expect(result.stdout.split('\n').filter((line) => line.includes('  scenarios/'))).toHaveLength(scenarios.length);
    expect(overlong(result.stdout, width)).toEqual([]);
    // A line item's closing aside wraps whole: "Lambda logs ingested (first" then "10K)" read as two things.
    expect(result.stdout.split('\n').filter((line) => /^· .*\((first|over|on)( {2}|$)/.test(line))).toEqual([]);
  });

  it.each([50, 80, 120])('nor in colour, at %i columns', (width) => {
    const result = runCli(['estimate', ...scenarios], { COLUMNS: String(width), NO_COLOR: '', FORCE_COLOR: '1' });
    expect(result.stdout).toContain('\u001b[');
    expect(overlong(result.stdout, width)).toEqual([]);
  });

  it.each([
    ['diff', 'scenarios/high-traffic.yaml', '--pricing-base', 'aws-2021-09-29'],
    ['decide', '--scenario', 'scenarios/high-traffic.yaml', '--answers', 'scenarios/answers/steady-large-platform-team.yaml'],
    ['pricing', 'show', 'aws-2024-02-01'],
    ['pricing', 'diff', 'aws-2022-03-24', 'aws-2022-08-01'],
  ])('%s … fits 50 columns, and 40', (...args) => {
    for (const width of [50, 40]) {
      const result = runCli(args, { COLUMNS: String(width) });
      expect(result.status).toBe(0);
      expect(overlong(result.stdout, width)).toEqual([]);
    }
  });

  // The examples of `pricing import` and `tune` ran to 114 and 84 columns.
  it('every --help, its examples included, fits 80 columns', () => {
    const paths = (command: Command, path: string[] = []): string[][] => [path, ...command.commands.flatMap((sub) => paths(sub, [...path, sub.name()]))];
    const program = slcostProgram({ stdout: () => {}, stderr: () => {}, color: false, columns: 80 }, () => {});
    for (const path of paths(program)) {
      const result = runCli([...path, '--help'], { COLUMNS: '80' });
      expect(result.status).toBe(0);
      expect(overlong(result.stdout, 80)).toEqual([]);
    }
  });

  // Commander left a description unwrapped where its column was under 40 characters: lines of 120 to 400 at 70 columns.
  it.each([50, 70])('at %i columns, every --help wraps its descriptions: no line is wider than its 80-column examples', (width) => {
    const paths = (command: Command, path: string[] = []): string[][] => [path, ...command.commands.flatMap((sub) => paths(sub, [...path, sub.name()]))];
    const program = slcostProgram({ stdout: () => {}, stderr: () => {}, color: false, columns: width }, () => {});
    for (const path of paths(program)) {
      const result = runCli([...path, '--help'], { COLUMNS: String(width) });
      expect(result.status).toBe(0);
      expect(overlong(result.stdout, 80)).toEqual([]);
    }
  });

  it.each(['-5', '1.5', '0', 'abc', '', '1e400', ' '])('COLUMNS=%j is no width: 80 is used, where -5 and 1.5 crashed the tables', (text) => {
    expect(columnsOf(text)).toBe(0);
  });

  it('COLUMNS of a whole number is the width', () => {
    expect([columnsOf('1'), columnsOf('132'), columnsOf('100000'), columnsOf(undefined)]).toEqual([1, 132, 100000, 0]);
  });

  it('an estimate under COLUMNS=-5 is the one under 80 columns', () => {
    const at80 = runCli(['estimate', 'scenarios/order-pipeline.yaml'], { COLUMNS: '80' });
    const result = runCli(['estimate', 'scenarios/order-pipeline.yaml'], { COLUMNS: '-5' });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(at80.stdout);
  });

  // Each said what it wrote and the command to run next on one line: 115 and 81 columns for usage init and pricing import here.
  it('what init, usage init and pricing import wrote, and the command to run next, each fit 80 columns', () => {
    const dir = tempDir();
    const results = [
      runCli(['init', join(dir, 'starter.yaml')]),
      runCli(['usage', 'init', 'scenarios/templates/thumbnail-sam/template.yaml', '-o', join(dir, 'usage.yaml')]),
      runCli(['pricing', 'import', 'test/fixtures/offers/AWSLambda-us-east-1.json', '--region', 'us-east-1', '-o', join(dir, 'prices.yaml')]),
    ];
    expect(results.map((result) => result.status)).toEqual([0, 0, 0]);
    // As the user sees them in the folder that holds the files.
    const shown = results.map((result) => result.stdout.replaceAll(`${dir}/`, '').replaceAll('scenarios/templates/thumbnail-sam/', ''));
    expect(shown).toEqual([
      'wrote starter.yaml\nprice it with: slcost estimate starter.yaml\n',
      'wrote usage.yaml with 1 function and 1 resource\nfill it in, then: slcost estimate template.yaml --usage usage.yaml\n',
      'wrote prices.yaml\nprice with it: slcost estimate FILE --pricing-file prices.yaml\n',
    ]);
    expect(overlong(shown.join(''), 80)).toEqual([]);
  });
});
