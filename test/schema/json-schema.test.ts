// The shipped JSON Schemas are generated from the zod schemas, never written by
// hand: this test fails when they differ. Regenerate with:
//   UPDATE_SCHEMAS=1 npx vitest run test/schema/json-schema.test.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { outputSchemas } from '../../src/schema/output.js';
import { scenarioSchemas } from '../../src/schema/scenario.js';

const shipped: Array<[string, () => unknown]> = [
  ['schemas/scenario.schema.json', () => ({ title: 'slcost scenario', ...z.toJSONSchema(scenarioSchemas().scenario, { io: 'input' }) })],
  ['schemas/estimate.schema.json', () => ({ title: 'slcost estimate output (one file)', ...z.toJSONSchema(outputSchemas().estimate) })],
  ['schemas/estimates.schema.json', () => ({ title: 'slcost estimate output (several files)', ...z.toJSONSchema(outputSchemas().estimates) })],
];

describe('shipped JSON Schemas', () => {
  it.each(shipped)('%s is generated from the zod schema', (path, generate) => {
    const text = `${JSON.stringify(generate(), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMAS) writeFileSync(path, text);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });
});

describe('the scenario JSON Schema editors use', () => {
  const validateScenario = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync('schemas/scenario.schema.json', 'utf8')));
  const files = readdirSync('scenarios').filter((name) => name.endsWith('.yaml'));

  it.each(files)('accepts scenarios/%s', (name) => {
    const data = parse(readFileSync(`scenarios/${name}`, 'utf8'));
    expect(validateScenario(data), JSON.stringify(validateScenario.errors)).toBe(true);
    expect(readFileSync(`scenarios/${name}`, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/scenario.schema.json');
  });

  it('rejects a misspelt key, as the CLI does', () => {
    expect(validateScenario({ name: 'x', lambda: { functions: [{ name: 'f', memroy_mb: 128, memory_mb: 128, duration_ms: 1 }] } })).toBe(false);
  });
});
