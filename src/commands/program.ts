// Every command and option of slcost, declared once: commander reads the
// command line from these declarations and writes the help from them. Light on
// purpose: a command's own module (and the engine behind it) is imported only
// inside its action, so that `--version` and `--help` load none of them.
import { Argument, Command, InvalidArgumentError, Option } from 'commander';
import { clipped, InputError } from '../core/errors.js';
import { MOST_REQUESTS_PER_MONTH, requestsWritten } from '../core/requests-written.js';
import type { Format } from '../report/index.js';
import { suggest } from '../suggest.js';
import type { BreakevenFlags } from './breakeven.js';
import type { DecideFlags } from './decide.js';
import type { DiffFlags } from './diff.js';
import type { EstimateFlags } from './estimate.js';
import type { ImportFlags, PricingFlags, ShowFlags } from './pricing.js';
import type { Io } from './shell.js';
import type { TuneFlags } from './tune.js';

declare const SLCOST_VERSION: string;
export const VERSION = typeof SLCOST_VERSION === 'string' ? SLCOST_VERSION : '0.0.0-dev';

/** The formats of each command; the first is the default. */
export const ESTIMATE_FORMATS = ['table', 'json', 'markdown', 'csv', 'html'] as const satisfies readonly Format[];
export const BREAKEVEN_FORMATS = ['chart', 'json', 'csv'] as const;
export const TUNE_FORMATS = ['table', 'json', 'markdown', 'csv', 'chart'] as const;
export const DIFF_FORMATS = ['table', 'json', 'markdown'] as const;
export const DECIDE_FORMATS = ['table', 'json', 'markdown'] as const;
export const PRICING_FORMATS = ['table', 'json'] as const;
export const SCHEMAS = ['scenario', 'output', 'outputs'] as const;
export const COMPLETION_SHELLS = ['bash', 'zsh', 'fish'] as const;

/**
 * The most requests a month --from and --to may say: a hundred times the most a scenario's monthly requests may be,
 * as far as the range a scenario's own volume widens to reaches. Past it, 1e400 was ∞ to the sweep, an
 * internal error, and 1e300 a chart whose axis ended at "1T" and volumes of a hundred digits a double made up.
 */
export const MOST_SWEPT_REQUESTS = 100 * MOST_REQUESTS_PER_MONTH;

function volume(text: string): string {
  const requests = requestsWritten(text);
  if (requests === null) throw new InvalidArgumentError('It must be a number of requests such as 10000, 1e6, 10M or 1.5B.');
  if (requests < 1) throw new InvalidArgumentError('It must be at least 1 request.');
  if (!(requests <= MOST_SWEPT_REQUESTS))
    throw new InvalidArgumentError('It must be at most 100,000T requests (100,000,000,000,000,000), a hundred times the most a scenario may have.');
  return text.trim();
}

function points(text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 2 || value > 100_000) throw new InvalidArgumentError('It must be a whole number from 2 to 100000.');
  return value;
}

function dollarsAndCents(text: string): string {
  if (!/^\d+(\.\d{1,2})?$/.test(text)) throw new InvalidArgumentError('It must be dollars a month, such as 50 or 49.99.');
  return text;
}

const amount = (what: string) => (text: string) => {
  if (!/^\d+(\.\d+)?$/.test(text)) throw new InvalidArgumentError(`It must be ${what}.`);
  return text;
};

function seed(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) > 2 ** 31 - 1) throw new InvalidArgumentError('It must be a whole number from 0 to 2147483647.');
  return Number(text);
}

/** A file's path: an empty one (`--usage ''`, as an unset shell variable leaves) was taken for no option at all, or a folder that does not exist. */
function filePath(text: string): string {
  if (text === '') throw new InvalidArgumentError("It must be a file's path, not empty.");
  return text;
}

