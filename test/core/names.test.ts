import { describe, expect, it } from 'vitest';
import { listNames, listParts, lookalikeOf, NAMES_LISTED } from '../../src/core/names.js';

describe('listNames', () => {
  it('lists up to ten names whole, and past them the first ten and a count of the rest', () => {
    const names = (count: number) => Array.from({ length: count }, (_, i) => `f${i}`);
    expect(NAMES_LISTED).toBe(10);
    expect(listNames([])).toBe('');
    expect(listNames(['api'])).toBe('api');
    expect(listNames(names(10))).toBe('f0, f1, f2, f3, f4, f5, f6, f7, f8, f9');
    expect(listNames(names(11))).toBe('f0, f1, f2, f3, f4, f5, f6, f7, f8, f9 and 1 more');
    expect(listNames(names(12_345))).toBe('f0, f1, f2, f3, f4, f5, f6, f7, f8, f9 and 12,335 more');
    expect(listNames(names(5), 2)).toBe('f0, f1 and 3 more');
  });

  it('lists parts of a sentence with their own separator, the rest counted', () => {
    const parts = Array.from({ length: 12 }, (_, i) => `q${i}: ${i} GB`);
    expect(listParts(parts.slice(0, 2), '; ')).toBe('q0: 0 GB; q1: 1 GB');
    expect(listParts(parts, '; ')).toBe('q0: 0 GB; q1: 1 GB; q2: 2 GB; q3: 3 GB; q4: 4 GB; q5: 5 GB; q6: 6 GB; q7: 7 GB; q8: 8 GB; q9: 9 GB; 2 more');
    expect(listParts(['a', 'b', 'c'], ' + ', 2)).toBe('a + b + 1 more');
  });
});

describe('lookalikeOf', () => {
  it('finds the known name a name prints like, a letter outside ASCII for each of its ASCII letters that differ', () => {
    expect(lookalikeOf('\u041erders', ['Jobs', 'Orders'])).toEqual({ name: 'Orders', differs: 'U+041E where it has O' });
    expect(lookalikeOf('\u041erder\u0455', ['Orders'])).toEqual({ name: 'Orders', differs: 'U+041E where it has O, U+0455 where it has s' });
    // Astral letters count as one: the mathematical bold O is one code point of two UTF-16 units.
    expect(lookalikeOf('\u{1d40e}rders', ['Orders'])).toEqual({ name: 'Orders', differs: 'U+1D40E where it has O' });
  });

  it('finds none for an ASCII name, one of another length, or one that differs by an ASCII letter too', () => {
    expect(lookalikeOf('Order', ['Orders'])).toBeNull();
    expect(lookalikeOf('\u041erder', ['Orders'])).toBeNull();
    expect(lookalikeOf('\u041ereers', ['Orders'])).toBeNull();
    expect(lookalikeOf('caf\u00e9', ['caf\u00e9s'])).toBeNull();
  });
});
