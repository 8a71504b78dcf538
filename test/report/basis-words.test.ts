import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/providers/aws/estimate.js';
import { describeBasis } from '../../src/report/format.js';
import { book, scenarioOf } from '../helpers/build.js';

// A line's note counts in the singular where the count it shows is one: "1 requests", "1 publishes" and
// "1 invocations × 264 B" were printed.
describe('the words under a line item', () => {
  const notes = (text: string) => {
    const scenario = scenarioOf(text);
    return Object.fromEntries(estimate(scenario, book(scenario.pricingId)).platforms[0]!.lineItems.map((item) => [item.id, describeBasis(item)]));
  };

  it('count one of a thing in the singular, and two in the plural', () => {
    const once = notes(`name: one
traffic: { requests_per_month: 1 }
lambda: { functions: [{ name: api, memory_mb: 128, duration_ms: 1 }] }
api_gateway: { type: rest }
services:
  sqs: [{ name: q, requests_per_month: 1 }]
  sns: [{ name: t, publishes_per_month: 1, deliveries_per_month: { http: 1 } }]
  step_functions: [{ name: m, type: standard, executions_per_month: 1, transitions_per_execution: 1 }]
  s3: [{ name: b, storage_gb: 1 }]
`);
    expect(once['lambda.requests']).toBe('1 request − 1 free');
    expect(once['api-gateway.rest.requests.tier-1']).toBe('1 request');
    expect(once['lambda-logs.ingestion.tier-1']).toBe('under 0.000001 GB (1 invocation × 264 B) − under 0.000001 free');
    expect(once['sqs.standard.requests.tier-1']).toBe('1 request − 1 free');
    expect(once['sns.publishes.tier-1']).toBe('1 publish − 1 free');
    expect(once['sns.deliveries.http.tier-1']).toBe('1 delivery (t) − 1 free');
    expect(once['step-functions.standard.transitions.tier-1']).toBe('1 transition (m: 1 execution × 1 transition) − 1 free');
    expect(once['s3.storage.tier-1']).toBe('1 GB-month');
    const twice = notes(`name: two
traffic: { requests_per_month: 2 }
lambda: { functions: [{ name: api, memory_mb: 128, duration_ms: 1 }] }
services:
  sns: [{ name: t, publishes_per_month: 2 }]
`);
    expect(twice['lambda.requests']).toBe('2 requests − 2 free');
    expect(twice['sns.publishes.tier-1']).toBe('2 publishes − 2 free');
  });
});
