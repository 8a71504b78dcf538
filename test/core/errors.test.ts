import { describe, expect, it } from 'vitest';
import { clipped } from '../../src/core/errors.js';

describe('clipped', () => {
  it('keeps a text of 40 characters or fewer whole, and cuts a longer one to 40 and …', () => {
    expect(clipped('a'.repeat(40))).toBe('a'.repeat(40));
    expect(clipped('a'.repeat(41))).toBe(`${'a'.repeat(40)}…`);
  });

  it('never cuts a character outside the BMP between its two halves', () => {
    // The emoji's halves are the 40th and 41st units: cut at 40, the message showed a lone \ud83d.
    expect(clipped(`${'a'.repeat(39)}😀xyz`)).toBe(`${'a'.repeat(39)}…`);
    expect(clipped(`${'a'.repeat(38)}😀xyz`)).toBe(`${'a'.repeat(38)}😀…`);
  });

  it('keeps a lone surrogate the text itself holds', () => {
    expect(clipped(`${'a'.repeat(39)}\ud800${'b'.repeat(5)}`)).toBe(`${'a'.repeat(39)}\ud800…`);
  });
});
