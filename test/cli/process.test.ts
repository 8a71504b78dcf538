// The process as shells and CI see it: output through pipes of any speed, a
// reader that stops early, the code cache, and the same bytes wherever it runs.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/files.js';
import { REPO, runCli } from '../helpers/run-cli.js';

const sh = (script: string) => spawnSync('bash', ['-c', `set -o pipefail; ${script}`], { cwd: REPO, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 30_000 });
const bigSweep = 'node bin/slcost.js breakeven scenarios/growing-api.yaml --points 100000 --format csv';

describe('output through pipes', () => {
  it('a slow reader gets every line of a 3 MB output, in order', () => {
    // The pipe fills long before the reader wakes: writes must wait, not drop or reorder.
    const result = sh(`${bigSweep} | (sleep 0.5; cat) | awk -F, 'NR > 1 && $1 + 0 < prev { bad = 1 } NR > 1 { prev = $1 + 0 } END { print NR, bad + 0 }'`);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe('100001 0');
  });

  it('a reader that stops early (| head) ends the run quietly, with exit code 0', () => {
    const result = spawnSync('bash', ['-c', `${bigSweep} | head -2; echo "status=\${PIPESTATUS[0]}"`], { cwd: REPO, encoding: 'utf8', timeout: 30_000 });
    // CSV rows end in CRLF, as RFC 4180 has them.
    expect(result.stdout).toBe('requests_per_month,serverless_usd,ec2_usd,fargate_usd\r\n10000,0.01,222.29,81.40\r\nstatus=0\n');
    expect(result.stderr).toBe('');
  });

  it.skipIf(!existsSync('/dev/full'))('output that cannot be written (a full disk) is exit 2 saying so, not a bug with a stack trace', () => {
    // Before, ENOSPC from the write was thrown through the command: exit 3, "please report", a stack trace.
    for (const command of ['estimate scenarios/growing-api.yaml', 'diff scenarios/growing-api.yaml scenarios/high-traffic.yaml', 'pricing list', '--help']) {
      const result = spawnSync('bash', ['-c', `node bin/slcost.js ${command} > /dev/full`], { cwd: REPO, encoding: 'utf8', timeout: 30_000 });
      expect(result.status, command).toBe(2);
      expect(result.stderr, command).toBe('slcost: standard output: cannot be written (ENOSPC)\n');
    }
  });
});

