import { describe, expect, it } from 'vitest';
import { clipped, systemReason } from '../../src/core/errors.js';

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

describe("the system's reason a file was not read or written", () => {
  it('is said in words, where it was the code alone ("cannot be written (ENOTDIR)")', () => {
    expect(systemReason('ENOTDIR', 'write')).toBe(': a part of its path that should be a folder is a file');
    expect(systemReason('EACCES', 'read')).toBe(': there is no permission to read it');
    expect(systemReason('EACCES', 'write')).toBe(': there is no permission to write it');
  });

  it('keeps a code it has no words for, and says an unknown error as such', () => {
    expect(systemReason('EIO', 'read')).toBe(' (EIO)');
    expect(systemReason(undefined, 'write')).toBe(' (unknown error)');
  });
});