/** A file to write: `-`, standard output or input everywhere else, would be a file named `-` in the current folder, and a hint to read it back with `slcost estimate -` would read standard input. */
function outputPath(text: string): string {
  if (text === '-') throw new InvalidArgumentError("It must be a file's path: - stands for standard input or output, and this writes a file (write ./- for a file named -).");
  return filePath(text);
}

/** 0 to 100 as written, in plain digits: read as a double, 100.0000000000000000001 was 100. */
const PERCENT = /^0*(?:\d{1,2}(?:\.\d+)?|100(?:\.0+)?)$/;

function percent(text: string): string {
  if (!PERCENT.test(text)) throw new InvalidArgumentError('It must be a percent from 0 to 100 in plain digits, such as 1 or 0.5.');
  return text;
}

const format = (formats: readonly string[], what = 'output format') => new Option('-f, --format <format>', what).choices(formats).default(formats[0]);
const pricing = (what = "the pricing version to price with (default: the scenario's own, else the newest)") => new Option('-p, --pricing <id>', what);
const noFreeTier = (what = "leave out the always-free tiers: Lambda's (1M requests and 400,000 GB-seconds a month) and the services' (logs, DynamoDB, SQS, …)") =>
  new Option('--no-free-tier', what);
const force = (what: string) => new Option('--force', what);
/** --compare given again names more providers, as a comma does: the last alone was priced, the others dropped without a word. */
const compareOption = () =>
  new Option(
    '--compare <providers>',
    "price the functions on other providers too, beside Lambda: gcp, azure, cloudflare, comma-separated or the option given again (in place of the scenario's compare:)",
  ).argParser((text: string, previous: string | undefined) => (previous === undefined ? text : `${previous},${text}`));

/** How a scenario or template is read and priced: the options of every command that prices one file at a time. */
function scenarioOptions(command: Command): Command {
  return command
    .addOption(pricing())
    .addOption(new Option('--pricing-date <date>', 'price with the version in force on that day (YYYY-MM-DD)'))
    .addOption(new Option('--pricing-file <file>', 'price with your own table: extends: ID, discount_pct and overrides').argParser(filePath))
    .addOption(noFreeTier())
    .addOption(usageOption());
}

const usageOption = (what = "the usage file of a serverless.yml or SAM template: each function's requests and duration") =>
  new Option('-u, --usage <file>', what).argParser(filePath);

function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  ${line}\n`).join('')}`;
}

/**
 * `help [command...]` for a command that has subcommands: the help of the one
 * named, or an unknown-command error with the nearest name. (commander's own
 * help command prints the whole help to standard error for a name it does not know.)
 */
function helpCommand(group: Command): void {
  group.helpCommand(false);
  group
    .command('help')
    .summary('show help for a command')
    .description(`Show the help of a command${group.parent ? '' : ', or of a subcommand'}.`)
    .argument('[command...]', group.parent ? 'the command' : 'the command, and its subcommand')
    .addHelpText(
      'after',
      examples(group.parent ? `slcost ${group.name()} help ${group.commands[0]?.name()}` : 'slcost help estimate', ...(group.parent ? [] : ['slcost help pricing show'])),
    )
    .action((path: string[]) => {
      let target = group;
      for (const name of path) {
        const names = target.commands.filter((command) => command.name() !== 'help').map((command) => command.name());
        const found = target.commands.find((command) => command.name() === name);
        if (!found) {
          const hint = suggest(name, names);
          const known = names.length ? `commands: ${names.join(', ')}` : `${commandPath(target)} has none`;
          throw new InputError(`unknown command '${name}'${hint ? `; did you mean ${hint}?` : ` (${known})`}`);
        }
        target = found;
      }
      target.outputHelp();
    });
}

/** What a group of commands prints above its help when it is run without one (on standard error, with exit code 2). */
function needsCommand(group: Command, what: string): void {
  group.addHelpText('before', ({ error }) => (error ? `slcost: ${what}\n` : ''));
}

