// Bills as a person derives them by hand: each line in cents by its id, and the total, for the tests of whole
// architectures (test/engine/whole-architectures*.test.ts).
import { readFileSync } from 'node:fs';
import { estimate } from '../../src/providers/aws/estimate.js';
import type { Scenario } from '../../src/providers/aws/types.js';
import { book, expectLineItemsAddUp, scenarioOf } from './build.js';

/** The scenario file `file` of the fixtures folder `folder`. */
export function fixtureScenario(folder: string, file: string): Scenario {
  const path = `${folder}/${file}`;
  return scenarioOf(readFileSync(path, 'utf8'), path);
}

/** Every platform's bill of `scenario`, as platform id → line id → cents, with each total under `total`; each checked to add up. */
export function billsOf(scenario: Scenario): Record<string, Record<string, string>> {
  return Object.fromEntries(
    estimate(scenario, book(scenario.pricingId)).platforms.map((platform) => {
      expectLineItemsAddUp(platform);
      const lines: Record<string, string> = Object.fromEntries(platform.lineItems.map((line) => [line.id, line.monthlyUsd.toFixed(2)]));
      return [platform.id, { ...lines, total: platform.monthlyUsd.toFixed(2) }];
    }),
  );
}

/** The serverless bill of `scenario` as line id → cents, with its total under `total`. */
export function serverlessBill(scenario: Scenario): Record<string, string> {
  return billsOf(scenario)['serverless']!;
}
