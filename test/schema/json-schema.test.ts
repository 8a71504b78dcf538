// The shipped JSON Schemas are generated from the zod schemas, never written by
// hand: this test fails when they differ. Regenerate with:
//   UPDATE_SCHEMAS=1 npx vitest run test/schema/json-schema.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { estimateOutputSchema, estimatesOutputSchema } from '../../src/schema/output.js';
import { scenarioSchema } from '../../src/schema/scenario.js';

const shipped: Array<[string, () => unknown]> = [
  ['schemas/scenario.schema.json', () => ({ title: 'slcost scenario', ...z.toJSONSchema(scenarioSchema, { io: 'input' }) })],
  ['schemas/estimate.schema.json', () => ({ title: 'slcost estimate output (one file)', ...z.toJSONSchema(estimateOutputSchema) })],
  ['schemas/estimates.schema.json', () => ({ title: 'slcost estimate output (several files)', ...z.toJSONSchema(estimatesOutputSchema) })],
];

describe('shipped JSON Schemas', () => {
  it.each(shipped)('%s is generated from the zod schema', (path, generate) => {
    const text = `${JSON.stringify(generate(), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMAS) writeFileSync(path, text);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });
});