/**
 * The whole command line. Output goes through `io`; nothing here exits the
 * process: commander throws a CommanderError for help, the version and every
 * mistake in the command line, and the shell maps it to an exit code.
 * `done(code)` receives the exit code of the command that ran.
 */
export function slcostProgram(io: Io, done: (code: number) => void): Command {
  const run = (action: () => Promise<number>) => action().then(done);
  const program = new Command('slcost')
    .description(
      "What a serverless workload costs, line by line, offline: Lambda, API Gateway and the AWS services around them, against the same work on EC2 and Fargate and on other clouds' functions.",
    )
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      // The shell prints commander's errors, in one line.
      outputError: () => {},
      getOutHelpWidth: () => io.columns,
      getErrHelpWidth: () => io.columns,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    // Commander leaves a description unwrapped when its column is under 40 characters: at 70 columns, past the option
    // names, lines ran to 120. Wrapped down to 16, every help fits 50 columns.
    .configureHelp({ minWidthToWrap: 16 })
    .helpOption('-h, --help', 'show this help')
    .version(VERSION, '-V, --version', 'show the version')
    .addHelpText(
      'after',
      `${examples('slcost estimate scenarios/growing-api.yaml', 'slcost breakeven scenarios/growing-api.yaml', 'slcost help estimate')}
Exit codes: 0 success; 1 a budget was exceeded; 2 bad input (the message names
the file, line and field); 3 a bug in slcost (please report it).
`,
    );
  needsCommand(program, 'a command is needed');

  scenarioOptions(
    program
      .command('estimate')
      .summary('price scenarios, or templates with --usage')
      .description(
        "Price one or more scenario files: Lambda requests and duration, the free tier, provisioned concurrency, ephemeral storage, API Gateway, the functions' logs and the services around them (DynamoDB, S3, SQS, …), as line items, next to EC2 and Fargate when the scenario compares them. Several files are priced one by one; a bad file is reported on standard error and the others are still priced. JSON for several files is one document with an entry per scenario and a summary.",
      )
      .argument('<scenario...>', 'scenario files, or serverless.yml / SAM templates with --usage; - reads standard input')
      .addOption(format(ESTIMATE_FORMATS)),
  )
    .addOption(
      new Option(
        '--budget <usd>',
        "the serverless monthly budget of every file, in place of the amounts of the files' own budget: blocks (a budget.percentile is kept); over it, exit code 1",
      ).argParser(dollarsAndCents),
    )
    .addOption(
      new Option(
        '--cold-start-advice-pct <pct>',
        "cold starts and their advice only for functions whose cold starts are at least this percent of their requests, in place of the files' lambda.cold_start_advice_pct (default 0.1)",
      ).argParser(percent),
    )
    .addOption(new Option('-o, --output <file>', 'write the report (any format) to FILE instead of standard output; a file there is replaced').argParser(outputPath))
    .addOption(
      // No default of commander's: a seed given to scenarios none of which is sampled is said, where it changed nothing.
      new Option('--seed <n>', 'the seed of the sampler for scenarios whose ranges are sampled (docs/ranges.md); the same seed gives the same output (default: 1)').argParser(seed),
    )
    .addOption(compareOption())
    .addOption(
      new Option(
        '--memory-advice-pct <pct>',
        "advise another memory size when it saves at least this percent of a function's monthly cost at no longer a duration, in place of the files' lambda.memory_advice_pct (default 10)",
      ).argParser(percent),
    )
    .addOption(
      new Option(
        '-q, --quiet',
        'table and Markdown: only the bill, the summary and the warnings that matter (limits, the worst month, missing usage); no notes, functions, cold starts or advice',
      ),
    )
    .addHelpText(
      'after',
      `${examples(
        'slcost estimate scenarios/growing-api.yaml',
        'slcost estimate scenarios/*.yaml --budget 20000',
        'slcost estimate scenarios/templates/image-processor/serverless.yml \\',
        '    --usage scenarios/templates/image-processor/usage.yaml',
        'slcost estimate scenarios/*.yaml --format json',
        'slcost estimate scenarios/*.yaml --quiet',
        'slcost estimate scenarios/*.yaml --format html > report.html',
        'slcost estimate scenarios/growing-api.yaml --compare gcp,azure,cloudflare',
        'slcost estimate scenarios/high-traffic.yaml --pricing aws-2021-09-29 \\',
        '    --no-free-tier',
      )}
Exit codes: 0 priced and within every budget; 1 a budget was exceeded (one line
per scenario on standard error; the output is still printed); 2 an input was
wrong, which wins over 1.
`,
    )
    .action((files: string[], flags: EstimateFlags) => run(async () => (await import('./estimate.js')).estimateCommand(files, flags, io)));

  const usage = program
    .command('usage')
    .summary('usage files for SAM / serverless.yml')
    .description("Usage files: what a serverless.yml or SAM template cannot say about its functions' traffic.");
  needsCommand(usage, 'usage needs a command: init TEMPLATE');
  usage.addHelpText('after', examples('slcost usage init scenarios/templates/thumbnail-sam/template.yaml \\', '    --output my-usage.yaml'));
  usage
    .command('init')
    .summary("write a template's usage file, to fill in")
    .description(
      'Write a usage file for a serverless.yml or SAM template: every function it has, with its memory, architecture, timeout and API as comments, and a line to fill in with its requests a month and average duration.',
    )
    .argument('<template>', 'the serverless.yml or SAM template')
    .option('-o, --output <file>', 'where to write it', outputPath, 'usage.yaml')
    .addOption(force('overwrite it if it exists'))
    .addHelpText(
      'after',
      examples(
        'slcost usage init scenarios/templates/image-processor/serverless.yml \\',
        '    --output my-usage.yaml',
        'slcost usage init scenarios/templates/thumbnail-sam/template.yaml --force',
      ),
    )
    .action((template: string, flags: { output: string; force?: boolean }) => run(async () => (await import('./usage.js')).usageCommand(template, flags, io)));
  helpCommand(usage);

  const prices = program
    .command('pricing')
    .summary('the price tables: list, show, diff, import')
    .description('The versioned price tables that ship with slcost: which exist, what one holds, and what changed between two; and your own, imported from AWS price lists.');
  needsCommand(prices, 'pricing needs a command: list, show ID, diff A B or import OFFER...');
  prices.addHelpText('after', examples('slcost pricing list', 'slcost pricing show aws-2024-02-01 --service lambda', 'slcost pricing diff aws-2022-03-24 aws-2022-08-01'));
  prices
    .command('list')
    .summary('the price tables that ship with slcost')
    .description('List the price tables: version, provider, effective date, regions and how many sources they cite.')
    .addOption(format(PRICING_FORMATS))
    .addHelpText('after', examples('slcost pricing list', 'slcost pricing list --format json'))
    .action((flags: PricingFlags) => run(async () => (await import('./pricing.js')).listCommand(flags, io)));
  prices
    .command('show')
    .summary('the prices of one table')
    .description('Show every price of one table, or of one service or region of it.')
    .argument('<id>', 'the pricing version, e.g. aws-2024-02-01')
    .option('--service <service>', 'one section of the table only: lambda, api_gateway, ec2, …')
    .option('--region <region>', 'one region only')
    .addOption(format(PRICING_FORMATS))
    .addHelpText('after', examples('slcost pricing show aws-2024-02-01 --service lambda --region us-east-1'))
    .action((id: string, flags: ShowFlags) => run(async () => (await import('./pricing.js')).showCommand(id, flags, io)));
  prices
    .command('diff')
    .summary('what changed between two tables')
    .description('What changed between two price tables: every price added, removed or changed, with the change in percent.')
    .argument('<a>', 'the older version')
    .argument('<b>', 'the newer version')
    .addOption(format(PRICING_FORMATS))
    .addHelpText('after', examples('slcost pricing diff aws-2022-03-24 aws-2022-08-01'))
    .action((a: string, b: string, flags: PricingFlags) => run(async () => (await import('./pricing.js')).diffCommand(a, b, flags, io)));
  prices
    .command('import')
    .summary('your own table, from AWS price list files')
    .description(
      'Read AWS Price List Bulk API offer files (AWSLambda, AmazonApiGateway, AmazonECS, AmazonEC2; JSON or CSV, streamed), match prices on usage types and attributes, and write a --pricing-file of them over a shipped version.',
    )
    .argument('<offers...>', 'offer files of one region, .json or .csv')
    .option('--region <region>', 'the region to read', 'us-east-1')
    .option('--base <id>', 'the version the imported prices are laid over (default: the newest)')
    .option('-o, --output <file>', 'where to write (default: prices-REGION.yaml)', outputPath)
    .addOption(force('overwrite the output'))
    .addHelpText('after', examples('slcost pricing import test/fixtures/offers/AWSLambda-us-east-1.json \\', '    test/fixtures/offers/AmazonEC2-us-east-1.csv'))
    .action((offers: string[], flags: ImportFlags) => run(async () => (await import('./pricing.js')).importCommand(offers, flags, io)));
  helpCommand(prices);

  scenarioOptions(
    program
      .command('breakeven')
      .summary('chart cost against requests, name crossovers')
      .description(
        "Sweep a scenario's monthly requests, holding everything else fixed, and chart the monthly cost of serverless, EC2 and Fargate (the platforms in its containers block); every volume where two of them cross is named under the chart. The crossovers are solved exactly from the cost curves (free tiers, price bands, one more instance per capacity step), not read off the sampled points.",
      )
      .argument('<scenario>', 'the scenario file, or a template with --usage; - reads standard input')
      .addOption(new Option('--from <n>', 'lowest monthly requests: 10000, 1e6, 10M, 1.5B').default('10K').argParser(volume))
      .addOption(new Option('--to <n>', 'highest monthly requests').default('10B').argParser(volume))
      .addOption(new Option('--points <n>', 'volumes in the sweep, log-spaced, 2 to 100000').default(60).argParser(points))
      .addOption(format(BREAKEVEN_FORMATS))
      .addOption(compareOption()),
  )
    .addHelpText(
      'after',
      examples(
        'slcost breakeven scenarios/growing-api.yaml',
        'slcost breakeven scenarios/growing-api.yaml --from 1M --to 1B --format json',
        'slcost breakeven scenarios/high-traffic.yaml --points 200 --format csv',
        'slcost breakeven scenarios/multi-cloud-api.yaml --compare gcp,azure',
      ),
    )
    .action((file: string, flags: Omit<BreakevenFlags, 'rangeGiven'>, command: Command) => {
      // A range the user wrote is kept, even one that equals the default: only the default range is narrowed.
      const rangeGiven = command.getOptionValueSource('from') !== 'default' || command.getOptionValueSource('to') !== 'default';
      return run(async () => (await import('./breakeven.js')).breakevenCommand(file, { ...flags, rangeGiven }, io));
    });

  scenarioOptions(
    program
      .command('tune')
      .summary('cost and speed at every memory size')
      .description(
        "Price each function at every memory size Lambda allows, on x86_64 and arm64, with its duration there from a model of the CPU share memory buys (one vCPU at 1,769 MB, six at 10,240 MB): the part of its duration on the CPU (lambda.functions[].cpu_bound_pct, default 50) runs faster as the vCPUs its threads can use grow, the rest does not. Names the cheapest size, the fastest, and the cheapest within 10% of the fastest, with what each saves against today's. docs/memory.md says how, and how far to trust it.",
      )
      .argument('<scenario>', 'the scenario file, or a template with --usage; - reads standard input')
      .option('--function <name>', 'one function only; give it again for each function more', (name: string, names: string[] | undefined) => [...(names ?? []), name])
      .addOption(format(TUNE_FORMATS)),
  )
    .addHelpText('after', examples('slcost tune scenarios/growing-api.yaml', 'slcost tune scenarios/order-pipeline.yaml --function nightly-report \\', '    --format chart'))
    .action((file: string, flags: TuneFlags) => run(async () => (await import('./tune.js')).tuneCommand(file, flags, io)));

  program
    .command('decide')
    .summary('serverless or containers? a questionnaire')
    .description(
      'Should it be serverless, containers, a VM, or a mix? Answer a few questions, one at a time (arrow keys, Enter; Ctrl-C leaves), and get a recommendation with the path your answers took, the reasons and the caveats.',
    )
    .option(
      '--scenario <file>',
      'answer volume, traffic, duration and memory from a scenario, price it, and let the cost comparison weigh in; - reads standard input (with --answers)',
      filePath,
    )
    .option('--answers <file>', 'answer from a YAML file instead of asking (for scripts and CI); its keys are below', filePath)
    .option('--save-answers <file>', 'keep the answers given at the terminal in an answers file, to run it again with --answers', outputPath)
    .addOption(format(DECIDE_FORMATS))
    .addOption(pricing('price the scenario with this pricing version'))
    .addOption(noFreeTier("leave out the always-free tiers (Lambda's and the services')"))
    .addOption(usageOption('the usage file of a serverless.yml or SAM template given to --scenario'))
    .addHelpText(
      'after',
      `${examples(
        'slcost decide --save-answers answers.yaml',
        'slcost decide --scenario scenarios/high-traffic.yaml',
        'slcost decide --answers scenarios/answers/spiky-api.yaml --format json',
      )}
An answers file says what it knows by these keys; a question the
recommendation depends on that it leaves open is an error, and a caveat
question it leaves open is not asked: max_execution_minutes, needs_gpu,
memory_gb, needs_sub_10ms_latency, persistent_connections, traffic_pattern
(steady, diurnal, spiky or unpredictable), requests_per_month,
engineering_time_more_valuable, stateful_workflows, uses_relational_database,
aws_committed.
`,
    )
    .action((flags: DecideFlags) => run(async () => (await import('./decide.js')).decideCommand(flags, io)));

  program
    .command('diff')
    .summary('the cost change between two scenarios')
    .description(
      "Compare two versions of a scenario, or one scenario under two pricing versions: every line item's and every platform total's change, in dollars and percent, and which functions changed.",
    )
    .argument('<base>', 'the scenario before, or a template with --usage (- reads standard input, on either side)')
    .argument('[head]', 'the scenario after (default: BASE, priced with --pricing-base)')
    .option('--pricing-base <id>', 'price BASE with this pricing version')
    .addOption(pricing('price HEAD (and BASE, without --pricing-base) with this pricing version'))
    .addOption(new Option('--fail-on-increase <pct>', "exit 1 when a platform's total rises by more than PCT %").argParser(amount('a percentage such as 10')))
    .addOption(new Option('--fail-on-increase-usd <usd>', 'exit 1 when it rises by more than USD a month').argParser(amount('dollars such as 25')))
    .addOption(format(DIFF_FORMATS, 'output format (markdown: a pull-request comment)'))
    .addOption(noFreeTier("leave out the always-free tiers (Lambda's and the services') on both sides"))
    .addOption(usageOption('the usage file of a serverless.yml or SAM template, for both sides'))
    .addHelpText(
      'after',
      examples(
        'slcost diff scenarios/growing-api.yaml scenarios/high-traffic.yaml',
        'slcost diff scenarios/high-traffic.yaml --pricing-base aws-2021-09-29 \\',
        '    --format markdown',
        'slcost diff scenarios/high-traffic.yaml scenarios/light-startup-api.yaml \\',
        '    --fail-on-increase 10',
      ),
    )
    .action((base: string, head: string | undefined, flags: DiffFlags) => run(async () => (await import('./diff.js')).diffCommand(base, head, flags, io)));

  program
    .command('schema')
    .summary('the JSON Schema of scenarios or output')
    .description('Print a JSON Schema: of the scenario format (for editors), or of the JSON that slcost estimate --format json prints.')
    // The choices are checked here, not by commander, so that `--output FILE` (the other commands' way to name a file) is answered as that.
    .addArgument(
      new Argument('[kind]', 'which schema: a scenario, one estimate, or several')
        .choices(SCHEMAS)
        .argParser((kind) => kind)
        .default('scenario'),
    )
    .option('--output', 'the same as "output": one file\'s estimate document')
    .addHelpText('after', examples('slcost schema > scenario.schema.json', 'slcost schema --output'))
    .action((kind: string, flags: { output?: boolean }, command: Command) =>
      run(async () => {
        // `schema --output scenario` printed the output's schema, the kind it was given passed over.
        const known = (SCHEMAS as readonly string[]).includes(kind);
        if (flags.output && command.args.length && !known)
          throw new InputError(`--output here asks for the "output" schema, not a file: slcost schema prints to standard output (slcost schema output > ${kind})`);
        if (flags.output && command.args.length && kind !== 'output')
          throw new InputError(`--output asks for the "output" schema and the argument for "${kind}"; give one of them`);
        return (await import('./schema.js')).schemaCommand(flags.output ? 'output' : kind, io);
      }),
    );

  program
    .command('init')
    .summary('write a commented starter scenario')
    .description('Write a commented starter scenario that estimates as it is; its first line points YAML editors at the scenario JSON Schema.')
    .argument('[file]', 'where to write it', outputPath, 'scenario.yaml')
    .addOption(force('overwrite the file if it exists'))
    .addHelpText('after', examples('slcost init my-api.yaml'))
    .action((file: string, flags: { force?: boolean }) => run(async () => (await import('./init.js')).initCommand(file, flags, io)));

  program
    .command('completion')
    .summary('a completion script for bash, zsh or fish')
    .description("Print a script that completes slcost's commands, options and their choices in bash, zsh or fish; file names everywhere else.")
    .addArgument(new Argument('<shell>', 'the shell').choices(COMPLETION_SHELLS))
    .addHelpText('after', examples('slcost completion bash', 'slcost completion fish > ~/.config/fish/completions/slcost.fish'))
    .action((shell: (typeof COMPLETION_SHELLS)[number]) => run(async () => (await import('./completion.js')).completionCommand(shell, program, io)));

  helpCommand(program);
  // A mistake in the command line carries the command it was made in, for the shell's hint.
  const everyCommand = (command: Command): Command[] => [command, ...command.commands.flatMap(everyCommand)];
  for (const command of everyCommand(program)) {
    command.exitOverride((error) => {
      throw Object.assign(error, { command });
    });
    onceEach(command);
  }
  return program;
}

/** The options that take more when given again (`--function a --function b`); every other one takes a single value. */
const GIVEN_AGAIN = new Set(['--function', '--compare']);

/**
 * An option of one value given again with another is refused, naming both: commander keeps the last in silence, and
 * `diff base.yml head.yml --usage base.yaml --usage head.yaml` priced both sides with head.yaml's usage, no change, or
 * `--budget 50 --budget 5000` gated the bill at the second. The same value again changes nothing and passes.
 */
function onceEach(command: Command): void {
  for (const option of command.options) {
    if (option.isBoolean() || (option.long !== undefined && GIVEN_AGAIN.has(option.long))) continue;
    let first: string | undefined;
    command.on(`option:${option.name()}`, (value: string) => {
      if (first === undefined) first = value;
      else if (value !== first)
        throw new InputError(`${option.long ?? option.short} is given twice (${clipped(first, 120)}, then ${clipped(value, 120)}) and takes one value: give it once`);
    });
  }
}

/** `slcost pricing show`: how a command is typed. */
export function commandPath(command: Command): string {
  return command.parent ? `${commandPath(command.parent)} ${command.name()}` : command.name();
}
