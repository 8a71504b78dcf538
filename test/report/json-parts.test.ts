import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/providers/aws/estimate.js';
import { jsonText } from '../../src/report/escape.js';
import { estimateJson, estimateJsonParts } from '../../src/report/json.js';
import { withWords } from '../../src/report/words.js';
import { loadScenario } from '../../src/load/load-scenario.js';
import { loadTemplateScenario } from '../../src/load/load-template.js';
import { book, scenarioOf } from '../helpers/build.js';

// The estimate's JSON is written a function at a time (a template of 10,000 functions is megabytes of it); the parts
// must be the bytes the whole document stringified would be.
describe('estimateJsonParts', () => {
  const scenarios = [
    ['scenarios/order-pipeline.yaml', loadScenario('scenarios/order-pipeline.yaml', {})],
    ['scenarios/one-billion-requests.yaml', loadScenario('scenarios/one-billion-requests.yaml', {})],
    [
      'the thumbnail SAM template',
      loadTemplateScenario('scenarios/templates/thumbnail-sam/template.yaml', readFileSync('scenarios/templates/thumbnail-sam/template.yaml', 'utf8'), 'sam', {
        usageFile: 'scenarios/templates/thumbnail-sam/usage.yaml',
      }),
    ],
  ] as const;

  it.each(scenarios)('writes %s as the whole document would be written', (_, scenario) => {
    const priced = withWords(estimate(scenario, book(scenario.pricingId)));
    expect(priced.functions.length).toBeGreaterThan(0);
    const parts = [...estimateJsonParts(priced)];
    // The head, one part for each function, and the tail.
    expect(parts).toHaveLength(priced.functions.length + 2);
    expect(parts.join('')).toBe(jsonText(estimateJson(priced)));
  });

  it("puts the keys it is given after the document's own", () => {
    const [, scenario] = scenarios[0];
    const priced = withWords(estimate(scenario, book(scenario.pricingId)));
    const more = { compare: { providers: ['gcp'], functions: [] } };
    expect([...estimateJsonParts(priced, more)].join('')).toBe(jsonText({ ...estimateJson(priced), ...more }));
  });
});

describe("the estimate's functions[]", () => {
  it('says which function runs as Lambda@Edge (a CI check could not tell its lines from a regional function’s)', () => {
    const scenario = scenarioOf(`name: edge
traffic: { requests_per_month: 1000000 }
lambda:
  functions:
    - { name: api, memory_mb: 512, duration_ms: 100 }
    - { name: rewrite, memory_mb: 128, duration_ms: 5, edge: viewer }
`);
    const document = estimateJson(withWords(estimate(scenario, book(scenario.pricingId))));
    expect(document.functions.map((fn) => [(fn as { name: string }).name, (fn as { edge: boolean }).edge])).toEqual([
      ['api', false],
      ['rewrite', true],
    ]);
  });
});
