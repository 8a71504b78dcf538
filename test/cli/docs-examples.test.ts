// Every command the README and the --help texts show runs and succeeds, so the
// documentation and the tool cannot drift apart.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { slcostProgram } from '../../src/commands/program.js';
import { QUIET_WARNINGS } from '../../src/report/quiet.js';
import { runCli } from '../helpers/run-cli.js';
import { tempFile } from '../helpers/files.js';

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
/** decide without an answers file: it asks its questions on a terminal, which the test is not. */
const asksOnATerminal = (args: readonly string[]) => args[0] === 'decide' && !args.includes('--answers');
/** Those that write to a file (`> report.html`) are left out: the test would leave the file behind; and those that ask on a terminal. */
const readmeCommands = commands(readme, /^npx slcost (.*)$/).filter((args) => !args.includes('>') && !asksOnATerminal(args));

/** Every command and subcommand, as typed after `slcost`. */
const everyCommand = (command: Command, path: string[] = []): string[][] => [path, ...command.commands.flatMap((sub) => everyCommand(sub, [...path, sub.name()]))];
const helps = everyCommand(slcostProgram({ stdout: () => {}, stderr: () => {}, color: false, columns: 80 }, () => {})).map((path) => runCli([...path, '--help']));
/** The examples of every --help that run here as they are: not those that write files, ask on a terminal or need AWS's price list files. */
const helpCommands = commands(helps.map((help) => help.stdout).join('\n'), /^\s+slcost (.*)$/).filter(
  (args) => !/^(init|usage init|pricing import)\b/.test(args.join(' ')) && !args.includes('>') && !asksOnATerminal(args),
);

/**
 * The `npx slcost` lines of docs/*.md that run from the project folder: not those that write files, nor those that read
 * a file an earlier line writes outside it (`/tmp/…`).
 */
const docsCommands = readdirSync('docs')
  .filter((name) => name.endsWith('.md'))
  .flatMap((name) =>
    commands(readFileSync(`docs/${name}`, 'utf8'), /^npx slcost (.*)$/)
      .filter((args) => !args.includes('>') && !args.includes('--output') && !args.some((arg) => arg.startsWith('/')))
      .map((args) => [name, args.join(' '), args] as const),
  );

