import { describe, expect, it } from 'vitest';
import { meantName, suggest } from '../../src/suggest.js';

describe('suggest', () => {
  it('names the nearest candidate within a few edits, a swap of neighbours counting as one', () => {
    expect(suggest('memroy_mb', ['memory_mb', 'duration_ms'])).toBe('memory_mb');
    expect(suggest('Qeueu7', ['Queue1', 'Queue7', 'Queue17'])).toBe('Queue7');
    expect(suggest('MEMORY_MB', ['memory_mb'])).toBe('memory_mb');
    expect(suggest('xyz', ['memory_mb'])).toBeNull();
  });

  it('finds the same nearest candidate among many as the whole table of edits did', () => {
    // Candidates further apart in length than the best so far are not worked out: none of them could be nearer.
    const names = Array.from({ length: 2_000 }, (_, i) => `Queue${i}`);
    expect(suggest('Queue1234x', names)).toBe('Queue1234');
    expect(suggest('Queue12345', names)).toBe('Queue1234');
  });

  it('compares a long word with thousands of names in a moment', () => {
    // A usage entry of 100,000 characters among 5,000 names of a template: each distance was a table of its length
    // by the name's, built as arrays of arrays.
    const names = Array.from({ length: 5_000 }, (_, i) => `Queue${i}`);
    const started = performance.now();
    expect(suggest('q'.repeat(100_000), names)).toBeNull();
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('meantName', () => {
  it('names a key written in another case as such, else the nearest, a short key held to one edit', () => {
    expect(meantName('billingMode', ['BillingMode', 'TableClass'])).toEqual({ name: 'BillingMode', miscased: true });
    expect(meantName('FifoQueu', ['FifoQueue', 'QueueName'])).toEqual({ name: 'FifoQueue', miscased: false });
    // Two edits of a four-letter key are another word: `cors` is not `logs`.
    expect(meantName('cors', ['logs'])).toBeNull();
    expect(meantName('logz', ['logs'])).toEqual({ name: 'logs', miscased: false });
  });
});
