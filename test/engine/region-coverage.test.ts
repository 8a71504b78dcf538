// Every shipped scenario in each of the ten regions people deploy to most, priced with the newest
// table: it prices, or it fails with one error at its `region:` line that lists every price the
// table lacks there (never a guess, never the first missing price alone). What each region still
// lacks is pinned below, so that a price added to the table shows here as a scenario that now prices.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PricingError } from '../../src/core/errors.js';
import { scenarioFromYaml } from '../../src/load/load-scenario.js';
import { parseYaml } from '../../src/load/read-yaml.js';
import { estimate } from '../../src/providers/aws/estimate.js';
import { book } from '../helpers/build.js';

const REGIONS = ['us-east-1', 'us-east-2', 'us-west-2', 'eu-west-1', 'eu-west-2', 'eu-central-1', 'ap-northeast-1', 'ap-southeast-1', 'ap-southeast-2', 'ap-south-1'] as const;

const SCENARIOS = readdirSync('scenarios')
  .filter((name) => name.endsWith('.yaml'))
  .sort();

/** The scenario's text with its `region:` set to `where` (added as the first line where it has none). */
function inRegion(text: string, where: string): { text: string; regionLine: number } {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => /^region:/.test(line));
  if (at >= 0) {
    lines[at] = `region: ${where}`;
    return { text: lines.join('\n'), regionLine: at + 1 };
  }
  return { text: `region: ${where}\n${text}`, regionLine: 1 };
}

/** 'priced', or the missing prices of the one error, each as the table's message gives it. */
function outcome(file: string, where: string): 'priced' | string[] {
  const { text, regionLine } = inRegion(readFileSync(file, 'utf8'), where);
  const newest = book();
  // The file keeps its own name, so that the templates and state machines it names are read beside it.
  const scenario = scenarioFromYaml(parseYaml(file, text), { priceBook: () => newest });
  try {
    estimate(scenario, newest);
    return 'priced';
  } catch (error) {
    if (!(error instanceof PricingError)) throw error;
    expect(error.location?.line, `${file} in ${where}: the error is at the region line`).toBe(regionLine);
    const messages = error.details.length ? error.details : [error.message.replace(/^pricing \S+ \(\S+\) /, '')];
    // One message per missing price, none repeated.
    expect(new Set(messages).size).toBe(messages.length);
    return messages.map((message) => message.replace(/; choose another region or pricing version.*$/, ''));
  }
}

describe('the shipped scenarios in each region, under the newest table', () => {
  const results = Object.fromEntries(REGIONS.map((where) => [where, Object.fromEntries(SCENARIOS.map((name) => [name, outcome(join('scenarios', name), where)]))]));

  it('us-east-1 prices every one', () => {
    expect(Object.entries(results['us-east-1']!).filter(([, result]) => result !== 'priced')).toEqual([]);
  });

  it.each(REGIONS.filter((where) => where !== 'us-east-1'))('%s: these price, the others list what the table lacks there', (where) => {
    const missing = Object.fromEntries(Object.entries(results[where]!).filter(([, result]) => result !== 'priced'));
    expect(missing).toEqual(EXPECTED_MISSING[where]);
  });
});

// What the newest table lacks, per region and scenario, as the one error lists it: nothing, now that SQS,
// EventBridge and Step Functions Express are priced in every region, API Gateway's three kinds, the load
// balancer and NAT gateways in every region, and Fargate in ap-south-1 (AWS's pricing-calculator data). A
// price taken out of a region shows here as the scenarios that stop pricing there.
const EXPECTED_MISSING: Record<string, Record<string, string[]>> = Object.fromEntries(REGIONS.filter((where) => where !== 'us-east-1').map((where) => [where, {}]));
