// Mistakes in the command line: each is one line on standard error, naming
// what was wrong and, where there is one, the nearest right word; exit code 2,
// nothing on standard output. Never a crash, whatever the words.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, tempFile } from '../helpers/files.js';
import { runCli } from '../helpers/run-cli.js';

function refused(args: string[]): string {
  const result = runCli(args);
  expect(result.status, result.stderr).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^slcost: [^\n]+\n$/);
  return result.stderr;
}

describe('did you mean', () => {
  it('--versoin suggests --version', () => {
    expect(refused(['--versoin'])).toBe("slcost: unknown option '--versoin'; did you mean --version?\n");
  });

  it('pricing lst suggests list', () => {
    expect(refused(['pricing', 'lst'])).toBe("slcost: unknown command 'lst'; did you mean list?\n");
  });

  it('help estimat suggests estimate', () => {
    expect(refused(['help', 'estimat'])).toBe("slcost: unknown command 'estimat'; did you mean estimate?\n");
  });

  it('an option misspelt after a subcommand suggests that subcommand’s option', () => {
    expect(refused(['pricing', 'show', 'aws-2024-02-01', '--servce', 'lambda'])).toBe("slcost: unknown option '--servce'; did you mean --service?\n");
  });

  it('a word with nothing near it says where the commands are', () => {
    expect(refused(['frobnicate'])).toBe("slcost: unknown command 'frobnicate' (see slcost --help)\n");
  });
});

