// The hostile-input corpus: every file under test/hostile/<kind>/ is a case,
// run as a user would run it (the built bin/slcost.js, a process of its own,
// no terminal) and held to the same rules whatever the input: the exit code
// the case expects, never 3 (a bug) nor a signal; on exit 2 nothing on
// standard output and one `slcost:` message naming the file; no stack trace;
// no control character, bidirectional override or forged line from the
// input; none of the tool's own blanks (`undefined`, `[object Object]`,
// `NaN`, `null null`); and an answer within the time bound. How to add a
// case: docs/hostile-inputs.md.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/files.js';
import { REPO } from '../helpers/run-cli.js';

const CORPUS = fileURLToPath(new URL('./', import.meta.url));
const BIN = join(REPO, 'bin', 'slcost.js');
const CLOCK = join(CORPUS, 'support', 'cpu-clock.cjs');

/** What a case expects: its command line and exit code, and what its output must (or must not) hold. */
interface Manifest {
  /** Why the case exists: the defect or the kind of input it stands for. */
  why: string;
  /** The command line; `$FILE` is the case's input, `$TMP` a fresh empty folder. */
  args: string[];
  exit: 0 | 1 | 2 | 130;
  /** A fragment standard error must hold. */
  stderr?: string;
  /** A fragment standard output must hold. */
  stdout?: string;
  /** Fragments neither stream may hold. */
  lacks?: string[];
  /** The input made at test time, for what git cannot store or should not: see MAKERS. */
  make?: keyof typeof MAKERS;
  /** The file an exit-2 message must name, when it is not $FILE (`$TMP/…` for an output); `false` for a command line that names none. */
  names?: string | false;
  /** Words the input itself holds and the tool may quote back (say the user's own `NaN`). */
  quotes?: string[];
  /** Environment variables of the run, over the corpus's own (`COLUMNS: "80"`, `NO_COLOR: "1"`). */
  env?: Record<string, string>;
}

interface Case {
  readonly id: string;
  readonly manifest: Manifest;
  /** The input file's path as given on the command line (relative to the repository), if the case has one. */
  readonly input: string | null;
}

interface Outcome {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly wallMs: number;
  /** User and system CPU time of the CLI's own process, all its threads, from the clock preloaded into it. */
  readonly cpuMs: number | null;
  /** The CPU time of its main thread alone, where the system tells it (Linux); else null, and the process's time stands for it. */
  readonly mainThreadMs: number | null;
  readonly maxRssMb: number | null;
  readonly args: string[];
  /** What `$FILE` stood for, if the case has an input; and `$TMP`. */
  readonly file: string | null;
  readonly tmp: string;
}

/** A SAM template (template.yaml in `dir`) of one function beside `count` resources of `type`, named `prefix` and a number, in flow style. */
function samBeside(dir: string, count: number, prefix: string, type: string): string {
  const path = join(dir, 'template.yaml');
  const resources = Array.from({ length: count }, (_, i) => `${prefix}${i}: {Type: ${type}}`).join(', ');
  writeFileSync(path, `Transform: AWS::Serverless-2016-10-31\nResources: {F: {Type: AWS::Serverless::Function}, ${resources}}\n`);
  return path;
}

