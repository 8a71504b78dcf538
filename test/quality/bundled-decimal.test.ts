// The bundle's decimal.js keeps ln(10) and pi as digit strings (scripts/decimal-constants.mjs).
// Whatever uses them must give the same digits as decimal.js as published.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Decimal as Published } from 'decimal.js';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the build, without types
import { constantsAsStrings } from '../../scripts/decimal-constants.mjs';
import { tempDir } from '../helpers/files.js';

const sourcePath = createRequire(import.meta.url).resolve('decimal.js/decimal.mjs');

describe('decimal.js with its constants left as strings', () => {
  it('computes what the published decimal.js computes, to 200 digits', async () => {
    const file = join(tempDir(), 'decimal.mjs');
    writeFileSync(file, (constantsAsStrings as (source: string) => string)(readFileSync(sourcePath, 'utf8')));
    const { Decimal: Bundled } = (await import(pathToFileURL(file).href)) as { Decimal: typeof Published };
    const results = (D: typeof Published) => {
      const Precise = D.clone({ precision: 200 });
      return [
        new Precise(2).ln(),
        new Precise(10).log(3),
        new Precise('0.5').exp(),
        new Precise(2).pow('0.5'),
        Precise.acos('0.5'),
        Precise.atan(1).times(4),
        new Precise(1).sin(),
        new Precise('1e-7').ln(),
      ].map((value) => value.toString());
    };
    expect(results(Bundled)).toEqual(results(Published));
    expect(results(Bundled)[5]).toMatch(/^3\.14159265358979323846/);
  });

  it('refuses a decimal.js that no longer makes its constants as expected', () => {
    expect(() => (constantsAsStrings as (source: string) => string)('export var Decimal = 1;')).toThrow(/no longer makes its constants/);
  });
});
