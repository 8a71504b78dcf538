// slcost decide in-process (through the command line) with injected answers,
// as a separate process from a file, and in a real pseudo-terminal with arrow
// keys and Enter.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { QUESTIONS, type Question } from '../../src/decide/decision-tree.js';
import { numberHint, requestsAnswer, wrapWords } from '../../src/prompt/ask.js';
import { scenarioAnswered } from '../../src/commands/decide.js';
import { tempDir, tempFile } from '../helpers/files.js';
import { REPO, runCli } from '../helpers/run-cli.js';

function io(replies: Record<string, unknown>, asked: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      stdout: (text: string) => out.push(text),
      stderr: (text: string) => err.push(text),
      color: false,
      columns: 80,
      interactive: true,
      ask: async (question: Question) => {
        asked.push(question.id);
        if (!(question.id in replies)) throw new Error(`unexpected question ${question.id}`);
        return replies[question.id] as never;
      },
    },
  };
}

describe('slcost decide with an answers file that leaves out the caveat questions', () => {
  it('still recommends, and marks each caveat question as not asked', () => {
    const text = readFileSync('scenarios/answers/spiky-api.yaml', 'utf8').replace(/^(uses_relational_database|aws_committed|stateful_workflows):.*$/gm, '');
    const result = runCli(['decide', '--answers', tempFile(text, 'answers.yaml'), '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const decision = JSON.parse(result.stdout) as { recommendation: string; path: { question: string; answer: unknown }[] };
    expect(decision.recommendation).toBe('serverless');
    expect(decision.path.filter((step) => step.answer === null).map((step) => step.question)).toEqual(['stateful_workflows', 'uses_relational_database', 'aws_committed']);
    const table = runCli(['decide', '--answers', tempFile(text, 'answers.yaml')]);
    expect(table.stdout).toContain('not asked');
  });

  it('still refuses a file that leaves out a question the recommendation depends on', () => {
    const result = runCli(['decide', '--answers', tempFile('needs_gpu: false\n', 'answers.yaml')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/the answers do not say max_execution_minutes/);
  });
});

describe('slcost decide in-process', () => {
  it.each(readdirSync('scenarios').filter((name) => name.endsWith('.yaml')))(
    'asks what scenarios/%s leaves open, then the caveats, and recommends (each question answered with its default)',
    async (name) => {
      const asked: Question[] = [];
      const out: string[] = [];
      const err: string[] = [];
      const io = {
        stdout: (text: string) => out.push(text),
        stderr: (text: string) => err.push(text),
        color: false,
        columns: 80,
        interactive: true,
        ask: async (question: Question) => {
          asked.push(question);
          return question.default as never;
        },
      };
      const code = await main(['decide', '--scenario', `scenarios/${name}`], io);
      // A scenario of ranges is priced at its medians, and one that compares providers is priced on Lambda alone: the
      // notes say so; nothing else is said.
      const said = name.startsWith('uncertain-')
        ? /^slcost: note: scenarios\/uncertain-[a-z]+\.yaml: .* priced here at (its|their) medians?.*\n$/
        : name === 'multi-cloud-api.yaml'
          ? /^slcost: note: scenarios\/multi-cloud-api\.yaml: its compare: \(gcp, azure, cloudflare\) is not priced by slcost decide;.*\n$/
          : /^$/;
      // Before the first question, after the notes on how it was priced, what the scenario answered.
      const answered = err.at(-1)!.replace(/\n {2}/g, ' ');
      expect(answered).toMatch(new RegExp(`^slcost: note: scenarios/${name.replace('.', '\\.')} answers the longest run \\(.*; the questions it leaves open follow\n$`));
      expect(err.slice(0, -1).join('')).toMatch(said);
      expect(code).toBe(0);
      expect(out.join('')).toMatch(/^Recommendation: /m);
      // The questions come in the tree's order: whatever a scenario answers, a decide-stage question is never skipped for a caveat.
      const stages = asked.map((question) => question.stage);
      expect(stages).toEqual([...stages].sort((a, b) => (a === b ? 0 : a === 'decide' ? -1 : 1)));
    },
  );

  it('asks only the questions on the path, one at a time, and prints the recommendation', async () => {
    const asked: string[] = [];
    const run = io(
      {
        max_execution_minutes: 0.2,
        needs_gpu: false,
        memory_gb: 0.5,
        needs_sub_10ms_latency: false,
        persistent_connections: true,
        stateful_workflows: false,
        uses_relational_database: false,
        aws_committed: true,
      },
      asked,
    );
    expect(await main(['decide', '--format', 'json'], run.io)).toBe(0);
    expect(asked).toEqual([
      'max_execution_minutes',
      'needs_gpu',
      'memory_gb',
      'needs_sub_10ms_latency',
      'persistent_connections',
      'stateful_workflows',
      'uses_relational_database',
      'aws_committed',
    ]);
    const document = JSON.parse(run.out.join(''));
    expect(document.recommendation).toBe('hybrid');
    expect(document.path).toHaveLength(8);
    expect(document.path[4]).toEqual({
      question: 'persistent_connections',
      prompt: 'Does it hold long-lived connections (WebSockets, streaming, chat)?',
      answer: true,
      implies: 'long-lived connections',
    });
  });

  it('takes volume, traffic, duration and memory from a scenario and prices it', async () => {
    const asked: string[] = [];
    const run = io({ needs_gpu: false, needs_sub_10ms_latency: false, persistent_connections: false, engineering_time_more_valuable: false }, asked);
    expect(await main(['decide', '--scenario', 'scenarios/high-traffic.yaml', '--format', 'json'], run.io)).toBe(0);
    expect(asked).toEqual(['needs_gpu', 'needs_sub_10ms_latency', 'persistent_connections', 'engineering_time_more_valuable']);
    const document = JSON.parse(run.out.join(''));
    expect(document.recommendation).toBe('containers');
    expect(document.costs).toEqual({ scenario: 'scenarios/high-traffic.yaml', cheapest: 'ec2', monthly_usd: { serverless: '625.11', ec2: '231.18' } });
  });

  it('with a scenario whose containers cost less below 50M requests, does not call its volume high', async () => {
    // The queue worker's 10M jobs a month: Fargate $40.44 against serverless $65.22, the rule of thumb overridden.
    const run = io({ needs_gpu: false, needs_sub_10ms_latency: false, persistent_connections: false, engineering_time_more_valuable: false });
    expect(await main(['decide', '--scenario', 'scenarios/queue-worker.yaml', '--format', 'json'], run.io)).toBe(0);
    const document = JSON.parse(run.out.join(''));
    expect(document.recommendation).toBe('containers');
    expect(document.reasons).toContain('Steady load at this volume is cheaper on containers with committed (reserved or Savings Plan) pricing.');
    expect(document.reasons.join(' ')).not.toMatch(/high volume/);
  });

  it('with a scenario, asks whether engineers’ time is worth more than the cost difference it knows', async () => {
    const prompts: string[] = [];
    const run = io({ needs_gpu: false, needs_sub_10ms_latency: false, persistent_connections: false, engineering_time_more_valuable: false });
    const ask = run.io.ask;
    run.io.ask = async (question: Question) => {
      prompts.push(question.prompt);
      return ask(question);
    };
    expect(await main(['decide', '--scenario', 'scenarios/high-traffic.yaml', '--format', 'json'], run.io)).toBe(0);
    // Serverless $625.11 − EC2 $231.18 = $393.93, the totals estimate prints.
    const asked = 'EC2 would cost $393.93 a month less than serverless ($231.18 against $625.11). Is your engineers’ time worth more than $393.93 a month?';
    expect(prompts.at(-1)).toBe(asked);
    const document = JSON.parse(run.out.join(''));
    expect(document.path.find((step: { question: string }) => step.question === 'engineering_time_more_valuable').prompt).toBe(asked);
    expect(run.out.join('')).not.toContain('slcost init');
  });

  it('puts each step’s arrow under its question, the tenth and eleventh as well', async () => {
    const run = io({
      max_execution_minutes: 2,
      needs_gpu: false,
      memory_gb: 1,
      needs_sub_10ms_latency: false,
      persistent_connections: false,
      traffic_pattern: 'steady',
      requests_per_month: 80_000_000,
      engineering_time_more_valuable: true,
      stateful_workflows: false,
      uses_relational_database: false,
      aws_committed: true,
    });
    expect(await main(['decide'], run.io)).toBe(0);
    const lines = run.out.join('').split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        '  9. Does it run complex, long-running stateful workflows? no',
        '     → no complex workflow state',
        '  10. Does it talk to a relational database (PostgreSQL, MySQL)? no',
        '      → no relational connections to pool',
        '  11. Are you committed to AWS already? yes',
        '      → Lambda is a natural extension',
      ]),
    );
  });

  it('without a scenario, ends with the next step: a starter scenario, then its estimate', async () => {
    const table = runCli(['decide', '--answers', 'scenarios/answers/chat-app.yaml']);
    expect(table.status).toBe(0);
    expect(
      table.stdout.endsWith(
        '\nNext: price your own workload: slcost init my-workload.yaml writes a starter\n  scenario; fill in its figures, then slcost estimate my-workload.yaml (and\n  slcost decide --scenario my-workload.yaml to decide with its costs).\n',
      ),
    ).toBe(true);
    expect(runCli(['decide', '--answers', 'scenarios/answers/chat-app.yaml', '--format', 'markdown']).stdout).toContain(
      'Next: price your own workload: `slcost init my-workload.yaml` writes a starter scenario; fill in its figures, then `slcost estimate my-workload.yaml`',
    );
    const withScenario = runCli(['decide', '--scenario', 'scenarios/high-traffic.yaml', '--answers', 'scenarios/answers/steady-large-platform-team.yaml']);
    expect(withScenario.stdout).not.toContain('Next:');
  });

  it("names no next step when a limit ruled Lambda out: the starter's functions could not be given that run or memory", () => {
    // A 20-minute job was told to write a starter scenario and decide with its costs, where slcost refuses a
    // function's run past 15 minutes and its memory past 10 GB, and prices no GPU instance.
    for (const [file, recommendation] of [
      ['long-batch-job', 'containers'],
      ['big-memory', 'containers'],
      ['gpu-inference', 'vm'],
    ]) {
      for (const format of ['table', 'markdown']) {
        const result = runCli(['decide', '--answers', `scenarios/answers/${file}.yaml`, '--format', format]);
        expect(result.status).toBe(0);
        expect(result.stdout).toContain(recommendation);
        expect(result.stdout).not.toContain('Next:');
        expect(result.stdout).not.toContain('slcost init');
      }
    }
    expect(runCli(['decide', '--answers', 'scenarios/answers/trading-api.yaml']).stdout).toContain('Next: price your own workload');
  });

  /** What scenarios/growing-api.yaml leaves open, answered for a serverless recommendation. */
  const GROWING_API_LEFT_OPEN = {
    needs_gpu: false,
    needs_sub_10ms_latency: false,
    persistent_connections: false,
    stateful_workflows: false,
    uses_relational_database: false,
    aws_committed: true,
  };

  it("shows a scenario's longest run of 200 ms as 0.0033 minutes, not 0", async () => {
    const run = io(GROWING_API_LEFT_OPEN);
    expect(await main(['decide', '--scenario', 'scenarios/growing-api.yaml'], run.io)).toBe(0);
    expect(run.out.join('')).toContain('1. How long does the longest single run take, in minutes? 0.0033\n');
  });

  it('sets the recommendation apart from the last question asked by a blank line; not where nothing was asked', async () => {
    const run = io(GROWING_API_LEFT_OPEN);
    expect(await main(['decide', '--scenario', 'scenarios/growing-api.yaml'], run.io)).toBe(0);
    expect(run.out.join('')).toMatch(/^\nRecommendation: /);
    expect(runCli(['decide', '--answers', 'scenarios/answers/chat-app.yaml']).stdout).toMatch(/^Recommendation: /);
    const json = io(GROWING_API_LEFT_OPEN);
    expect(await main(['decide', '--scenario', 'scenarios/growing-api.yaml', '--format', 'json'], json.io)).toBe(0);
    expect(json.out.join('')).toMatch(/^\{/);
  });

  it('shows an answer just past a limit with the digits that put it past, not rounded onto the limit ("15 → over the 15-minute limit")', () => {
    const answers = tempFile('max_execution_minutes: 15.0000001\nmemory_gb: 10.004\nneeds_gpu: false\n', 'answers.yaml');
    const out = runCli(['decide', '--answers', answers]).stdout;
    expect(out).toContain('in minutes? 15.0000001\n');
    const json = tempFile('max_execution_minutes: 1\nneeds_gpu: false\nmemory_gb: 10.004\n', 'answers.yaml');
    expect(runCli(['decide', '--answers', json, '--format', 'markdown']).stdout).toContain('| 10.004 | more memory than a Lambda function can have |');
  });

  it('shows a run under a millionth of a minute as under 0.000001, not hundreds of zeros', async () => {
    const run = io(GROWING_API_LEFT_OPEN);
    const scenario = tempFile('name: t\ntraffic: { requests_per_month: 1000 }\nlambda:\n  functions:\n    - { name: a, memory_mb: 128, duration_ms: 1e-300 }\n', 'tiny.yaml');
    expect(await main(['decide', '--scenario', scenario], run.io)).toBe(0);
    expect(run.out.join('')).toContain('1. How long does the longest single run take, in minutes? under 0.000001\n');
  });

  it('leaves cleanly on Ctrl-C: exit 130, one line that says so, nothing on standard output', async () => {
    const cancel = Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' });
    const run = io({});
    run.io.ask = async () => {
      throw cancel;
    };
    expect(await main(['decide'], run.io)).toBe(130);
    expect(run.out).toEqual([]);
    expect(run.err).toEqual(['slcost: cancelled\n']);
  });
});

describe('questions on a terminal', () => {
  it('wrap between words to the terminal width, as inquirer (which breaks within a word) does not', () => {
    for (const columns of [40, 80]) {
      for (const question of QUESTIONS) {
        const lines = wrapWords(question.hint, columns);
        expect(lines.join(' ')).toBe(question.hint);
        for (const line of lines) expect(2 + line.length).toBeLessThanOrEqual(columns);
      }
    }
    expect(wrapWords('Lambda stops any invocation at 15 minutes; longer work needs a process that keeps running.', 80)).toEqual([
      'Lambda stops any invocation at 15 minutes; longer work needs a process that',
      'keeps running.',
    ]);
  });

  it('take a count of requests as breakeven takes --from: whole, worked out in decimal, 1.5 refused rather than rounded', () => {
    const question = QUESTIONS.find((one) => one.id === 'requests_per_month') as Extract<Question, { kind: 'number' }>;
    expect(['50000000', '5e7', '50M', '1.5B', '0.067B', '0'].map((typed) => requestsAnswer(typed, question))).toEqual([
      50_000_000, 50_000_000, 50_000_000, 1_500_000_000, 67_000_000, 0,
    ]);
    // 1.5 was taken as 2 requests a month, without a word. 0.067B is whole, where a double makes it 67,000,000.00000001.
    for (const typed of ['1.5', '2.5005K', 'lots', '-1']) expect(requestsAnswer(typed, question)).toBeNull();
  });

  it("name what a scenario answered, in the path's words, units and digits", () => {
    expect(scenarioAnswered({ max_execution_minutes: 0.005, memory_gb: 1, traffic_pattern: 'steady', requests_per_month: 100_000_000 })).toBe(
      'the longest run (0.005 minutes), the memory (1 GB), the traffic (steady) and the volume (100,000,000 requests a month); the questions it leaves open follow',
    );
    // A run of 200 ms was 0.0033333333333333335 minutes, where the path says 0.0033.
    expect(scenarioAnswered({ max_execution_minutes: 200 / 60_000, memory_gb: 0.5 })).toBe(
      'the longest run (0.0033 minutes) and the memory (0.5 GB); the questions it leaves open follow',
    );
  });

  it('say what to type for minutes and GB out of range, in the units asked, grouped', () => {
    const minutes = QUESTIONS.find((one) => one.id === 'max_execution_minutes') as Extract<Question, { kind: 'number' }>;
    // inquirer's number prompt given a min and a max refused -3 as "Value must be between 0 and 100000", naming no unit.
    expect(numberHint(minutes)).toBe('Type a number of minutes from 0 to 100,000, such as 0.5 or 2');
    const memory = QUESTIONS.find((one) => one.id === 'memory_gb') as Extract<Question, { kind: 'number' }>;
    expect(numberHint(memory)).toBe('Type a number of GB from 0 to 24,576, such as 0.5 or 2');
  });
});

describe('slcost decide --save-answers', () => {
  const replies = {
    needs_gpu: false,
    needs_sub_10ms_latency: false,
    persistent_connections: false,
    engineering_time_more_valuable: true,
    stateful_workflows: true,
    uses_relational_database: false,
    aws_committed: true,
  };

  it('keeps what was asked, in the order asked, and --answers with the scenario gives the same recommendation again', async () => {
    const saved = join(tempDir(), 'answers.yaml');
    const asked: string[] = [];
    const run = io(replies, asked);
    expect(await main(['decide', '--scenario', 'scenarios/high-traffic.yaml', '--format', 'json', '--save-answers', saved], run.io)).toBe(0);
    const text = readFileSync(saved, 'utf8');
    // The scenario's four answers (volume, traffic, longest run, memory) stay the scenario's; the file says so.
    expect(Object.entries(parse(text) as object)).toEqual(asked.map((id) => [id, replies[id as keyof typeof replies]]));
    expect(asked).toEqual(Object.keys(replies));
    expect(text).toMatch(/^# The answers given to slcost decide at the terminal[^]*# The scenario it was given answered the volume/);
    // The sentence wrapped to the terminal, the command whole on a line of its own, to be copied.
    const [sentence, command] = run.err.at(-1)!.split(/\n(?= {2}slcost decide)/);
    expect(sentence!.replace(/\n {2}/g, ' ')).toBe(`slcost: wrote ${saved} with 7 answers; run it again without the questions:`);
    expect(sentence!.split('\n').every((line) => line.length <= 80)).toBe(true);
    expect(command).toBe(`  slcost decide --scenario scenarios/high-traffic.yaml --answers ${saved}\n`);
    const again = runCli(['decide', '--scenario', 'scenarios/high-traffic.yaml', '--format', 'json', '--answers', saved]);
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(run.out.join(''));
    expect(JSON.parse(again.stdout).recommendation).toBe('serverless');
  });

  it('without a scenario, keeps every answer, enough for --answers alone', async () => {
    const saved = join(tempDir(), 'answers.yaml');
    const answers = {
      max_execution_minutes: 0.2,
      needs_gpu: false,
      memory_gb: 0.5,
      needs_sub_10ms_latency: false,
      persistent_connections: true,
      stateful_workflows: false,
      uses_relational_database: false,
      aws_committed: true,
    };
    const run = io(answers);
    expect(await main(['decide', '--format', 'json', '--save-answers', saved], run.io)).toBe(0);
    expect(parse(readFileSync(saved, 'utf8'))).toEqual(answers);
    expect(readFileSync(saved, 'utf8')).not.toMatch(/--scenario/);
    const again = runCli(['decide', '--format', 'json', '--answers', saved]);
    expect(again.stdout).toBe(run.out.join(''));
    expect(JSON.parse(again.stdout).recommendation).toBe('hybrid');
  });

  it('gives the command to run again with what priced the scenario: a template with its --usage, the --pricing and --no-free-tier', async () => {
    const saved = join(tempDir(), 'answers.yaml');
    const template = 'scenarios/templates/thumbnail-sam/template.yaml';
    const priced = ['--usage', 'scenarios/templates/thumbnail-sam/usage.yaml', '--pricing', 'aws-2024-02-01', '--no-free-tier'];
    const run = io(replies);
    expect(await main(['decide', '--scenario', template, ...priced, '--format', 'json', '--save-answers', saved], run.io)).toBe(0);
    const command = run.err.at(-1)!.split('\n').at(-2)!;
    // Without --usage it read the template's function at no requests, and weighed the costs of none.
    expect(command).toBe(`  slcost decide --scenario ${template} ${priced.join(' ')} --answers ${saved}`);
    const again = runCli([...command.trim().split(' ').slice(1), '--format', 'json']);
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(run.out.join(''));
    // 100,000 runs of 800 ms at 512 MB, no free tier: requests $0.02, duration 40,000 GB-s × $0.0000166667 = $0.67, logs
    // 0.03 GB ingested × $0.50 = $0.01.
    expect(JSON.parse(again.stdout).costs.monthly_usd.serverless).toBe('0.70');
  });

  it.each([
    [
      ['--answers', 'scenarios/answers/spiky-api.yaml'],
      'slcost: --save-answers keeps the answers given at the terminal, and with --answers none is asked: the answers file is the one to keep\n',
    ],
    [[], 'slcost: DIR/missing/answers.yaml: cannot be written: the folder it would go in does not exist\n', 'DIR/missing/answers.yaml'],
    [[], 'slcost: DIR: is a directory, not a file\n', 'DIR'],
    [[], 'slcost: DIR/pipe: is a named pipe or a socket, not a file; give the path of a file to write\n', 'DIR/pipe'],
    [
      ['--scenario', 'scenarios/high-traffic.yaml'],
      'slcost: scenarios/high-traffic.yaml: is a file this run reads; --save-answers would replace it with the answers: choose another name\n',
      'scenarios/high-traffic.yaml',
    ],
  ])('refuses %j before asking a question: %s', async (flags, message, target = 'DIR/answers.yaml') => {
    const dir = tempDir();
    spawnSync('mkfifo', [join(dir, 'pipe')]);
    const asked: string[] = [];
    const run = io(replies, asked);
    expect(await main(['decide', ...flags, '--save-answers', target.replace('DIR', dir)], run.io)).toBe(2);
    expect(run.err.join('')).toBe(message.replace('DIR', dir));
    expect(asked).toEqual([]);
    expect(run.out).toEqual([]);
  });
});

describe('slcost decide as a process', () => {
  it("prices the scenario at the answers' volume where they override its own, so that the costs weighed are of the volume answered", () => {
    const result = runCli(['decide', '--scenario', 'scenarios/high-traffic.yaml', '--answers', 'scenarios/answers/steady-large-platform-team.yaml', '--format', 'json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(
      "slcost: note: scenarios/high-traffic.yaml: priced at the answers' 200,000,000 requests a month in place of its own 100,000,000, every request count in proportion\n",
    );
    // 200M steady requests of 300 ms at 1 GB, behind an HTTP API: requests (200M − 1M free) × $0.20/M = $39.80; duration
    // 60M − 0.4M free GB-s × $0.0000166667 = $993.34; HTTP API 200 × $1.00 = $200.00; logs 52.8 GB − 5 free × $0.50 =
    // $23.90, stored 52.8 × 0.15 × 12 = 95.04 − 5 GB-months × $0.03 = $2.70: $1,259.74. EC2: 76 requests a second, the
    // 2 c6g.xlarge of its minimum, $198.56, the load balancer $16.43 + its capacity units $17.78 (twice 100M's $8.89) +
    // two IPv4 addresses $7.30: $240.07. At the scenario's own 100M they were $625.11 and $231.18.
    expect(JSON.parse(result.stdout).costs.monthly_usd).toEqual({ serverless: '1259.74', ec2: '240.07' });
    // The answers' volume alike to the scenario's: priced as it is, without a note.
    const own = runCli(
      ['decide', '--scenario', 'scenarios/high-traffic.yaml', '--answers', '-', '--format', 'json'],
      {},
      'max_execution_minutes: 0.05\nneeds_gpu: false\nmemory_gb: 1\nneeds_sub_10ms_latency: false\npersistent_connections: false\ntraffic_pattern: steady\nrequests_per_month: 100000000\nengineering_time_more_valuable: false\naws_committed: true\n',
    );
    expect(own.stderr).toBe('');
    // One request is one, and a figure with a fraction is said as written, not rounded.
    const answers = (requests: string) =>
      runCli(
        ['decide', '--scenario', 'scenarios/high-traffic.yaml', '--answers', '-', '--format', 'json'],
        {},
        `max_execution_minutes: 0.05\nneeds_gpu: false\nmemory_gb: 1\nneeds_sub_10ms_latency: false\npersistent_connections: false\ntraffic_pattern: steady\nrequests_per_month: ${requests}\nengineering_time_more_valuable: false\naws_committed: true\n`,
      ).stderr;
    expect(answers('1')).toContain("priced at the answers' 1 request a month in place of its own 100,000,000");
    expect(answers('1500.5')).toContain("priced at the answers' 1,500.5 requests a month in place of its own 100,000,000");
    expect(JSON.parse(own.stdout).costs.monthly_usd).toEqual({ serverless: '625.11', ec2: '231.18' });
  });

  it('says what the bill it weighs leaves out: a template without usage was priced at zero requests without a word', () => {
    const template = 'scenarios/templates/image-processor/serverless.yml';
    const bare = runCli(['decide', '--scenario', template, '--answers', 'scenarios/answers/spiky-api.yaml']);
    expect(bare.status).toBe(0);
    expect(bare.stderr).toMatch(/^slcost: warning \[no_usage_given\]: no usage given for processImage, getImage: priced at zero requests/);
    const used = runCli(['decide', '--scenario', template, '--usage', 'scenarios/templates/image-processor/usage.yaml', '--answers', 'scenarios/answers/spiky-api.yaml']);
    expect(used.stderr).toBe('');
  });

  it('answers from a file without a terminal', () => {
    const result = runCli(['decide', '--answers', 'scenarios/answers/spiky-api.yaml', '--format', 'json']);
    expect(result.status).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document.recommendation).toBe('serverless');
    expect(Object.keys(document)).toEqual(['schema', 'recommendation', 'path', 'reasons', 'caveats', 'costs']);
  });

  it('without a terminal and without answers, exits 2 saying how to pass them', () => {
    const result = runCli(['decide']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'slcost: decide asks its questions on a terminal, and this is not one; give the answers in a file: slcost decide --answers answers.yaml (see slcost decide --help)\n',
    );
  });

  it('refuses --pricing, --no-free-tier and --usage without --scenario, which they price (before, they were ignored)', () => {
    const result = runCli(['decide', '--answers', 'scenarios/answers/chat-app.yaml', '--usage', 'scenarios/templates/image-processor/usage.yaml', '--no-free-tier']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('slcost: --no-free-tier, --usage apply to the scenario decide prices, and none is given: add --scenario FILE\n');
    expect(runCli(['decide', '--answers', 'scenarios/answers/chat-app.yaml', '--pricing', 'aws-2020-03-12']).stderr).toBe(
      'slcost: --pricing applies to the scenario decide prices, and none is given: add --scenario FILE\n',
    );
  });

  it('names a file of another kind given as --answers for what it is, not each of its keys as unknown', () => {
    const scenario = runCli(['decide', '--answers', 'scenarios/growing-api.yaml']);
    expect([scenario.status, scenario.stdout]).toEqual([2, '']);
    expect(scenario.stderr).toBe(
      'slcost: scenarios/growing-api.yaml:10:1: is a scenario, not an answers file: give it as --scenario, and the answers it leaves open with --answers (at lambda)\n',
    );
    expect(runCli(['decide', '--answers', 'pricing/aws/2024-02-01.yaml']).stderr).toMatch(
      /^slcost: pricing\/aws\/2024-02-01\.yaml:\d+:1: is a price table, not an answers file \(at regions\)\n$/,
    );
    // A serverless.yml was four "unknown key" errors, one for each of its sections.
    expect(runCli(['decide', '--answers', 'scenarios/templates/image-processor/serverless.yml']).stderr).toBe(
      'slcost: scenarios/templates/image-processor/serverless.yml:3:1: is a serverless.yml, not an answers file (at service)\n',
    );
    const answers = runCli(['decide', '--scenario', 'scenarios/answers/chat-app.yaml', '--answers', 'scenarios/answers/chat-app.yaml']);
    expect(answers.stderr).toBe(
      'slcost: scenarios/answers/chat-app.yaml:2:1: is an answers file of slcost decide, not a scenario: give it as decide --answers (beside --scenario and the scenario) (at max_execution_minutes)\n',
    );
  });

  it('validates the answers file like a scenario', () => {
    const bad = tempFile('max_execution_minutes: 5\ntrafic_pattern: spiky\n', 'answers.yaml');
    const result = runCli(['decide', '--answers', bad]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`slcost: ${bad}:2:1: unknown key "trafic_pattern"; did you mean "traffic_pattern"? (at trafic_pattern)\n`);
  });

  it('an answers file that leaves a question on the path open is exit 2 naming it, and the file', () => {
    const partial = tempFile('max_execution_minutes: 5\nneeds_gpu: false\n', 'answers.yaml');
    const result = runCli(['decide', '--answers', partial]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`slcost: ${partial}: the answers do not say memory_gb (How much memory does one run need, in GB?); add it to the answers file\n`);
  });

  it('--format markdown gives a table of the path', () => {
    const result = runCli(['decide', '--answers', 'scenarios/answers/gpu-inference.yaml', '--format', 'markdown']);
    expect(result.stdout).toContain('### Recommendation: **vm**');
    expect(result.stdout).toContain('| 2 | Does it need a GPU? | yes | needs GPU instances |');
  });
});

describe('slcost decide in a pseudo-terminal', () => {
  const hasPython = spawnSync('python3', ['--version']).status === 0;
  /** `slcost decide ARGS` in a pseudo-terminal, each step's keys typed once its text is on the screen. */
  const keyedIn = (steps: readonly (readonly string[])[], args: readonly string[]) =>
    spawnSync('python3', ['test/helpers/pty-drive.py', JSON.stringify(steps), '--', process.execPath, 'bin/slcost.js', 'decide', ...args], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 60_000,
    });
  it.skipIf(!hasPython)('runs a whole questionnaire with arrow keys and Enter', () => {
    const down = '\u001b[B';
    const steps = [
      ['longest single run', '0.5\r'],
      ['need a GPU', '\r'],
      ['memory', '1\r'],
      ['under 10 ms', '\r'],
      ['long-lived', '\r'],
      ['traffic look like', `${down}${down}\r`],
      ['stateful', '\r'],
      ['relational', 'y\r'],
      ['committed to AWS', '\r'],
    ];
    const result = keyedIn(steps, ['--format', 'json']);
    expect(result.status).toBe(0);
    const json = result.stdout.slice(result.stdout.indexOf('{\r\n  "schema"')).replace(/\r\n/g, '\n');
    const document = JSON.parse(json);
    expect(document.recommendation).toBe('serverless');
    expect(document.path.find((step: { question: string }) => step.question === 'traffic_pattern').answer).toBe('spiky');
    expect(document.caveats.some((caveat: string) => caveat.includes('RDS Proxy'))).toBe(true);
  });

  it.skipIf(!hasPython)('takes a count of requests written as the command line takes one (50M), and asks again for one it cannot read', () => {
    const steps = [
      ['longest single run', '0.5\r'],
      ['need a GPU', '\r'],
      ['memory', '1\r'],
      ['under 10 ms', '\r'],
      ['long-lived', '\r'],
      ['traffic look like', '\r'],
      ['how many requests', 'lots\r'],
      ['such as 50000000, 50M or 1.5B', '\u007f\u007f\u007f\u007f50M\r'],
      ['engineers', '\r'],
      ['stateful', '\r'],
      ['relational', '\r'],
      ['committed to AWS', '\r'],
    ];
    const result = keyedIn(steps, ['--format', 'json']);
    expect(result.status).toBe(0);
    expect(stripVTControlCharacters(result.stdout)).toContain('Type a whole number of requests such as 50000000, 50M or 1.5B (0 to 1000T)');
    const document = JSON.parse(result.stdout.slice(result.stdout.indexOf('{\r\n  "schema"')).replace(/\r\n/g, '\n'));
    expect(document.path.find((step: { question: string }) => step.question === 'requests_per_month').answer).toBe(50_000_000);
  });

  it.skipIf(!hasPython)('asks again for minutes it cannot read or out of range, saying what to type, and shows the requests default as 10M', () => {
    const steps = [
      // What is no number at all is inquirer's to refuse, in its words; a number out of range is said in the question's.
      ['longest single run', 'abc\r'],
      ['You must provide a valid numeric value', '\u007f\u007f\u007f-3\r'],
      ['Type a number of minutes from 0 to 100,000, such as 0.5 or 2', '\u007f\u007f0.5\r'],
      ['need a GPU', '\r'],
      ['memory', '\r'],
      ['under 10 ms', '\r'],
      ['long-lived', '\r'],
      ['traffic look like', '\r'],
      ['how many requests', '\r'],
      ['stateful', '\r'],
      ['relational', '\r'],
      ['committed to AWS', '\r'],
    ];
    const result = keyedIn(steps, ['--format', 'json']);
    expect(result.status).toBe(0);
    const screen = stripVTControlCharacters(result.stdout);
    expect(screen).not.toContain('Value must be between');
    expect(screen).toContain('(10M)');
    const document = JSON.parse(result.stdout.slice(result.stdout.indexOf('{\r\n  "schema"')).replace(/\r\n/g, '\n'));
    const answer = (id: string) => document.path.find((step: { question: string }) => step.question === id).answer;
    expect(answer('max_execution_minutes')).toBe(0.5);
    expect(answer('memory_gb')).toBe(1);
    expect(answer('requests_per_month')).toBe(10_000_000);
  });

  it.skipIf(!hasPython)('with --scenario, says what the scenario answered before the first question it leaves open', () => {
    // It opened at the GPU question without a word of the longest run, memory, traffic and volume it had taken.
    const result = keyedIn([['need a GPU', '\u0003']], ['--scenario', 'scenarios/high-traffic.yaml']);
    expect(result.status).toBe(130);
    // Wrapped between words to the terminal's width, as the questions are.
    const screen = stripVTControlCharacters(result.stdout)
      .replace(/\r/g, '')
      .replace(/\n {2}/g, ' ');
    const note = screen.indexOf(
      'slcost: note: scenarios/high-traffic.yaml answers the longest run (0.005 minutes), the memory (1 GB), the traffic (steady) and the volume (100,000,000 requests a month); the questions it leaves open follow\n',
    );
    expect(note).toBeGreaterThanOrEqual(0);
    expect(note).toBeLessThan(screen.indexOf('Does it need a GPU?'));
  });

  it.skipIf(!hasPython)('draws the traffic choices right under their hint, and the answer on a line of its own', () => {
    const steps = [
      ['longest single run', '\r'],
      ['need a GPU', '\r'],
      ['memory', '\r'],
      ['under 10 ms', '\r'],
      ['long-lived', '\r'],
      ['traffic look like', '\u001b[B\r'],
      ['stateful', '\u0003'],
    ];
    const screen = stripVTControlCharacters(keyedIn(steps, []).stdout).replace(/\r/g, '');
    // A line stood empty between the hint and the choices, where the other prompts draw their default.
    expect(screen).toContain('  the same busy or idle.\n❯ steady\n  diurnal\n');
    expect(screen).not.toContain('  the same busy or idle.\n\n');
    expect(screen).toContain(
      '✔ What does the traffic look like over a month?\n  Functions cost nothing when idle and scale with each request; a server costs\n  the same busy or idle.\n  diurnal\n',
    );
  });

  it.skipIf(!hasPython)('leaves on a real Ctrl-C with exit 130 and one line that says so', () => {
    const steps = [['longest single run', '\u0003']];
    const result = keyedIn(steps, []);
    expect(result.status).toBe(130);
    expect(stripVTControlCharacters(result.stdout).endsWith('\r\nslcost: cancelled\r\n')).toBe(true);
  });

  // Every question answered with Enter (its default), in whatever order the scenario leaves them open. One Python
  // process drives every scenario's run, four at a time: on a 2-core machine under a load of 11, the 18 runs took
  // 13 s four at a time, 20 s two at a time and 30 s one at a time (each run mostly waits for its prompts).
  it.skipIf(!hasPython)(
    'runs decide --scenario to its recommendation for every shipped scenario',
    () => {
      const scenarios = readdirSync('scenarios').filter((name) => name.endsWith('.yaml'));
      // A hint's first words: a question's own text, drawn under it whatever the prompt says of the scenario's costs.
      const triggers = QUESTIONS.map((question) => [question.hint.split(' ').slice(0, 4).join(' '), '\r']);
      expect(new Set(triggers.map(([text]) => text)).size).toBe(QUESTIONS.length);
      const job = {
        triggers,
        commands: scenarios.map((name) => [process.execPath, 'bin/slcost.js', 'decide', '--scenario', `scenarios/${name}`]),
        parallel: 4,
      };
      const result = spawnSync('python3', ['test/helpers/pty-drive.py', '--each', JSON.stringify(job)], {
        cwd: REPO,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
        timeout: 120_000,
      });
      expect(result.stderr).toBe('');
      const runs = JSON.parse(result.stdout) as { status: number; output: string }[];
      const outcomes = runs.map((run, index) => ({
        scenario: scenarios[index],
        status: run.status,
        // inquirer's cursor and colour sequences share the line the recommendation starts on.
        recommendation: /^Recommendation: (serverless|containers|vm|hybrid)\r$/m.exec(stripVTControlCharacters(run.output))?.[1] ?? run.output.slice(-400),
      }));
      expect(outcomes.filter((outcome) => outcome.status !== 0 || !['serverless', 'containers', 'vm', 'hybrid'].includes(outcome.recommendation))).toEqual([]);
      expect(outcomes).toHaveLength(scenarios.length);
    },
    150_000,
  );
});