/** Inputs made when the corpus runs: a FIFO git cannot store, a folder, files too big to keep in the repository. */
const MAKERS = {
  fifo: (dir: string) => {
    const path = join(dir, 'scenario.yaml');
    execFileSync('mkfifo', [path]);
    return path;
  },
  directory: (dir: string) => {
    const path = join(dir, 'scenario.yaml');
    mkdirSync(path);
    return path;
  },
  // A valid scenario under ten megabytes of comment: refused by size, before yaml reads a byte of it.
  'ten-megabytes': (dir: string) => {
    const path = join(dir, 'scenario.yaml');
    const comment = `# ${'x'.repeat(79)}\n`.repeat((10 * 1024 * 1024) / 82 + 1);
    writeFileSync(path, `name: big\ntraffic: { requests_per_month: 1 }\n${comment}lambda:\n  functions:\n    - { name: a, memory_mb: 128, duration_ms: 1 }\n`);
    return path;
  },
  // Ten megabytes of one line: no newline for a line counter or a lexer to rest on.
  'ten-megabyte-line': (dir: string) => {
    const path = join(dir, 'template.yaml');
    writeFileSync(path, `Description: "${'y'.repeat(10 * 1024 * 1024)}"\n`);
    return path;
  },
  // A usage file of 10 MB, for --usage.
  'ten-megabyte-usage': (dir: string) => {
    const path = join(dir, 'usage.yaml');
    writeFileSync(path, `functions:\n${Array.from({ length: 200_000 }, (_, i) => `  fn${i}: { requests_per_month: 1, duration_ms: 1 }\n`).join('')}`);
    return path;
  },
  // A price file of 10 MB, for --pricing-file.
  'ten-megabyte-prices': (dir: string) => {
    const path = join(dir, 'prices.yaml');
    writeFileSync(path, `extends: aws-2024-02-01\ndescription: "${'z'.repeat(10 * 1024 * 1024)}"\n`);
    return path;
  },
  // An offer file of 10 MB of products pricing nothing slcost reads: streamed, not held.
  'ten-megabyte-offers': (dir: string) => {
    const path = join(dir, 'AWSLambda-us-east-1.json');
    const product = (i: number) => `"SKU${i}":{"sku":"SKU${i}","productFamily":"Other","attributes":{"usagetype":"USE1-Other-${i}","regionCode":"us-east-1"}}`;
    const products = Array.from({ length: 90_000 }, (_, i) => product(i)).join(',\n');
    writeFileSync(path, `{"formatVersion":"v1.0","offerCode":"AWSLambda","version":"1","products":{\n${products}\n},"terms":{"OnDemand":{}}}\n`);
    return path;
  },
  // 1,500 block mappings, each inside the one before: refused as nested too deeply, not a stack overflow.
  'deep-block-nesting': (dir: string) => {
    const path = join(dir, 'scenario.yaml');
    const keys = Array.from({ length: 1500 }, (_, depth) => `${' '.repeat(depth)}k${depth}:\n`).join('');
    writeFileSync(path, `name: ok\n${keys}lambda:\n  functions:\n    - { name: api, memory_mb: 512, duration_ms: 100 }\n`);
    return path;
  },
  // A SAM template whose MemorySize is Fn::If nested 300 deep: bounded in depth, not a stack overflow.
  'if-nested-300': (dir: string) => {
    const path = join(dir, 'template.json');
    let memorySize: unknown = { 'Fn::If': ['C', 512, 256] };
    for (let depth = 1; depth < 300; depth++) memorySize = { 'Fn::If': ['C', memorySize, 256] };
    const template = {
      Transform: 'AWS::Serverless-2016-10-31',
      Conditions: { C: { 'Fn::Equals': ['a', 'a'] } },
      Resources: { Fn: { Type: 'AWS::Serverless::Function', Properties: { Handler: 'h', Runtime: 'nodejs20.x', MemorySize: memorySize } } },
    };
    writeFileSync(path, `${JSON.stringify(template, null, 2)}\n`);
    return path;
  },
  // 900,000 lists, one inside another, on one line of a scenario: yaml's parser took minutes over them before its composer overflowed.
  'flow-nesting-900k': (dir: string) => {
    const path = join(dir, 'scenario.yaml');
    writeFileSync(path, `name: ok\nlambda: ${'['.repeat(900_000)}\n`);
    return path;
  },
  // A SAM template whose MemorySize is 400,000 compact lists (`- - - …`) on one line: the same, in the block style.
  'compact-sequences-400k': (dir: string) => {
    const path = join(dir, 'template.yaml');
    writeFileSync(
      path,
      `Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      MemorySize:\n        ${'- '.repeat(400_000)}512\n`,
    );
    return path;
  },
  // A usage file of 50,000 lines of "[": 75,000 errors from yaml, each of which captured a stack trace (test/load/read-yaml.test.ts checks they no longer do).
  // yaml's own parse of such lines costs ~10 µs each: 100,000 of them came within a tenth of the bound on a busy machine.
  'bad-lines-50k': (dir: string) => {
    const path = join(dir, 'usage.yaml');
    writeFileSync(path, `functions:\n${'[\n'.repeat(50_000)}`);
    return path;
  },
  // A serverless.yml whose function is keyed by 100,000 characters (an explicit key: a plain one stops at 1,024): the table took seconds to wrap it.
  'function-key-100k': (dir: string) => {
    const path = join(dir, 'serverless.yml');
    writeFileSync(path, `service: hostile\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n  ? ${'f'.repeat(100_000)}\n  : handler: h\n`);
    return path;
  },
  // A serverless.yml whose functions: list holds 100,000 entries that are not mappings, and one function: a warning for
  // each, whose 200,000 wrapped lines the table pushed as arguments (Maximum call stack size exceeded), then took seconds.
  'functions-list-100k': (dir: string) => {
    const path = join(dir, 'serverless.yml');
    writeFileSync(path, `service: hostile\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n${'  - 5\n'.repeat(100_000)}  - api: { handler: h }\n`);
    return path;
  },
  // A usage file naming a function of 100,000 characters the template does not have: quoted back twice in full, 200 KB of message.
  'usage-key-100k': (dir: string) => {
    const path = join(dir, 'usage.yaml');
    writeFileSync(path, `functions:\n  ? ${'k'.repeat(100_000)}\n  : { requests_per_month: 1 }\n`);
    return path;
  },
  // A scenario whose file name holds what Markdown reads in text but not in a code span (&, <, a backtick): its Source showed `R&amp;D` and closed early.
  'file-name-markdown': (dir: string) => {
    const path = join(dir, 'R&D `v2` <b>.yaml');
    writeFileSync(path, 'name: odd file name\ntraffic: { requests_per_month: 1000000 }\nlambda:\n  functions:\n    - { name: a, memory_mb: 128, duration_ms: 10 }\n');
    return path;
  },
  // A scenario whose state machine is a chain of 20,000 Pass states: the loop check looked each one up in the path before it, 2.7 s of CPU (99,000 in 4 MB: minutes).
  // 12,000 states: at 20,000 yaml's reading of the megabyte was most of its time, and a CI machine busy with other test
  // files put the case over its bound where alone it took 1.2-1.6 s. The walk's own linear time is held at 100,000
  // states, without YAML, in step-functions.test.ts.
  'state-chain-12k': (dir: string) => {
    const path = join(dir, 'scenario.yaml');
    const states = Array.from({ length: 12_000 }, (_, i) => `          s${i}: { Type: Pass, ${i < 11_999 ? `Next: s${i + 1}` : 'End: true'} }\n`).join('');
    writeFileSync(
      path,
      `name: chain\ntraffic: { requests_per_month: 1000000 }\nlambda:\n  functions:\n    - { name: a, memory_mb: 128, duration_ms: 10 }\nservices:\n  step_functions:\n    - name: m\n      executions_per_request: 1\n      definition:\n        StartAt: s0\n        States:\n${states}`,
    );
    return path;
  },
  // A chain of 10,000 states with its executions a range: the scenario is read again for each of a thousand draws, and
  // each read copied the whole file and walked the states again (20,000 of them: a minute of CPU). Half the states of
  // the chain above, for the draws' own work: at 20,000 it sat at the corpus's time bound on a busy machine.
  'state-chain-10k-ranged': (dir: string) => {
    const path = join(dir, 'scenario.yaml');
    const states = Array.from({ length: 10_000 }, (_, i) => `          s${i}: { Type: Pass, ${i < 9_999 ? `Next: s${i + 1}` : 'Next: M'} }\n`).join('');
    const map = '          M: { Type: Map, ItemProcessor: { StartAt: I, States: { I: { Type: Task, Resource: r, End: true } } }, End: true }\n';
    writeFileSync(
      path,
      `name: chain\ntraffic: { requests_per_month: 1000000 }\nlambda:\n  functions:\n    - { name: a, memory_mb: 128, duration_ms: 10 }\nservices:\n  step_functions:\n    - name: m\n      executions_per_request: { min: 0.5, max: 1 }\n      map_iterations: { M: { min: 1, max: 10 } }\n      retries: { I: { p10: 0.1, p50: 0.5, p90: 2 } }\n      definition:\n        StartAt: s0\n        States:\n${states}${map}`,
    );
    return path;
  },
  // A state machine of 600 Choice states each before a Task that retries, with choices and retries given for every
  // one and the executions a range: each of the thousand draws checked and added them up again (2.8 s of CPU).
  'state-choices-and-retries-ranged': (dir: string) => {
    const path = join(dir, 'scenario.yaml');
    const states = Array.from(
      { length: 600 },
      (_, i) =>
        `          c${i}: { Type: Choice, Choices: [{ Variable: $.x, NumericEquals: 1, Next: t${i} }], Default: t${i} }\n` +
        `          t${i}: { Type: Task, Resource: r, Retry: [{ ErrorEquals: [States.ALL] }], ${i < 599 ? `Next: c${i + 1}` : 'End: true'} }\n`,
    ).join('');
    const choices = Array.from({ length: 600 }, (_, i) => `c${i}: t${i}`).join(', ');
    const retries = Array.from({ length: 600 }, (_, i) => `t${i}: 0.1`).join(', ');
    writeFileSync(
      path,
      `name: choices\ntraffic: { requests_per_month: 1000000 }\nlambda:\n  functions:\n    - { name: a, memory_mb: 128, duration_ms: 10 }\nservices:\n  step_functions:\n    - name: m\n      executions_per_request: { min: 0.5, max: 1 }\n      choices: { ${choices} }\n      retries: { ${retries} }\n      definition:\n        StartAt: c0\n        States:\n${states}`,
    );
    return path;
  },
  // A SAM template of one function and 10,000 DynamoDB tables it says no capacities of: each error's place was found by
  // going through every resource (3 s of CPU), and each table left out said in three lines (30,000 lines).
  'sam-tables-10k': (dir: string) => {
    return samBeside(dir, 10_000, 'T', 'AWS::DynamoDB::Table');
  },
  // A SAM template of one function and 15,000 queues: each queue's resource was looked up in every queue (quadratic, a
  // minute of CPU for 100,000, past the corpus's 2 s at this size); priced in about 1.4 s once looked up by name.
  'sam-queues-15k': (dir: string) => samBeside(dir, 15_000, 'Q', 'AWS::SQS::Queue'),
  // The same of 20,000 queues, for usage init: each queue's line looked its type up in every queue (29,000 took 3.3 s of CPU).
  'sam-queues-20k': (dir: string) => samBeside(dir, 20_000, 'Q', 'AWS::SQS::Queue'),
  // A template of 5,000 queues and a usage file (beside it, usage.yaml) of 5,000 queues it does not have, each misspelt:
  // each was matched against every queue's name for a "did you mean" (minutes), to print 5,000 notes.
  'usage-queues-not-in-template-5k': (dir: string) => {
    const path = samBeside(dir, 5_000, 'Queue', 'AWS::SQS::Queue');
    const usage = Array.from({ length: 5_000 }, (_, i) => `{name: Qeueu${i}, requests_per_month: 1}`).join(', ');
    writeFileSync(join(dir, 'usage.yaml'), `functions: {F: {requests_per_month: 1, duration_ms: 1}}\nservices:\n  sqs: [${usage}]\n`);
    return path;
  },
  // A serverless.yml of 50,000 functions in flow style (600 KB): each read, checked and priced at zero requests, 3 s of
  // CPU (200,000 of them in 2 MB: 10 s and 1 GB). No stack deploys a template of more than 500 resources.
  'serverless-functions-50k': (dir: string) => {
    const path = join(dir, 'serverless.yml');
    const functions = Array.from({ length: 50_000 }, (_, i) => `f${i}: {}`).join(', ');
    writeFileSync(path, `service: s\nprovider: {name: aws, runtime: nodejs20.x}\nfunctions: {${functions}}\n`);
    return path;
  },
  // A SAM template of one function and 31,000 resources, just past the 30,000 a template may have (beside 50,000 queues
  // the function took 2.5 s of CPU and 400 MB to price): refused at Resources once parsed. The resources are empty, the
  // least for yaml to parse, so that the case tests the bound within the corpus's 2 s of CPU with room to spare.
  'sam-resources-31k': (dir: string) => {
    const path = join(dir, 'template.yaml');
    const resources = Array.from({ length: 31_000 }, (_, i) => `R${i}: {}`).join(', ');
    writeFileSync(path, `Transform: AWS::Serverless-2016-10-31\nResources: {F: {Type: AWS::Serverless::Function}, ${resources}}\n`);
    return path;
  },
  // An EC2 offer of 30,000 on-demand Linux rows of one instance type at one price (11 MB): each row's fields were built a
  // character at a time and every row's attributes copied, 5.9 s and 630 MB for 100,000 rows.
  'offer-rows-30k': (dir: string) => offerRows(dir, 30_000, () => 'm7g.large'),
  // An EC2 offer of 11,000 instance types: the table was written out (100,000 took 13 s and 870 MB) and then refused as
  // a price file past 4 MB, at the file it had deleted.
  'offer-types-11k': (dir: string) => offerRows(dir, 11_000, (row) => `m7g.x${row}`),
  // A price file adding 3,000 instance types to a table without the scenario's: the message listed every one of them.
  'prices-3k-instance-types': (dir: string) => {
    const path = join(dir, 'prices.yaml');
    const types = Array.from({ length: 3000 }, (_, i) => `        t${i}.x: { architecture: arm64, vcpu: 2, memory_gib: 8, usd_per_hour: "0.1" }\n`).join('');
    writeFileSync(path, `extends: aws-2020-03-12\nregions:\n  us-east-1:\n    ec2:\n      instances:\n${types}`);
    return path;
  },
  // A SAM template of 300 functions, each sized by a parameter of 20,000 AllowedValues that do not hold its default:
  // each Ref went through them all again and its note quoted every one of them (42 MB of output).
  'allowed-values-20k-refused': (dir: string) => {
    const path = join(dir, 'template.yaml');
    const allowed = Array.from({ length: 20_000 }, (_, i) => 1000 + i).join(', ');
    const functions = Array.from({ length: 300 }, (_, i) => `  F${i}: {Type: AWS::Serverless::Function, Properties: {Runtime: nodejs20.x, MemorySize: !Ref Memory}}\n`).join('');
    writeFileSync(path, `Transform: AWS::Serverless-2016-10-31\nParameters:\n  Memory: {Type: Number, Default: 512, AllowedValues: [${allowed}]}\nResources:\n${functions}`);
    return path;
  },
  // A SAM template of 300 functions, each sized by `!Select [0, !Ref Sizes]` of a list parameter whose default is
  // 100,000 members (600 KB): each Ref split the whole default again (3.2 s of CPU; 4,000 functions of 80,000: 34 s).
  'list-parameter-100k-selected': (dir: string) => {
    const path = join(dir, 'template.yaml');
    const sizes = ['512', ...Array.from({ length: 100_000 }, (_, i) => String(1000 + i))].join(',');
    const functions = Array.from(
      { length: 300 },
      (_, i) => `  F${i}: {Type: AWS::Serverless::Function, Properties: {Runtime: nodejs20.x, MemorySize: !Select [0, !Ref Sizes]}}\n`,
    ).join('');
    writeFileSync(path, `Transform: AWS::Serverless-2016-10-31\nParameters:\n  Sizes: {Type: CommaDelimitedList, Default: "${sizes}"}\nResources:\n${functions}`);
    return path;
  },
  // A SAM template of 200 functions whose MemorySize is a Fn::FindInMap of a mapping of 40,000 keys, no number: each
  // function's note wrote the whole mapping out as JSON to quote forty characters of it, and counted its keys again
  // to see it is no intrinsic function (6.4 s of CPU).
  'findinmap-of-40k-keys': (dir: string) => {
    const path = join(dir, 'template.yaml');
    const keys = Array.from({ length: 40_000 }, (_, i) => `k${i}: ${i}`).join(', ');
    const functions = Array.from(
      { length: 200 },
      (_, i) => `  F${i}: {Type: AWS::Serverless::Function, Properties: {Runtime: nodejs20.x, MemorySize: !FindInMap [M, a, b]}}\n`,
    ).join('');
    writeFileSync(path, `Transform: AWS::Serverless-2016-10-31\nMappings:\n  M:\n    a:\n      b: {${keys}}\nResources:\n${functions}`);
    return path;
  },
  // A SAM function on a cron whose day-of-month field is 80,000 items, L and a day in turn (190 KB): each item was
  // looked up among the L items (2.6 s of CPU; 160,000 of them 8.4 s).
  'cron-days-80k': (dir: string) => {
    const path = join(dir, 'template.yaml');
    const days = Array.from({ length: 80_000 }, (_, i) => (i % 2 ? String(1 + ((i >> 1) % 28)) : 'L')).join(',');
    writeFileSync(
      path,
      `Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: nodejs20.x\n      Events:\n        S: {Type: Schedule, Properties: {Schedule: 'cron(0 0 ${days} * ? *)'}}\n`,
    );
    return path;
  },
  // One function's 5,000 mappings of a queue, each of a maximum concurrency its parameter's default makes 1, which
  // Lambda refuses, beside a ScalingConfig key and a mapping's key it does not have: each said its own notes, and the
  // parameter's: 10,000 notes, 2.3 MB of JSON. The first few of each kind are said and the rest counted.
  'sam-queue-mappings-5k-refused': (dir: string) => {
    const path = join(dir, 'template.yaml');
    const mappings = Array.from(
      { length: 5_000 },
      (_, i) =>
        `M${i}: {Type: AWS::Lambda::EventSourceMapping, Properties: {FunctionName: !Ref F, EventSourceArn: !GetAtt Q.Arn, Enabld: true, ScalingConfig: {MaximumConcurrency: !Ref Most, Burst: 2}}}`,
    ).join(', ');
    writeFileSync(
      path,
      `Transform: AWS::Serverless-2016-10-31\nParameters: {Most: {Type: Number, Default: 1}}\nResources: {Q: {Type: AWS::SQS::Queue}, F: {Type: AWS::Serverless::Function, Properties: {Runtime: nodejs20.x}}, ${mappings}}\n`,
    );
    return path;
  },
  // One function a CloudFront distribution associates 15,000 times (each association copied the list of its event
  // types before it: 15,000² steps), after another distribution's one association of it.
  'edge-associations-15k': (dir: string) => {
    const path = join(dir, 'template.yaml');
    const refs = Array.from({ length: 15_000 }, (_, i) => `{ EventType: ${i % 2 ? 'viewer-request' : 'origin-response'}, LambdaFunctionARN: !Ref F.Version }`).join(', ');
    const distribution = (associations: string) =>
      `    Type: AWS::CloudFront::Distribution\n    Properties: { DistributionConfig: { DefaultCacheBehavior: { LambdaFunctionAssociations: [${associations}] } } }\n`;
    writeFileSync(
      path,
      `Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties: { Handler: h, Runtime: nodejs20.x, AutoPublishAlias: live }\n  A:\n${distribution('!Ref F.Version')}  B:\n${distribution(refs)}`,
    );
    return path;
  },
  // A state machine of the Step Functions plugin that 20,000 schedule events start (each copied the machine's expressions
  // before it: 20,000² steps).
  'machine-schedules-20k': (dir: string) => {
    const path = join(dir, 'serverless.yml');
    const events = Array.from({ length: 20_000 }, (_, i) => `{ schedule: rate(${i + 1} days) }`).join(', ');
    writeFileSync(
      path,
      `service: s\nprovider: { name: aws, runtime: nodejs20.x }\nfunctions:\n  f: { handler: h.h }\nstepFunctions:\n  stateMachines:\n    m:\n      definition: { StartAt: A, States: { A: { Type: Pass, End: true } } }\n      events: [${events}]\n`,
    );
    return path;
  },
  // A socket would need a listener; /dev/zero is a device of endless bytes: refused as not a regular file.
  'dev-zero': () => '/dev/zero',
} satisfies Record<string, (dir: string) => string>;

