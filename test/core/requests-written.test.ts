// Monthly requests as a command line or a prompt writes them.
import { describe, expect, it } from 'vitest';
import { requestsWritten } from '../../src/core/requests-written.js';
import { parseVolume } from '../../src/commands/breakeven.js';

describe('requests as people write them', () => {
  it('reads an exponent written with a capital E as with a small one, as it reads K, M, B and T in either case', () => {
    expect(requestsWritten('1E6')).toBe(1e6);
    expect(requestsWritten('2.5E3k')).toBe(2.5e6);
    expect(parseVolume('1E4', '--to').toFixed()).toBe('10000');
  });

  it('still refuses what is no count of requests', () => {
    expect(requestsWritten('1e-3')).toBeNull();
    expect(requestsWritten('0x10')).toBeNull();
    expect(requestsWritten('E6')).toBeNull();
  });
});