describe('option values', () => {
  it('estimate --format with no value', () => {
    expect(refused(['estimate', 'scenarios/growing-api.yaml', '--format'])).toBe("slcost: option '-f, --format <format>' argument missing\n");
    expect(refused(['estimate', '--format'])).toBe("slcost: option '-f, --format <format>' argument missing\n");
  });

  it('an option of one value given again with another is refused, naming both: the last was taken in silence', () => {
    // diff priced both sides with the second usage file: the same bill twice, a change of $0.00.
    const template = 'scenarios/templates/thumbnail-sam/template.yaml';
    const usage = 'scenarios/templates/thumbnail-sam/usage.yaml';
    expect(refused(['diff', template, template, '--usage', usage, '--usage', 'other.yaml'])).toBe(
      `slcost: --usage is given twice (${usage}, then other.yaml) and takes one value: give it once\n`,
    );
    expect(refused(['estimate', 'scenarios/growing-api.yaml', '--budget', '5', '--budget=5000'])).toBe(
      'slcost: --budget is given twice (5, then 5000) and takes one value: give it once\n',
    );
    expect(refused(['estimate', 'scenarios/growing-api.yaml', '-f', 'json', '--format', 'csv'])).toBe(
      'slcost: --format is given twice (json, then csv) and takes one value: give it once\n',
    );
    // The same value again changes nothing; options that take more (--function, --compare) take each.
    expect(runCli(['estimate', 'scenarios/growing-api.yaml', '--format', 'json', '-f', 'json']).status).toBe(0);
    expect(runCli(['tune', 'scenarios/growing-api.yaml', '--function', 'api', '--function', 'api']).status).toBe(0);
  });

  it('an unknown format names the choices', () => {
    expect(refused(['estimate', 'x', '--format', 'xml'])).toBe(
      "slcost: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are table, json, markdown, csv, html.\n",
    );
    expect(refused(['pricing', 'list', '-f', 'csv'])).toBe("slcost: option '-f, --format <format>' argument 'csv' is invalid. Allowed choices are table, json.\n");
  });

  it('- as a file to write is refused: it was written as a file named -, and init’s hint to price it with estimate - read standard input', () => {
    const why = "It must be a file's path: - stands for standard input or output, and this writes a file (write ./- for a file named -).";
    expect(refused(['estimate', 'scenarios/growing-api.yaml', '-o', '-'])).toBe(`slcost: option '-o, --output <file>' argument '-' is invalid. ${why}\n`);
    expect(refused(['init', '-'])).toBe(`slcost: command-argument value '-' is invalid for argument 'file'. ${why}\n`);
    expect(refused(['usage', 'init', 'scenarios/templates/thumbnail-sam/template.yaml', '--output', '-'])).toBe(
      `slcost: option '-o, --output <file>' argument '-' is invalid. ${why}\n`,
    );
    expect(refused(['pricing', 'import', 'test/fixtures/offers/AWSLambda-us-east-1.json', '-o', '-'])).toBe(
      `slcost: option '-o, --output <file>' argument '-' is invalid. ${why}\n`,
    );
  });

  it('usage init names a scenario or a usage file given in place of a template for what it is, and writes nothing', () => {
    const output = join(tempDir(), 'usage.yaml');
    expect(refused(['usage', 'init', 'scenarios/growing-api.yaml', '-o', output])).toBe(
      "slcost: scenarios/growing-api.yaml: is not a serverless.yml or a SAM template: it is a scenario, which gives its functions' usage itself; price it with slcost estimate scenarios/growing-api.yaml\n",
    );
    expect(refused(['usage', 'init', 'scenarios/templates/image-processor/usage.yaml', '-o', output])).toBe(
      'slcost: scenarios/templates/image-processor/usage.yaml: is not a serverless.yml or a SAM template: it is a usage file; give the template whose functions it describes\n',
    );
    expect(refused(['usage', 'init', 'README.md', '-o', output])).toBe('slcost: README.md: is not a serverless.yml or a SAM template\n');
    expect(existsSync(output)).toBe(false);
  });

  it('pricing import refuses to write over an offer file it reads, --force or not', () => {
    const offer = tempFile(readFileSync('test/fixtures/offers/AWSLambda-us-east-1.json', 'utf8'), 'AWSLambda-us-east-1.json');
    expect(refused(['pricing', 'import', offer, '--region', 'us-east-1', '-o', offer, '--force']).replaceAll(offer, 'OFFER')).toBe(
      'slcost: OFFER: is an offer file this import reads; choose another name with --output\n',
    );
    expect(readFileSync(offer, 'utf8')).toBe(readFileSync('test/fixtures/offers/AWSLambda-us-east-1.json', 'utf8'));
  });

  it('schema --output followed by a file name says that --output here asks for the output schema, and how to write it to a file', () => {
    expect(refused(['schema', '--output', 'estimate.schema.json'])).toBe(
      'slcost: --output here asks for the "output" schema, not a file: slcost schema prints to standard output (slcost schema output > estimate.schema.json)\n',
    );
    expect(refused(['schema', 'nope'])).toBe('slcost: no schema "nope"; there are: scenario, output, outputs\n');
  });

  it('a missing or extra argument points at the command’s help', () => {
    expect(refused(['estimate'])).toBe("slcost: missing required argument 'scenario' (see slcost estimate --help)\n");
    expect(refused(['breakeven', 'a.yaml', 'b.yaml'])).toBe("slcost: too many arguments for 'breakeven'. Expected 1 argument but got 2 (see slcost breakeven --help)\n");
  });
});