/** An EC2 CSV offer of `count` on-demand Linux rows, the fixture's first row with the instance type `typeOf` gives each. */
function offerRows(dir: string, count: number, typeOf: (row: number) => string): string {
  const path = join(dir, 'AmazonEC2-us-east-1.csv');
  const lines = readFileSync(join(REPO, 'test', 'fixtures', 'offers', 'AmazonEC2-us-east-1.csv'), 'utf8').split('\n');
  const rows = Array.from({ length: count }, (_, row) => lines[6]!.replaceAll('AAA1', `S${row}`).replaceAll('m7g.large', typeOf(row)));
  writeFileSync(path, `${[...lines.slice(0, 6), ...rows].join('\n')}\n`);
  return path;
}

// Every control character a terminal acts on (C0 but the newline, tab and CSV's carriage return before a newline; DEL; C1) and bidirectional marks, overrides and isolates.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/;
const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$/m;
const ERROR_INTERNALS = /\b(?:Type|Range|Reference|Syntax|Internal|Aggregate|Eval|URI|Zod)?Error: |\binternal error\b|please report|Maximum call stack|out of memory/i;
// The tool's own blanks, and zod's bare words in place of a message.
const BLANKS = ['undefined', '[object Object]', 'NaN', 'null null', 'Invalid input'];
// A payload's word FORGED, at the start of a line of its own: a warning, an error or a table row the input wrote.
const FORGED_LINE = /^(?:warning \[[^\]]*\]: |slcost: |\| ?|- )?FORGED/m;

