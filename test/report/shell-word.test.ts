// A file's name in a command slcost suggests: copied and run, it is the file, and nothing else.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellWord } from '../../src/report/escape.js';

describe('a path in a suggested command', () => {
  it('stays as it is when no shell reads anything in it', () => {
    expect(shellWord('scenarios/templates/thumbnail-sam/template.yaml')).toBe('scenarios/templates/thumbnail-sam/template.yaml');
    expect(shellWord('./my-usage_2.yaml')).toBe('./my-usage_2.yaml');
  });

  it.each(['$(touch x) a.yaml', "it's.yaml", 'a;b.yaml', '`id`.yaml', '*.yaml', '~/x.yaml', 'café.yaml', ''])('is one word, the name itself, to a shell: %j', (name) => {
    const word = shellWord(name);
    expect(word).not.toBe(name === '' ? '' : name);
    expect(execFileSync('sh', ['-c', `printf %s ${word}`], { encoding: 'utf8' })).toBe(name);
  });
});
