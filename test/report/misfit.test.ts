// What does not fit on another provider, in a sentence: alike reasons together, ten names at most.
import { describe, expect, it } from 'vitest';
import { describeMisfit } from '../../src/report/compare.js';
import type { ProviderComparison } from '../../src/providers/compare.js';

const provider = (doesNotFit: Array<[string, string]>): ProviderComparison => ({
  id: 'cloudflare',
  label: 'Cloudflare Workers',
  pricing: { id: 'cloudflare-2026-12-05', region: 'global' },
  cost: null,
  usdPerMillionRequests: null,
  doesNotFit: doesNotFit.map(([name, reason]) => ({ function: name, reason })),
  unconfirmed: [],
});
const names = (count: number, reason: string, prefix = 'f') => Array.from({ length: count }, (_, i): [string, string] => [`${prefix}${i}`, reason]);

describe('describeMisfit', () => {
  it('names each function with its reason, alike reasons together', () => {
    expect(
      describeMisfit(
        provider([
          ['api', 'too big'],
          ['worker', 'too long'],
          ['batch', 'too big'],
        ]),
      ),
    ).toBe('does not fit: api, batch: too big; worker: too long');
  });

  it('names ten and counts the rest, one by one or for other reasons, and says where each is listed', () => {
    expect(describeMisfit(provider([...names(10, 'too big'), ['w', 'too long']]))).toBe(
      'does not fit: f0, f1, f2, f3, f4, f5, f6, f7, f8, f9: too big; and 1 more function, for another reason (--format json lists every one)',
    );
    expect(describeMisfit(provider([...names(12, 'too big'), ['w', 'too long'], ['x', 'too old']]), null)).toBe(
      'does not fit: f0, f1, f2, f3, f4, f5, f6, f7, f8, f9 and 2 more: too big; and 2 more functions, for other reasons',
    );
    expect(describeMisfit(provider([...names(4, 'too big'), ...names(8, 'too long', 'g')]))).toBe(
      'does not fit: f0, f1, f2, f3: too big; g0, g1, g2, g3, g4, g5 and 2 more: too long',
    );
  });
});