// The bound a case answers in. The issue asks for 2 s. Each case is held to
// its main thread's CPU time, measured inside the process so that time other
// processes take does not count against it: the collector's and compiler's
// threads run beside the main one, not in the user's wait, but the main thread
// waits for them now and then, so that on an idle machine the wait runs about
// a sixth longer than its CPU time (the heaviest cases: 930 ms against 785,
// 1,160 against 979). 1,700 ms of it is 2 s of waiting. The whole process's
// CPU time is held to twice 2 s (a collector thrashing), and the wall clock to
// a bound that still catches a hang (a FIFO waits with no CPU at all) on a CI
// machine shared with other jobs.
const CPU_BOUND_MS = 1700;
const PROCESS_CPU_BOUND_MS = 4000;
const WALL_BOUND_MS = 10_000;

// A case measured again for time alone is measured beside a reference run of fixed work, 10,000 samples of the
// shipped ranged scenario, whose main thread takes about 480 ms on a quiet machine. Where the machine is slower than
// that (other test files on its cores, a busy host), the CPU bounds are stretched by as much, as the benchmark
// stretches its own (scripts/bench.mjs): the heaviest cases, 1.5-1.7 s alone here, came to 1.75-1.95 s in full runs,
// four measurements running, and the same case measured 1.6 s and 2.3 s alone within an hour on one machine.
const REFERENCE: Case = {
  id: 'reference',
  manifest: { why: 'the machine speed the CPU bounds are stretched by', args: ['estimate', 'scenarios/uncertain-worker.yaml', '--format', 'json'], exit: 0 },
  input: null,
};
const QUIET_REFERENCE_MS = 480;

