// What kind of file a document is, told by its keys: decide's answers file by its questions' ids.
import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../src/decide/decision-tree.js';
import { fileKindOf } from '../../src/load/file-kind.js';

describe("an answers file told by its questions' ids", () => {
  it('is told by every question id but the three a scenario or a usage file writes too', () => {
    // A question added to decide without its id in file-kind.ts left an answers file holding only it unnamed.
    const untold = QUESTIONS.map((question) => question.id).filter((id) => fileKindOf({ [id]: true })?.kind !== 'answers');
    expect(untold.sort()).toEqual(['memory_gb', 'requests_per_month', 'traffic_pattern']);
  });

  it('names the key that tells it, and gives way to a scenario', () => {
    expect(fileKindOf({ needs_gpu: false, aws_committed: true })).toEqual({ kind: 'answers', key: 'needs_gpu' });
    expect(fileKindOf({ needs_gpu: false, name: 'x' })).toBeNull();
    expect(fileKindOf({ needs_gpu: false, lambda: {} })).toEqual({ kind: 'scenario', key: 'lambda' });
  });
});
