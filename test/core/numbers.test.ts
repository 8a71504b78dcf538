import { describe, expect, it } from 'vitest';
import { formatCounted } from '../../src/core/numbers.js';

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