function manifestOf(path: string, text: string): Manifest | null {
  // A front-matter comment at the top of a YAML file: `# case:` and the lines after it indented under it.
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  if (!lines[0]?.startsWith('# case:')) return null;
  const block = [];
  for (const line of lines) {
    if (!(line.startsWith('# case:') || line.startsWith('#   '))) break;
    block.push(line.slice(2));
  }
  return (parse(block.join('\n')) as { case: Manifest }).case;
}

function loadCases(): Case[] {
  const cases: Case[] = [];
  for (const kind of readdirSync(CORPUS, { withFileTypes: true })) {
    if (!kind.isDirectory() || kind.name === 'support') continue;
    const folder = join(CORPUS, kind.name);
    const names = readdirSync(folder).sort();
    for (const name of names) {
      const path = join(folder, name);
      const id = `${kind.name}/${name}`;
      if (name.endsWith('.case.yaml')) {
        const stem = name.slice(0, -'.case.yaml'.length);
        const inputs = names.filter((other) => other !== name && other.startsWith(`${stem}.`) && !other.endsWith('.case.yaml'));
        if (inputs.length > 1) throw new Error(`${id}: more than one input named ${stem}.*: ${inputs.join(', ')}`);
        const manifest = parse(readFileSync(path, 'utf8')) as Manifest;
        cases.push({ id, manifest, input: inputs[0] ? relative(REPO, join(folder, inputs[0])) : null });
        continue;
      }
      if (existsSync(join(folder, `${name.replace(/\.[^.]+$/, '')}.case.yaml`))) continue;
      const manifest = manifestOf(path, readFileSync(path).toString('utf8'));
      // A file here with no manifest would be a case that never runs.
      if (!manifest) throw new Error(`${id}: no manifest: give it a "# case:" front-matter comment or a ${name.replace(/\.[^.]+$/, '')}.case.yaml beside it`);
      cases.push({ id, manifest, input: relative(REPO, path) });
    }
  }
  return cases;
}

