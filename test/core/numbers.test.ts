import { describe, expect, it } from 'vitest';
import { formatCount, formatCounted, numberInWords } from '../../src/core/numbers.js';
import { shownValue } from '../../src/schema/template-section.js';

describe('formatCount', () => {
  it('groups every digit from 1e21 on, where toFixed writes an exponent: 1e21 hours of retention were "1e+21 hours"', () => {
    expect(formatCount(1314000000.4)).toBe('1,314,000,000');
    expect(formatCount(1e21)).toBe('1,000,000,000,000,000,000,000');
    expect(formatCount(-1e21)).toBe('-1,000,000,000,000,000,000,000');
  });
});

describe('numberInWords', () => {
  it('writes plain digits where JavaScript writes an exponent, and names a long numeral by its digits', () => {
    expect(numberInWords(1e21)).toBe('1000000000000000000000');
    expect(numberInWords(1e-7)).toBe('0.0000001');
    expect(numberInWords(5e-324)).toBe('a number of 325 digits');
  });

  it("writes YAML's infinities and not-a-number as YAML does, not as Infinity and NaN", () => {
    expect([numberInWords(Infinity), numberInWords(-Infinity), numberInWords(NaN)]).toEqual(['.inf', '-.inf', '.nan']);
  });
});

describe("a template's value as a note quotes it", () => {
  it('quotes a number in plain digits: a TableClass of 1e21 was quoted as 1e+21, a FifoQueue of 0.0000001 as 1e-7', () => {
    expect(shownValue(1e21)).toBe('1000000000000000000000');
    expect(shownValue(0.0000001)).toBe('0.0000001');
    expect(shownValue(Infinity)).toBe('.inf');
    expect(shownValue(true)).toBe('true');
  });
});

describe('formatCounted', () => {
  it('agrees its noun with the count as printed, rounded to a whole number', () => {
    expect(formatCounted(1, 'cold start')).toBe('1 cold start');
    // 0.6 prints as 1, and 1.4 too: the noun follows what the reader sees, not the figure behind it.
    expect(formatCounted(0.6, 'cold start')).toBe('1 cold start');
    expect(formatCounted(1.4, 'request')).toBe('1 request');
    expect(formatCounted(0.4, 'request')).toBe('0 requests');
    expect(formatCounted(1.5, 'request')).toBe('2 requests');
    expect(formatCounted(12_345, 'query', 'queries')).toBe('12,345 queries');
  });
});
