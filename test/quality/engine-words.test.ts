// The engine speaks no command line: it names options and settings by
// reference, and the edge puts them in words. These hold it to that.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { option, setting } from '../../src/core/refer.js';
import { inWords, REFERENCES } from '../../src/report/words.js';

const ENGINE = ['src/core', 'src/providers'];

function sources(dir: string): Array<{ file: string; text: string }> {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      return { file, text: readFileSync(file, 'utf8') };
    });
}

/** The string and template literals of a source, comments left out: single-quoted, double-quoted (a message with an apostrophe in it) and template. */
function literals(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...code.matchAll(/`(?:[^`\\]|\\.)*`|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g)].map((match) => match[0]);
}

describe('what the engine says', () => {
  const files = ENGINE.flatMap(sources);

  it('has sources to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('reads every kind of literal', () => {
    // Prettier writes a string with an apostrophe in double quotes: a message read as code was never checked.
    expect(literals(`const a = "the table's --pricing";\nconst b = 'it' + \`\${a} --quiet\`;`)).toEqual([`"the table's --pricing"`, `'it'`, '`${a} --quiet`']);
  });

  it('names no command-line option in its messages', () => {
    const offending = files.flatMap(({ file, text }) =>
      literals(text)
        .filter((literal) => /(^|[\s(`'"])--[a-z]/.test(literal))
        .map((literal) => `${file}: ${literal}`),
    );
    expect(offending).toEqual([]);
  });

  it('writes no setting the edge has words for as text, but in a section reader (scenario.ts), whose errors stand at the field', () => {
    // Each setting as the edge writes it (`budget.percentile`), without a value it may be shown with (`: none`).
    const words = REFERENCES.setting.map((name) => inWords(setting(name)).split(/[ :]/)[0]!);
    const offending = files
      .filter(({ file }) => !/[\\/]scenario\.ts$/.test(file))
      .flatMap(({ file, text }) =>
        literals(text)
          // A message (words with spaces between), not a key the code reads or lists: `needs: ['duration_ms']`.
          .filter((literal) => /\s/.test(literal) && words.some((word) => literal.includes(word)))
          .map((literal) => `${file}: ${literal}`),
      );
    expect(offending).toEqual([]);
  });

  it('refers only to options and settings the edge has words for', () => {
    const references = files.flatMap(({ text }) =>
      [...text.matchAll(/\b(option|setting)\('([a-z0-9-]+)'\)/g)].map((match) => ({ kind: match[1] as 'option' | 'setting', name: match[2]! })),
    );
    expect(references.length).toBeGreaterThan(3);
    for (const { kind, name } of references) expect(REFERENCES[kind], `${kind}:${name}`).toContain(name);
  });

  it('puts references in words', () => {
    expect(inWords(`use ${option('no-free-tier')} for the cautious figure`)).toBe('use --no-free-tier for the cautious figure');
    expect(inWords(`a throttle (${setting('throttle')}) keeps it`)).toBe('a throttle (api_gateway.throttle.rate_limit_rps) keeps it');
  });

  it("puts an option in the run's own words where it gives them (the option that chose the prices), and the others as ever", () => {
    const text = `choose a newer one with ${option('pricing')}, or ${option('no-free-tier')}`;
    expect(inWords(text, { pricing: '--pricing-base' })).toBe('choose a newer one with --pricing-base, or --no-free-tier');
    // Object's own members are no words of a run.
    expect(inWords(text, {})).toBe('choose a newer one with --pricing, or --no-free-tier');
  });

  it('never takes text a user wrote for a reference', () => {
    // A function named like a reference could be written by hand, printed inside a warning.
    const name = '{option:pricing} {setting:throttle}';
    expect(inWords(`function ${name} has no price; choose another with ${option('pricing')}`)).toBe(`function ${name} has no price; choose another with --pricing`);
  });
});