function runCase(one: Case): Promise<Outcome> {
  const dir = tempDir();
  const made = one.manifest.make ? MAKERS[one.manifest.make](dir) : null;
  const file = made ?? one.input;
  const tmp = join(dir, 'out');
  mkdirSync(tmp);
  const args = one.manifest.args.map((arg) => arg.replaceAll('$FILE', file ?? '$FILE').replaceAll('$TMP', tmp));
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--require', CLOCK, BIN, ...args], {
      cwd: REPO,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', COLUMNS: '80', ...one.manifest.env },
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
      timeout: WALL_BOUND_MS * 2,
      killSignal: 'SIGKILL',
    });
    const streams = { stdout: [] as Buffer[], stderr: [] as Buffer[], clock: [] as Buffer[] };
    child.stdout!.on('data', (chunk: Buffer) => streams.stdout.push(chunk));
    child.stderr!.on('data', (chunk: Buffer) => streams.stderr.push(chunk));
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => streams.clock.push(chunk));
    child.on('close', (code, signal) => {
      const clock = Buffer.concat(streams.clock).toString('utf8');
      const measured = clock ? (JSON.parse(clock) as { cpuMs: number; mainThreadMs: number | null; maxRssMb: number }) : null;
      resolve({
        code,
        signal,
        stdout: Buffer.concat(streams.stdout).toString('utf8'),
        stderr: Buffer.concat(streams.stderr).toString('utf8'),
        wallMs: Date.now() - started,
        cpuMs: measured?.cpuMs ?? null,
        mainThreadMs: measured?.mainThreadMs ?? null,
        maxRssMb: measured?.maxRssMb ?? null,
        args,
        file,
        tmp,
      });
    });
  });
}

/** Runs every case, a few at a time: a hundred processes at once would measure the machine, not the tool. */
async function runAll(cases: readonly Case[]): Promise<Map<string, Outcome>> {
  const outcomes = new Map<string, Outcome>();
  const queue = [...cases];
  const workers = Array.from({ length: Math.min(2, availableParallelism()) }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) outcomes.set(next.id, await runCase(next));
  });
  await Promise.all(workers);
  return outcomes;
}

// SLCOST_HOSTILE=serverless (a kind, or the start of a case's id) runs only those cases, while writing them.
const ONLY = process.env.SLCOST_HOSTILE;
const CASES = loadCases().filter((one) => !ONLY || one.id.startsWith(ONLY));
let outcomes: Map<string, Outcome>;
/** How much slower than a quiet one the machine was where a case was measured again (REFERENCE); 1 elsewhere. */
const stretches = new Map<string, number>();

/** A fault of time alone (CPU or the wall clock over its bound), which a machine that is busy beside the run can cause. */
const TIME_FAULT = /^\d+ ms(?: of CPU)?/;

beforeAll(async () => {
  if (!existsSync(join(REPO, 'dist', 'slcost.cjs'))) throw new Error('build the CLI first: npm run build');
  outcomes = await runAll(CASES);
  // A case over a time bound and at fault in nothing else is measured again, one at a time, up to three times, and its
  // fastest run counts, as a benchmark takes the least of its runs: two cases at a time, beside the other test files,
  // share two cores and their caches, and the heaviest cases (20,000 queues, a 20,000-state chain, now 12,000) came to 1.7-2.1 s of
  // main-thread CPU in a full run, once even on the second measurement, where alone they take 1.2-1.4 s. A case slow of
  // itself (work that grows with the square of its input) is as slow every time, and fails.
  for (const one of CASES) {
    let quickestReferenceMs = Number.POSITIVE_INFINITY;
    for (let again = 0; again < 3 && onlyTimeFaults(one.manifest, outcomes.get(one.id)!, stretches.get(one.id)); again++) {
      const reference = await runCase(REFERENCE);
      quickestReferenceMs = Math.min(quickestReferenceMs, reference.mainThreadMs ?? reference.cpuMs ?? Number.POSITIVE_INFINITY);
      if (Number.isFinite(quickestReferenceMs)) stretches.set(one.id, Math.max(1, quickestReferenceMs / QUIET_REFERENCE_MS));
      outcomes.set(one.id, fastest(outcomes.get(one.id)!, await runCase(one)));
    }
  }
  // Some 800 cases, two at a time: a couple of minutes on a quiet machine, several on a busy one. Each case's own
  // bound is CPU time (cpu-clock.cjs), which a busy machine moves little; this one is only against a hang of the whole.
}, 900_000);

