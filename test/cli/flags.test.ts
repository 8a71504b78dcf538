// The command-line reader people's flags go through first (plainFlags) must
// read every command line it accepts exactly as Node's parseArgs does; it
// leaves everything else, and every error, to parseArgs.
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFlags, plainFlags, SCENARIO_FLAGS } from '../../src/commands/shell.js';

const options = { ...SCENARIO_FLAGS, points: { type: 'string' } } as const;
const byNode = (args: string[]) => {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch {
    return 'error';
  }
};

describe('plainFlags', () => {
  it('reads the usual command lines itself', () => {
    const lines = [
      ['scenarios/a.yaml'],
      ['scenarios/a.yaml', 'scenarios/b.yaml', '--format', 'json'],
      ['--format=csv', '-p', 'aws-2024-02-01', 'a.yaml', '--no-free-tier'],
      ['-h'],
      ['--points', '10000', '-f', 'markdown', '-', '--format', 'table'],
    ];
    for (const args of lines) {
      const plain = plainFlags(args, options);
      expect(plain, args.join(' ')).toBeDefined();
      expect(plain).toStrictEqual(byNode(args));
    }
  });

  it('reads every command line it accepts as parseArgs does, and leaves it every error', () => {
    const word = fc.constantFrom(
      ...['--format', '--format=json', '--format=', '--format=-x', '-f', '-fjson', '-f=json', '--pricing', '-p', '--no-free-tier', '--no-free-tier=1'],
      ...['--help', '-h', '-hf', '--points', '--usage', '-u', '--pricing-date', '--pricing-file', '--formt', '-x', '--', '-', '--=x', '---format'],
      ...['--__proto__', '--constructor', '--toString', 'json', 'csv', 'a.yaml', '', '-5', '10000', 'aws-2024-02-01', '=', '--help=true'],
    );
    let readByBoth = 0;
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (args) => {
        const plain = plainFlags(args, options);
        if (plain === undefined) return;
        readByBoth++;
        expect(plain).toStrictEqual(byNode(args));
      }),
      { numRuns: 5000 },
    );
    expect(readByBoth).toBeGreaterThan(500);
  });

  it('words errors as parseArgs has them, through parseFlags', () => {
    expect(() => parseFlags(['--formt', 'json'], options)).toThrow('unknown option --formt; did you mean --format?');
    expect(() => parseFlags(['--format'], options)).toThrow("Option '-f, --format <value>' argument missing");
    expect(() => parseFlags(['--help=yes'], options)).toThrow("Option '-h, --help' does not take an argument");
  });
});