describe('words that are also names in every JavaScript object', () => {
  it.each([['constructor'], ['toString'], ['__proto__'], ['hasOwnProperty'], ['valueOf']])('slcost %s is an unknown command', (name) => {
    expect(refused([name])).toBe(`slcost: unknown command '${name}' (see slcost --help)\n`);
  });

  it.each([['hasOwnProperty'], ['constructor'], ['__proto__'], ['toString']])('slcost help %s is an unknown command', (name) => {
    expect(refused(['help', name])).toMatch(new RegExp(`^slcost: unknown command '${name}' \\(commands: estimate, usage, pricing, `));
  });

  it.each([
    [['pricing', 'constructor']],
    [['usage', '__proto__']],
    [['pricing', 'help', 'toString']],
    [['--constructor']],
    [['estimate', 'scenarios/growing-api.yaml', '--__proto__']],
    [['estimate', 'scenarios/growing-api.yaml', '--format', 'constructor']],
    [['schema', 'hasOwnProperty']],
    [['schema', '--output', 'scenario']],
    [['pricing', 'show', 'aws-2024-02-01', '--service', 'toString']],
  ])('%j is refused, not a crash', (args) => {
    refused(args);
  });

  it.each([
    [['estimate', 'scenarios/growing-api.yaml', '--format', 'x\u001b]52;c;ZXZpbA==\u0007'], "argument 'x\\x1b]52;c;ZXZpbA==\\x07' is invalid"],
    [['completion', 'bash\u001b[2J'], "value 'bash\\x1b[2J' is invalid for argument 'shell'"],
    [['est\u001bimate'], "unknown command 'est\\x1bimate'"],
    [['estimate', 'x', '--\u009bx'], "unknown option '--\\x9bx'"],
  ])('a value commander refuses is quoted back with its control characters escaped: %j', (args, message) => {
    expect(refused(args)).toContain(message);
  });

  it.each([
    [['estimate', 'scenarios/growing-api.yaml', '--pricing-file', ''], "option '--pricing-file <file>' argument '' is invalid"],
    [['estimate', 'scenarios/templates/thumbnail-sam/template.yaml', '--usage', ''], "option '-u, --usage <file>' argument '' is invalid"],
    [['estimate', 'scenarios/growing-api.yaml', '--output', ''], "option '-o, --output <file>' argument '' is invalid"],
    [['decide', '--answers', ''], "option '--answers <file>' argument '' is invalid"],
    [['init', ''], "value '' is invalid for argument 'file'"],
    [['estimate', ''], 'a file name is empty; give the path of a file'],
  ])("an empty file name (an unset variable's) is refused, not taken for no option: %j", (args, message) => {
    // --pricing-file '' priced with the shipped table, without a word.
    expect(refused(args)).toContain(message);
  });
});

describe('help and the version', () => {
  it('--version prints only the version', () => {
    for (const flag of ['--version', '-V']) {
      const result = runCli([flag]);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
      expect(result.stderr).toBe('');
    }
  });

  it('help COMMAND, COMMAND --help and COMMAND -h print the same help', () => {
    const help = runCli(['help', 'pricing', 'show']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: slcost pricing show \[options\] <id>\n/);
    expect(runCli(['pricing', 'show', '--help']).stdout).toBe(help.stdout);
    expect(runCli(['pricing', 'help', 'show']).stdout).toBe(help.stdout);
    expect(runCli(['pricing', 'show', '-h']).stdout).toBe(help.stdout);
  });

  it("estimate's help says it prices the logs and the services around the functions, as the README's first lines do", () => {
    // It listed Lambda's lines and API Gateway alone, as before the services were priced.
    const description = runCli(['estimate', '--help']).stdout.split('\n\n')[1]!.replace(/\s+/g, ' ');
    expect(description).toContain("API Gateway, the functions' logs and the services around them (DynamoDB, S3, SQS, …), as line items");
  });

  it('breakeven and diff say they read a template with --usage, as estimate and tune do', () => {
    // Both read one, but their arguments' help named a scenario file alone.
    for (const command of ['breakeven', 'diff']) {
      const help = runCli([command, '--help']).stdout.replace(/\s+/g, ' ');
      expect(help).toContain('or a template with --usage');
    }
  });

  it('fits 80 columns', () => {
    for (const args of [['--help'], ['estimate', '--help'], ['breakeven', '--help'], ['decide', '--help'], ['pricing', '--help']]) {
      for (const line of runCli(args).stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    }
  });

  it('no command is exit 2, with the help on standard error', () => {
    for (const args of [[], ['pricing'], ['usage']]) {
      const result = runCli(args);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^slcost: (a command is needed|\w+ needs a command: .*)\n\nUsage: slcost /);
    }
  });
});