describe('the hostile-input corpus', () => {
  it.skipIf(ONLY)('has at least a hundred cases, of every kind', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(100);
    const kinds = new Set(CASES.map((one) => one.id.split('/')[0]));
    expect([...kinds].sort()).toEqual(['answers', 'command-line', 'offers', 'prices', 'sam', 'scenario', 'serverless', 'usage']);
  });

  it('keeps no input of a megabyte or more in the repository: those are made at test time (MAKERS)', () => {
    const big = CASES.flatMap((one) => (one.input && statSync(one.input).size >= 1024 * 1024 ? [one.input] : []));
    expect(big).toEqual([]);
  });

  it.each(CASES.map((one) => [one.id, one] as const))('%s', (_id, one) => {
    const outcome = outcomes.get(one.id)!;
    const stretch = stretches.get(one.id) ?? 1;
    const shown = `${outcome.args.join(' ')}\n--- exit ${outcome.code} ${outcome.signal ?? ''}, ${outcome.mainThreadMs} ms CPU on the main thread, ${outcome.cpuMs} in all, ${outcome.wallMs} ms${stretch > 1 ? `; CPU bounds stretched ${stretch.toFixed(2)}x for a machine that slow` : ''}\n--- stderr\n${outcome.stderr.slice(0, 2000)}\n--- stdout\n${outcome.stdout.slice(0, 2000)}`;
    expect(faults(one.manifest, outcome, stretch), shown).toEqual([]);
  });
});

/** Whether a run's only faults are of time (see TIME_FAULT). */
function onlyTimeFaults(manifest: Manifest, outcome: Outcome, stretch = 1): boolean {
  const found = faults(manifest, outcome, stretch);
  return found.length > 0 && found.every((what) => TIME_FAULT.test(what));
}

/** Of two runs of one case, the one that waited on the CPU less. */
function fastest(first: Outcome, second: Outcome): Outcome {
  const waited = (outcome: Outcome) => outcome.mainThreadMs ?? outcome.cpuMs ?? Number.POSITIVE_INFINITY;
  return waited(second) < waited(first) ? second : first;
}

/** What a run did wrong by the rules above, in words; none for a run that did right. `stretch`: the CPU bounds', where the machine was slow (REFERENCE). */
function faults(manifest: Manifest, outcome: Outcome, stretch = 1): string[] {
  const found: string[] = [];
  const fault = (failed: boolean, what: string) => failed && found.push(what);
  fault(outcome.signal !== null, `ended by ${outcome.signal}`);
  fault(outcome.code !== manifest.exit, `exit code ${outcome.code}, expected ${manifest.exit}`);
  if (manifest.exit === 2) {
    fault(outcome.stdout !== '', 'standard output is not empty on exit 2');
    // Every line of the message is a message line: a later line without the prefix reads as the tool's own.
    const lines = outcome.stderr.trimEnd().split('\n');
    fault(!lines.every((line) => /^slcost: \S/.test(line)), 'a line of standard error does not start "slcost: "');
    const file = manifest.names === undefined ? outcome.file : manifest.names && manifest.names.replaceAll('$TMP', outcome.tmp);
    fault(!!file && !outcome.stderr.includes(file), `the message does not name ${file}`);
  }
  fault(manifest.stderr !== undefined && !outcome.stderr.includes(manifest.stderr), `standard error lacks ${JSON.stringify(manifest.stderr)}`);
  fault(manifest.stdout !== undefined && !outcome.stdout.includes(manifest.stdout), `standard output lacks ${JSON.stringify(manifest.stdout)}`);
  for (const [name, stream] of [
    ['standard output', outcome.stdout],
    ['standard error', outcome.stderr],
  ] as const) {
    fault(STACK_FRAME.test(stream), `a stack trace on ${name}`);
    fault(ERROR_INTERNALS.test(stream), `an internal error on ${name}`);
    fault(RAW_CONTROL.test(stream), `a raw control character on ${name}`);
    fault(FORGED_LINE.test(stream), `a forged line on ${name}`);
    for (const blank of BLANKS.filter((word) => !manifest.quotes?.includes(word))) fault(stream.includes(blank), `${JSON.stringify(blank)} on ${name}`);
    for (const fragment of manifest.lacks ?? []) fault(stream.includes(fragment), `${JSON.stringify(fragment)} on ${name}`);
  }
  fault(outcome.cpuMs === null, 'the CPU clock did not report');
  const waitedMs = outcome.mainThreadMs ?? outcome.cpuMs;
  const cpuBoundMs = Math.round(CPU_BOUND_MS * stretch);
  const processBoundMs = Math.round(PROCESS_CPU_BOUND_MS * stretch);
  fault(waitedMs !== null && waitedMs >= cpuBoundMs, `${waitedMs} ms of CPU on the main thread, over ${cpuBoundMs}`);
  fault(outcome.cpuMs !== null && outcome.cpuMs >= processBoundMs, `${outcome.cpuMs} ms of CPU in all threads, over ${processBoundMs}`);
  fault(outcome.wallMs >= WALL_BOUND_MS, `${outcome.wallMs} ms, over ${WALL_BOUND_MS}`);
  return found;
}

