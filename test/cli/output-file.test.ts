// estimate --output FILE: the report goes to the file, in any format, and nothing to standard output.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/files.js';
import { runCli } from '../helpers/run-cli.js';

describe('slcost estimate --output', () => {
  it.each(['table', 'json', 'markdown', 'csv', 'html'])('writes the %s report to the file, as standard output would have it', (format) => {
    const file = join(tempDir(), `report.${format}`);
    writeFileSync(file, 'an older report, replaced');
    const written = runCli(['estimate', 'scenarios/growing-api.yaml', '--format', format, '--output', file]);
    expect(written.status).toBe(0);
    expect(written.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(runCli(['estimate', 'scenarios/growing-api.yaml', '--format', format]).stdout);
  });

  it('writes no colour into the file, even where FORCE_COLOR colours standard output (as CI jobs set it)', () => {
    const file = join(tempDir(), 'report.txt');
    const coloured = { NO_COLOR: '', FORCE_COLOR: '1' };
    expect(runCli(['estimate', 'scenarios/growing-api.yaml'], coloured).stdout).toContain('\u001b[');
    expect(runCli(['estimate', 'scenarios/growing-api.yaml', '--output', file], coloured).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(runCli(['estimate', 'scenarios/growing-api.yaml']).stdout);
  });

  it.each([
    ['the scenario it prices', (scenario: string) => ['estimate', scenario, '-o', scenario]],
    ['the scenario by another path', (scenario: string) => ['estimate', scenario, '-o', join(scenario, '..', '.', 'api.yaml')]],
    ['a link to the scenario', (scenario: string) => (symlinkSync(scenario, join(scenario, '..', 'link.yaml')), ['estimate', scenario, '-o', join(scenario, '..', 'link.yaml')])],
    ['the second of two scenarios', (scenario: string) => ['estimate', 'scenarios/growing-api.yaml', scenario, '-o', scenario]],
    ['its --pricing-file', (scenario: string) => ['estimate', 'scenarios/growing-api.yaml', '--pricing-file', scenario, '-o', scenario]],
  ])('refuses to write the report over %s, which it would lose', (_what, args) => {
    const scenario = join(tempDir(), 'api.yaml');
    const text = readFileSync('scenarios/growing-api.yaml', 'utf8');
    writeFileSync(scenario, text);
    const result = runCli(args(scenario));
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^slcost: .*: is a file this run reads; --output would replace it with the report: choose another name\n$/);
    expect(readFileSync(scenario, 'utf8')).toBe(text);
  });

  it("refuses to write the report over a file the run finds it reads: a state machine's definition_file was replaced with it", () => {
    const folder = tempDir();
    const definition = join(folder, 'flow.asl.json');
    const text = readFileSync('scenarios/state-machines/order-processing.asl.json', 'utf8');
    writeFileSync(definition, text);
    const scenario = join(folder, 'saga.yaml');
    writeFileSync(scenario, readFileSync('scenarios/order-saga-standard.yaml', 'utf8').replaceAll('state-machines/order-processing.asl.json', 'flow.asl.json'));
    expect(runCli(['estimate', scenario]).status).toBe(0);
    const result = runCli(['estimate', scenario, '-o', definition]);
    expect([result.status, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toBe(`slcost: ${definition}: is a file this run reads; --output would replace it with the report: choose another name\n`);
    expect(readFileSync(definition, 'utf8')).toBe(text);
  });

  it('refuses to write over the file standard input is redirected from: `estimate - -o api.yaml < api.yaml` replaced the scenario', () => {
    const folder = tempDir();
    const scenario = join(folder, 'api.yaml');
    const text = readFileSync('scenarios/growing-api.yaml', 'utf8');
    writeFileSync(scenario, text);
    const fromFile = (args: string[]) => {
      const fd = openSync(scenario, 'r');
      try {
        return spawnSync(process.execPath, ['bin/slcost.js', ...args], { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      } finally {
        closeSync(fd);
      }
    };
    for (const output of [scenario, '/dev/stdin']) {
      const result = fromFile(['estimate', '-', '-o', output]);
      expect([result.status, result.stdout, result.stderr]).toEqual([
        2,
        '',
        `slcost: ${output}: is a file this run reads; --output would replace it with the report: choose another name\n`,
      ]);
    }
    expect(fromFile(['usage', 'init', '-', '-o', scenario, '--force']).status).toBe(2);
    expect(readFileSync(scenario, 'utf8')).toBe(text);
    // Another file is written as before.
    expect(fromFile(['estimate', '-', '-o', join(folder, 'report.txt')]).status).toBe(0);
  });

  it('usage init refuses to write over the template it reads, --force or not', () => {
    const template = join(tempDir(), 'template.yaml');
    const text = readFileSync('scenarios/templates/thumbnail-sam/template.yaml', 'utf8');
    writeFileSync(template, text);
    const result = runCli(['usage', 'init', template, '-o', template, '--force']);
    expect([result.status, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toBe(
      `slcost: ${template}: is a file this reads (the template, or a file it names); --output would replace it with the usage file: choose another name\n`,
    );
    expect(readFileSync(template, 'utf8')).toBe(text);
  });

  it('says what is wrong with an output or an input whose path runs through a file, once, not as an internal error', () => {
    // A file in a folder's place cannot be statted (ENOTDIR): the check against the inputs threw it, exit 3 with a stack.
    const output = runCli(['estimate', 'scenarios/growing-api.yaml', '-o', 'package.json/out']);
    expect([output.status, output.stdout, output.stderr]).toEqual([2, '', 'slcost: package.json/out: cannot be written: a part of its path that should be a folder is a file\n']);
    const input = runCli(['estimate', 'package.json/x', '-o', join(tempDir(), 'out.txt')]);
    expect([input.status, input.stdout, input.stderr]).toEqual([2, '', 'slcost: package.json/x: cannot read the file: a part of its path that should be a folder is a file\n']);
  });

  it('writes no file when nothing was priced, and says why on standard error', () => {
    const file = join(tempDir(), 'report.html');
    const result = runCli(['estimate', 'missing.yaml', '--format', 'html', '-o', file]);
    expect(result.status).toBe(2);
    expect(existsSync(file)).toBe(false);
    expect(result.stderr).toContain('missing.yaml');
  });

  it('is a user error, exit 2, where the file cannot be written', () => {
    const result = runCli(['estimate', 'scenarios/growing-api.yaml', '-o', join(tempDir(), 'no-such-folder', 'report.html')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/report\.html: cannot be written: the folder it would go in does not exist/);
  });
});
