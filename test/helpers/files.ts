// Temporary files for tests of the readers; removed when the test file that made them ends.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'slcost-test-'));
// Vitest ends its worker processes without their 'exit' event, so a handler
// there never ran and every test file left its folder behind.
afterAll(() => rmSync(root, { recursive: true, force: true }));
let counter = 0;

/** Writes `content` to a new file and returns its path. */
export function tempFile(content: string | Buffer, name = 'scenario.yaml'): string {
  const path = join(root, String(counter++), name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

export function tempDir(): string {
  const path = join(root, String(counter++));
  mkdirSync(path, { recursive: true });
  return path;
}