describe('the rules themselves', () => {
  // Each rule, shown failing on a run that breaks it: a check that cannot fail would pass every case.
  const clean: Outcome = {
    code: 2,
    signal: null,
    stdout: '',
    stderr: 'slcost: a.yaml: no such file\n',
    wallMs: 200,
    cpuMs: 150,
    mainThreadMs: 120,
    maxRssMb: 50,
    args: [],
    file: 'a.yaml',
    tmp: '/tmp/x',
  };
  const refused: Manifest = { why: '', args: [], exit: 2 };
  it.each<[string, Partial<Outcome>, string]>([
    ['a crash', { code: 3 }, 'exit code 3, expected 2'],
    ['a signal', { code: null, signal: 'SIGKILL' }, 'ended by SIGKILL'],
    ['output on exit 2', { stdout: 'x' }, 'standard output is not empty on exit 2'],
    ['a second line without the prefix', { stderr: 'slcost: a.yaml: bad\n  more\n' }, 'a line of standard error does not start "slcost: "'],
    ['a message that names no file', { stderr: 'slcost: bad\n' }, 'the message does not name a.yaml'],
    ['a stack trace', { stderr: 'slcost: a.yaml: x\n    at run (/x/slcost.cjs:1:2)\n' }, 'a stack trace on standard error'],
    ['an internal error', { stderr: 'slcost: a.yaml: TypeError: x is not a function\n' }, 'an internal error on standard error'],
    ["the engine's stack overflow", { stderr: 'slcost: a.yaml: Maximum call stack size exceeded\n' }, 'an internal error on standard error'],
    ['a raw ESC', { stderr: 'slcost: a.yaml: \u001b]52;c;x\u0007\n' }, 'a raw control character on standard error'],
    ['a raw C1 control', { stderr: 'slcost: a.yaml: \u009b2J\n' }, 'a raw control character on standard error'],
    ['a bidirectional override', { stderr: 'slcost: a.yaml: \u202e\n' }, 'a raw control character on standard error'],
    ['a lone carriage return', { stderr: 'slcost: a.yaml: x\ry\n' }, 'a raw control character on standard error'],
    ['a forged warning', { code: 0, stdout: 'api\nwarning [budget]: FORGED\n' }, 'a forged line on standard output'],
    ['undefined', { stderr: 'slcost: a.yaml: undefined is not a number\n' }, '"undefined" on standard error'],
    ['[object Object]', { stderr: 'slcost: a.yaml: got [object Object]\n' }, '"[object Object]" on standard error'],
    ['null null', { stderr: 'slcost: a.yaml: got null null\n' }, '"null null" on standard error'],
    ["zod's bare words", { stderr: 'slcost: a.yaml: Invalid input\n' }, '"Invalid input" on standard error'],
    ['too much CPU on the main thread', { mainThreadMs: 1800, cpuMs: 2500 }, '1800 ms of CPU on the main thread, over 1700'],
    ['too much CPU, told by the process alone', { mainThreadMs: null, cpuMs: 2500 }, '2500 ms of CPU on the main thread, over 1700'],
    ['too much CPU in the threads beside the main one', { mainThreadMs: 1500, cpuMs: 4100 }, '4100 ms of CPU in all threads, over 4000'],
    ['a hang', { wallMs: 20_000 }, '20000 ms, over 10000'],
  ])('%s fails a case', (_what, change, fault) => {
    expect(faults(refused, clean)).toEqual([]);
    expect(faults(refused, { ...clean, ...change })).toContain(fault);
  });

  it('tells a fault of time alone, which is measured again alone, from every other fault', () => {
    const time = faults(refused, { ...clean, mainThreadMs: 1800, cpuMs: 4100, wallMs: 20_000 });
    expect(time).toHaveLength(3);
    expect(time.every((what) => TIME_FAULT.test(what))).toBe(true);
    const other = faults({ ...refused, stderr: 'nowhere', lacks: ['a.yaml'] }, { ...clean, code: 0, signal: 'SIGKILL', stdout: 'x', stderr: 'undefined' });
    expect(other.length).toBeGreaterThan(3);
    expect(other.some((what) => TIME_FAULT.test(what))).toBe(false);
    expect(onlyTimeFaults(refused, { ...clean, mainThreadMs: 1800 })).toBe(true);
    expect(onlyTimeFaults(refused, { ...clean, mainThreadMs: 1800, code: 3 })).toBe(false);
    expect(onlyTimeFaults(refused, clean)).toBe(false);
  });

  it('stretches the CPU bounds by how much slower than a quiet one the machine was, and never tightens them', () => {
    const heavy = { ...clean, mainThreadMs: 1943, cpuMs: 4300 };
    expect(faults(refused, heavy)).toEqual(['1943 ms of CPU on the main thread, over 1700', '4300 ms of CPU in all threads, over 4000']);
    // The reference at 576 ms against its quiet 480: the machine 1.2x slower, the bounds 2,040 and 4,800 ms.
    expect(faults(refused, heavy, 576 / QUIET_REFERENCE_MS)).toEqual([]);
    expect(faults(refused, { ...heavy, mainThreadMs: 2100 }, 576 / QUIET_REFERENCE_MS)).toEqual(['2100 ms of CPU on the main thread, over 2040']);
    // The wall clock, which catches a hang, is not stretched.
    expect(faults(refused, { ...clean, wallMs: 12_000 }, 2)).toEqual(['12000 ms, over 10000']);
    expect(onlyTimeFaults(refused, heavy, 1.2)).toBe(false);
  });

  it('of two runs of a case, the one that waited on the CPU less counts', () => {
    const slow = { ...clean, mainThreadMs: 2055, cpuMs: 2600 };
    const quick = { ...clean, mainThreadMs: 1325, cpuMs: 2900 };
    expect(fastest(slow, quick)).toBe(quick);
    expect(fastest(quick, slow)).toBe(quick);
    // Told by the process alone where the main thread's clock is missing.
    expect(fastest({ ...slow, mainThreadMs: null }, { ...quick, mainThreadMs: null })).toMatchObject({ cpuMs: 2600 });
  });

  it('a fragment the case expects, and one it forbids', () => {
    expect(faults({ ...refused, stderr: 'nowhere' }, clean)).toEqual(['standard error lacks "nowhere"']);
    expect(faults({ ...refused, lacks: ['such'] }, clean)).toEqual(['"such" on standard error']);
    // A CSV row's CR LF is no control character.
    expect(faults({ ...refused, exit: 0 }, { ...clean, code: 0, stdout: 'a,b\r\nc,d\r\n', stderr: '' })).toEqual([]);
  });
});