describe('documented commands', () => {
  it('the README shows the quick start first', () => {
    expect(readme.indexOf('npm install\nnpx slcost estimate scenarios/growing-api.yaml')).toBeGreaterThan(0);
    expect(readme).toContain('npm test');
    expect(readmeCommands.length).toBeGreaterThanOrEqual(6);
  });

  // A diff against a table from before CloudWatch Logs was priced says that its base leaves the log lines out (docs/ci.md);
  // decide's example answers a volume of its own, at which the scenario is priced, as the README says.
  const saidOfTheBase = (stderr: string) =>
    stderr
      .replace(/^slcost: warning \[lambda_logs_not_priced\]: pricing aws-2021-09-29 .*\n/m, '')
      .replace(
        /^slcost: note: scenarios\/high-traffic\.yaml: priced at the answers' 200,000,000 requests a month in place of its own 100,000,000, every request count in proportion\n/m,
        '',
      );

  it.each(readmeCommands.map((args) => [args.join(' '), args]))('README: slcost %s', (_text, args) => {
    const result = runCli(args);
    expect(saidOfTheBase(result.stderr)).toBe('');
    expect(result.status).toBe(0);
  });

  // docs/ci.md's diff lines named scenarios/api.yaml, which the project does not have: exit 2, "no such file". A budget
  // gate may exit 1, as the page says, and a table without log prices says so.
  it.each(docsCommands)('docs/%s: slcost %s', (_name, _text, args) => {
    const result = runCli(args);
    const said = result.stderr.split('\n').filter((line) => line && !/^slcost: (over budget: |warning \[lambda_logs_not_priced\]: )/.test(line));
    expect(said).toEqual([]);
    expect(result.status).toBe(result.stderr.includes('slcost: over budget: ') ? 1 : 0);
  });

  it("docs/ci.md's commands are found: the budget gates, the diff under two tables, the jq recipes' estimates", () => {
    expect(docsCommands.filter(([name]) => name === 'ci.md').length).toBeGreaterThanOrEqual(7);
  });

  it("docs/ci.md's line from $0 is what its diff under two price tables prints", () => {
    // The page said `+$7.47`, which no diff it shows prints.
    const page = readFileSync('docs/ci.md', 'utf8');
    const said = /its change column says `(\+\$[\d.]+)` and its percent column `from \$0`/.exec(page)?.[1];
    expect(said).toBe('+$7.30');
    const printed = runCli(['diff', 'scenarios/growing-api.yaml', '--pricing-base', 'aws-2022-08-01']).stdout;
    const line = printed.split('\n').find((text) => text.startsWith('Public IPv4 addresses'));
    expect(line?.split(/ {2,}/)).toEqual(['Public IPv4 addresses', '$0.00', '$7.30', said, 'from $0']);
  });

  it("the README's copy of slcost --help is what it prints at 80 columns", () => {
    const shown = /```\n(Usage: slcost \[options\] \[command\]\n[\s\S]*?)```/.exec(readme)?.[1];
    expect(shown).toBe(helps[0]!.stdout);
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
    expect(saidOfTheBase(result.stderr)).toBe('');
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

  it('the README and docs/ranges.md outlook charts are what the tool prints', () => {
    const printed = runCli(['estimate', 'scenarios/uncertain-api.yaml']).stdout;
    for (const text of [readme, readFileSync('docs/ranges.md', 'utf8')]) {
      const shown = /```\n(Monthly bill, P50 and the P10 to P90 band[\s\S]*?)```/.exec(text)?.[1];
      expect(shown).toContain('░');
      expect(printed).toContain(shown);
    }
  });

  it('the README example output is what the tool prints', () => {
    const shown = /```\n(Growing product API[\s\S]*?)```/.exec(readme)?.[1];
    expect(shown).toBe(runCli(['estimate', 'scenarios/growing-api.yaml']).stdout);
  });

  it("the README's api.yaml errors are what the tool prints for it", () => {
    const example = /for this\s+`api\.yaml`,\s+```yaml\n([\s\S]*?)```\s+`slcost estimate api\.yaml` prints, and exits 2:\s+```\n([\s\S]*?)```/.exec(readme);
    expect(example).not.toBeNull();
    const file = tempFile(example![1]!, 'api.yaml');
    const result = runCli(['estimate', file]);
    expect(result.status).toBe(2);
    expect(result.stderr.replaceAll(file, 'api.yaml')).toBe(example![2]);
  });

  it("the README's command-line mistakes are what the tool prints for them", () => {
    const shown = /with the nearest right word when there is one:\n\n```\n([\s\S]*?)```/.exec(readme)?.[1];
    const printed = [
      ['--formt', 'json'],
      ['-f', 'xml'],
    ]
      .map((flag) => runCli(['estimate', 'scenarios/growing-api.yaml', ...flag]))
      .map((result) => result.stderr);
    expect(printed.join('')).toBe(shown);
  });

  it('the README shows pricing list as it prints: a row per version with what changed in it, then the default', () => {
    const listed = runCli(['pricing', 'list']).stdout;
    expect(listed).toMatch(/^Version +Provider +Effective +Sources +Regions\n/);
    expect(listed).toMatch(/\nThe newest, aws-\d{4}-\d{2}-\d{2}, is the default\.\n$/);
    // What changed in each version, under its row: the 2024-09-06 version's Fargate Spot on arm64.
    expect(listed).toMatch(/\naws-2024-09-06 [^\n]*\n(?: {38}[^\n]*\n)* {2}Fargate Spot on arm64 as well as x86_64/);
    expect(readme).toContain(
      'its id, its\nprovider, the day it takes effect, how many sources it cites and the regions\nit prices (more than two are counted in the row and named under it,',
    );
  });

  it('the README names every warning --quiet keeps, and no other', () => {
    // cost_bomb_unchecked and init_not_priced were kept by --quiet but missing from the README's list.
    const list = /With\s+`--quiet` the warnings kept are those about limits and a bill that may be\s+wrong:([\s\S]*?); advice/.exec(readme)?.[1];
    expect(list).toBeDefined();
    const named = [...list!.matchAll(/`([a-z0-9_]+)`/g)].map((match) => match[1]);
    expect(named.sort()).toEqual([...QUIET_WARNINGS].sort());
  });

  it('the README names every inquirer prompt decide loads, and counts them', () => {
    // It named three, confirm, number and select, where decide asks the monthly requests with input too.
    const exported = /export \{ ([\w, ]+) \} from '@inquirer\/prompts'/.exec(readFileSync('src/prompt/inquirer.ts', 'utf8'))![1]!.split(', ');
    const sentence = /and (\w+) of\s+inquirer's prompts \(([^;]*);/.exec(readme);
    expect(sentence).not.toBeNull();
    expect([...sentence![2]!.matchAll(/`(\w+)`/g)].map((match) => match[1])).toEqual(exported);
    expect(sentence![1]).toBe(['none', 'one', 'two', 'three', 'four', 'five'][exported.length]);
  });

  it("the README's cold-start excerpt is the end of what the tool prints", () => {
    const shown = /```\n(orders: about[\s\S]*?)```/.exec(readme)?.[1];
    expect(shown).toBeTruthy();
    expect(runCli(['estimate', 'scenarios/java-api-throttled.yaml']).stdout.endsWith(shown!)).toBe(true);
  });

  it("docs/cold-starts.md's warning of a worst month no limit holds is what the estimate it names prints", () => {
    // Its lines were broken where the older, longer wording ('if its event source invoked') broke them.
    const example = /\(`slcost estimate (\S+)` at 80 columns\):\n\n```\n([\s\S]*?)```/.exec(readFileSync('docs/cold-starts.md', 'utf8'));
    expect(example?.[2]).toMatch(/^warning \[cost_bomb\]: /);
    expect(runCli(['estimate', example![1]!], { COLUMNS: '80' }).stdout).toContain(example![2]);
  });
});

describe('the files the examples write in the project folder', () => {
  // `> report.html`, `slcost init my-api.yaml` and `usage init`'s usage.yaml, run as the README shows them, made
  // `npm test` fail at its Prettier check (`prettier --check .`) before a test ran.
  const texts = [
    readme,
    ...readdirSync('docs')
      .filter((name) => name.endsWith('.md'))
      .map((name) => readFileSync(`docs/${name}`, 'utf8')),
    ...helps.map((help) => help.stdout),
  ];
  const written = new Set(['usage.yaml', 'prices-us-east-1.yaml', 'my-workload.yaml']);
  for (const text of texts) {
    for (const match of text.matchAll(/(?:> |--output |slcost init )([\w.-]+\.(?:html|yaml|json))\b/g)) written.add(match[1]!);
    // A command's own default file, as `slcost init` with no name writes scenario.yaml: it was left for Prettier to check.
    for (const match of text.matchAll(/\(default: "([\w.-]+\.(?:html|yaml|json))"\)/g)) written.add(match[1]!);
  }

  it('are found: a report, a starter scenario, a usage file, a schema, a JSON output', () => {
    expect([...written].sort()).toEqual(
      expect.arrayContaining(['cost.json', 'my-api.yaml', 'my-usage.yaml', 'my-workload.yaml', 'report.html', 'scenario.schema.json', 'scenario.yaml', 'usage.yaml']),
    );
  });

  it.each([...written])('%s is ignored by git and by Prettier', async (name) => {
    const prettier = await import('prettier');
    expect((await prettier.getFileInfo(name, { ignorePath: ['.gitignore', '.prettierignore'] })).ignored).toBe(true);
  });
});

describe("the README's scenario file example", () => {
  it('estimates as written', () => {
    // It pinned aws-2022-08-01 beside a function's logs: block, which that table cannot price (exit 2).
    const block = /## Scenario files[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toMatch(/^name: /);
    const result = runCli(['estimate', tempFile(block!), '--quiet']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe("the README's services example", () => {
  it('estimates as the facts file prices each service, to the cent', () => {
    const block = /## The services around the functions[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const file = tempFile(`name: whole bill\ntraffic: { requests_per_month: 10000000 }\n${block}`);
    const result = runCli(['estimate', file, '--format', 'json']);
    expect(result.status).toBe(0);
    const serverless = JSON.parse(result.stdout).platforms.serverless as { services: { id: string; monthly_usd: string }[] };
    expect(Object.fromEntries(serverless.services.map((service) => [service.id, service.monthly_usd]))).toEqual({
      // 10M requests − 1M free × $0.20/M; 10M × 0.12 s × 0.5 GB − 400,000 free = 200,000 GB-s × $0.0000166667
      lambda: '5.13',
      // 10M × (264 + 400) B = 6.64 GB at $0.50 (the stated logs took the 5 GB free); 6.64 × 0.15 × 30 ÷ (365/12) = 0.98 GB-months at $0.03
      'lambda-logs': '3.35',
      // 3M WRU × $0.625/M = $1.88; 8M RRU × $0.125/M = $1.00; (230 − 25) GB × $0.25 = $51.25
      dynamodb: '54.13',
      // 500 GB × $0.023 = $11.50; 1M PUT × $0.005/1K = $5.00; 10M GET × $0.0004/1K = $4.00
      s3: '20.50',
      // 1M × 2 chunks of 64 KB − 1M free = 1M × $0.40/M
      sqs: '0.40',
      // publishes inside the free million; (2M − 100K) HTTP × $0.60/M = $1.14; 1,000 emails free
      sns: '1.14',
      // (1M − 4,000) transitions × $0.025/1K = $24.90; Infracost's Express golden $100.00 + $60.01 + $119.95 + $405.27
      'step-functions': '710.13',
      // 2M events × $1.00/M
      eventbridge: '2.00',
      // 730 h × $0.04 = $29.20; 0.2 GB in × $0.08 = $0.02; 0.2 GB out × $0.04 = $0.01
      kinesis: '29.23',
      // (1,000 − 5) GB × $0.50 = $497.50; (500 − 5) GB-months × $0.03 = $14.85
      'cloudwatch-logs': '512.35',
      // 730 h × $0.045 = $32.85; 100 GB × $0.045 = $4.50
      'nat-gateway': '37.35',
      // 57,000 − 100 free: 10,240 × $0.09 + 40,960 × $0.085 + 5,700 × $0.07 = $4,802.20
      'data-transfer': '4802.20',
    });
  });

  it('names one unit one way on every service: GB-seconds and GB-months, as Lambda and its logs do', () => {
    // Step Functions Express billed "GB-second" under Lambda's "GB-seconds", and S3 and DynamoDB "GB-month" beside the logs' "GB-months".
    const block = /## The services around the functions[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)![1]!;
    const json = JSON.parse(runCli(['estimate', tempFile(`name: whole bill\ntraffic: { requests_per_month: 10000000 }\n${block}`), '--format', 'json']).stdout);
    const units = Object.fromEntries((json.platforms.serverless.line_items as { id: string; unit: string }[]).map((item) => [item.id, item.unit]));
    expect(units).toMatchObject({
      'lambda.duration.x86_64.tier-1': 'GB-seconds',
      'step-functions.express.duration.tier-1': 'GB-seconds',
      'lambda-logs.storage': 'GB-months',
      'dynamodb.storage': 'GB-months',
      's3.storage.tier-1': 'GB-months',
    });
    expect(Object.values(units).filter((unit) => /^GB-(second|month)$/.test(unit))).toEqual([]);
  });
});

describe("the service pages' and docs/providers.md's scenario keys", () => {
  // A block of keys names the alternatives to a key in comments, so that it estimates as written: the SQS, Kinesis and
  // data transfer pages gave both a figure and what it derives from, and docs/providers.md Flex's keys beside the
  // Consumption plan, each of them refused. Left out: a block with a part elided (`# ...`) or a file it does not ship.
  const pages = [...readdirSync('docs/services').map((name) => `docs/services/${name}`), 'docs/providers.md'];
  const blocks = pages.flatMap((page) =>
    [...readFileSync(page, 'utf8').matchAll(/^```yaml\n((?:services|lambda):\n[\s\S]*?)^```/gm)]
      .map((match) => match[1]!)
      .filter((block) => !block.includes('# ...') && !block.includes('definition_file:'))
      .map((block) => [page, block] as const),
  );

  it('are found: a block on nine pages', () => {
    expect(new Set(blocks.map(([page]) => page)).size).toBeGreaterThanOrEqual(9);
  });

  it.each(blocks)('%s estimates as written', (_page, block) => {
    const functions = block.startsWith('lambda:') ? '' : 'lambda:\n  functions:\n    - { name: api, memory_mb: 512, duration_ms: 100 }\n';
    const result = runCli(['estimate', tempFile(`name: keys\ntraffic: { requests_per_month: 10000000 }\n${functions}${block}`), '--quiet']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