describe('the same bytes wherever it runs', () => {
  const environments: Array<Record<string, string>> = [
    { TZ: 'UTC', LANG: 'C', COLUMNS: '80' },
    { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8', COLUMNS: '40' },
    { TZ: 'America/St_Johns', LANG: 'ar_EG.UTF-8', LC_ALL: 'ar_EG.UTF-8', COLUMNS: '200' },
    { TZ: 'Asia/Kolkata', LANG: 'hi_IN.UTF-8', COLUMNS: '' },
  ];
  const commands = [
    ['estimate', '--format', 'json', 'scenarios/growing-api.yaml', 'scenarios/java-api-throttled.yaml', 'scenarios/provisioned-api.yaml'],
    ['breakeven', 'scenarios/growing-api.yaml', '--format', 'json', '--points', '50'],
    ['pricing', 'diff', 'aws-2022-03-24', 'aws-2022-08-01', '--format', 'json'],
  ];
  it.each(commands)('%s: JSON identical across runs, time zones, locales and terminal widths', (...args) => {
    const outputs = environments.map((env) => runCli(args, env));
    const again = runCli(args, environments[0]);
    for (const output of [...outputs, again]) {
      expect(output.status).toBe(0);
      expect(output.stdout).toBe(outputs[0]!.stdout);
    }
    expect(outputs[0]!.stdout.length).toBeGreaterThan(500);
  });
});

describe('start-up', () => {
  it('compiles the bundle from the code cache the build left', () => {
    // A cache V8 refuses (built by another Node, or stale) costs every run ~20 ms without a word: this says so.
    const probe = `const cli = require('./bin/slcost.js'); process.stdout.write(JSON.stringify([require('fs').existsSync(cli.CACHE), cli.loadBundle().script.cachedDataRejected]))`;
    expect(JSON.parse(spawnSync(process.execPath, ['-e', probe], { cwd: REPO, encoding: 'utf8' }).stdout)).toEqual([true, false]);
  });

  it("reads a shipped price table from the build's JSON only while its YAML is byte for byte what the build read", () => {
    // A copy of the CLI whose newest table is then edited: the edit is priced (and checked) as written, never the stale JSON.
    const copy = tempDir();
    cpSync(join(REPO, 'bin'), join(copy, 'bin'), { recursive: true });
    cpSync(join(REPO, 'dist'), join(copy, 'dist'), { recursive: true });
    cpSync(join(REPO, 'pricing'), join(copy, 'pricing'), { recursive: true });
    const table = join(copy, 'pricing', 'aws', '2025-10-08.yaml');
    const shipped = readFileSync(table, 'utf8');
    const run = () =>
      spawnSync(process.execPath, [join(copy, 'bin', 'slcost.js'), 'estimate', '--format', 'json', join(REPO, 'scenarios', 'growing-api.yaml')], { encoding: 'utf8' });
    const requestsUsd = () => JSON.parse(run().stdout).platforms.serverless.line_items.find((item: { id: string }) => item.id === 'lambda.requests').monthly_usd;
    // 9M billed requests (10M less the free 1M) × $0.20 a million = $1.80; at $0.30, $2.70.
    expect(requestsUsd()).toBe('1.80');
    writeFileSync(table, shipped.replace('requests_per_million_usd: "0.20"', 'requests_per_million_usd: "0.30"'));
    expect(requestsUsd()).toBe('2.70');
    writeFileSync(table, shipped.replace('requests_per_million_usd: "0.20"', 'requests_per_million_usd: "-1"'));
    const broken = run();
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/^slcost: \S+2025-10-08\.yaml:23:\d+: .*requests_per_million_usd/);
  });

  it('runs as usual when the code cache does not fit this Node', () => {
    // V8 keys a cache to its version and flags: with another flag it refuses this one, and the bundle is compiled from source.
    const probe = `const cli = require('./bin/slcost.js'); const { script } = cli.loadBundle(); process.on('exit', () => process.stderr.write(String(script.cachedDataRejected)))`;
    const refused = spawnSync(process.execPath, ['--no-lazy-feedback-allocation', '-e', probe], { cwd: REPO, encoding: 'utf8' });
    expect(refused.stderr).toBe('true');
    const run = spawnSync(process.execPath, ['--no-lazy-feedback-allocation', 'bin/slcost.js', 'estimate', '--format', 'json', 'scenarios/growing-api.yaml'], {
      cwd: REPO,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(runCli(['estimate', '--format', 'json', 'scenarios/growing-api.yaml']).stdout);
  });

  it('loads no more of Node than an estimate needs: no streams, no tty, no network, no flag parser', () => {
    // Each of Node's own modules costs start-up time; streams alone cost milliseconds, and a
    // getter (process.stdout) is enough to load them. Listed: what the run loaded past a bare start.
    const loaded = (args: string[]) =>
      spawnSync(process.execPath, [...args], { cwd: REPO, encoding: 'utf8' })
        .stderr.split('\n')
        .filter(Boolean);
    const report = "process.on('exit', () => require('fs').writeSync(2, process.moduleLoadList.join('\\n')))";
    const bare = new Set(loaded(['-e', report]));
    const estimate = loaded(['-e', `${report}; require('./bin/slcost.js').loadBundle().bundle.run(['estimate', 'scenarios/growing-api.yaml'])`]);
    // vm compiles the bundle; nothing else.
    expect(estimate.filter((name) => !bare.has(name))).toEqual(['NativeModule vm']);
  });

  it('says how to build the CLI when it has not been built, with exit code 3', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'bin'));
    for (const name of ['slcost.js', 'package.json']) copyFileSync(join(REPO, 'bin', name), join(dir, 'bin', name));
    const result = spawnSync(process.execPath, [join(dir, 'bin', 'slcost.js'), '--version'], { encoding: 'utf8' });
    expect(result.status).toBe(3);
    expect(result.stderr).toBe('slcost: the CLI is not built yet; run `npm install` (or `npm run build`) in the slcost folder first\n');
    expect(result.stdout).toBe('');
  });
});

describe('estimates written as they are priced', () => {
  it('stitch into the same JSON document that stringifying it whole gives', () => {
    // Each estimate's text is written as soon as it is made; the document around them comes at the end.
    const result = runCli(['estimate', '--format', 'json', 'scenarios/growing-api.yaml', 'no/such.yaml', 'scenarios/websocket-chat.yaml', 'scenarios/provisioned-api.yaml']);
    expect(result.status).toBe(2);
    const document = JSON.parse(result.stdout);
    expect(result.stdout).toBe(`${JSON.stringify(document, null, 2)}\n`);
    expect(document.estimates.map((estimate: { scenario: { file: string } }) => estimate.scenario.file)).toEqual([
      'scenarios/growing-api.yaml',
      'scenarios/websocket-chat.yaml',
      'scenarios/provisioned-api.yaml',
    ]);
    expect(document.errors).toEqual([{ file: 'no/such.yaml', message: expect.stringContaining('no such file') }]);
    expect(document.summary).toMatchObject({ count: 3, error_count: 1 });
  });
});
