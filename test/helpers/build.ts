// Builders for model values, so that engine tests state only what matters to them.
import { expect } from 'vitest';
import type { PlatformCost } from '../../src/core/types.js';
import { scenarioFromYaml } from '../../src/load/load-scenario.js';
import { parseYaml } from '../../src/load/read-yaml.js';
import { formatError, type InputError, InputErrors, type SlcostError } from '../../src/core/errors.js';
import { Decimal, sum } from '../../src/core/money.js';
import type { LambdaFunction, LambdaSettings } from '../../src/providers/aws/lambda/types.js';
import { DEFAULT_LAMBDA_SETTINGS } from '../../src/providers/aws/lambda/settings.js';
import type { Scenario } from '../../src/providers/aws/types.js';
import { noServices } from '../../src/providers/aws/services.js';
import { findPricingVersion, loadPriceBook, shippedPricingDir } from '../../src/load/load-pricing.js';
import type { PriceBook } from '../../src/providers/aws/types.js';
import type { FargateFleet } from '../../src/providers/aws/fargate/index.js';

export function fn(fields: Partial<Omit<LambdaFunction, 'durationMs' | 'requestsPerMonth'>> & { durationMs: number | string; requestsPerMonth: number | string }): LambdaFunction {
  return {
    name: 'fn',
    memoryMb: 128,
    architecture: 'x86_64',
    ephemeralStorageMb: 512,
    provisioned: null,
    ...fields,
    durationMs: new Decimal(fields.durationMs),
    requestsPerMonth: new Decimal(fields.requestsPerMonth),
  };
}

export function scenario(fields: Partial<Scenario> & { functions: Scenario['functions'] }): Scenario {
  return {
    name: 'test',
    file: 'test.yaml',
    pricingId: null,
    region: 'us-east-1',
    freeTier: true,
    traffic: { pattern: 'steady' },
    trafficRequests: null,
    apiGateways: [],
    ...noServices(),
    containers: null,
    budget: {},
    ...fields,
  };
}

const books = new Map<string, PriceBook>();
/** A shipped price book, by id; the newest when no id is given. */
export function book(id: string | null = null): PriceBook {
  const key = id ?? 'newest';
  let found = books.get(key);
  if (!found) {
    found = loadPriceBook(findPricingVersion(shippedPricingDir(), id));
    books.set(key, found);
  }
  return found;
}

export function d(value: number | string): Decimal {
  return new Decimal(value);
}

/** An account whose concurrency limit AWS has raised past anything a test asks of it: nothing is throttled (a worked example's bill counts every request). */
export const RAISED_LIMIT: LambdaSettings = { ...DEFAULT_LAMBDA_SETTINGS, accountConcurrencyLimit: 1e12 };

/** A Fargate fleet of 1 vCPU and 2 GB tasks on demand, 100 requests a second each, with `fields` changed. */
export function fargate(fields: Partial<FargateFleet>): FargateFleet {
  return {
    vcpu: d(1),
    memoryGb: d(2),
    architecture: 'x86_64',
    requestsPerSecondPerTask: d(100),
    minTasks: 1,
    pricing: 'on_demand',
    discountPct: null,
    commitmentUsdPerHour: null,
    ephemeralStorageGb: 20,
    publicIpv4: false,
    ...fields,
  };
}

/** A scenario read from YAML text as the CLI reads a file, named `file`. */
export function scenarioOf(text: string, file = 'test.yaml'): Scenario {
  return scenarioFromYaml(parseYaml(file, text));
}

/** The one error reading `text` gives, as `path: message`; or 'no error'. */
export function scenarioError(text: string): string {
  try {
    scenarioOf(text);
    return 'no error';
  } catch (error) {
    const errors = error instanceof InputErrors ? error.errors : [error as InputError];
    return errors.map((one) => `${one.location?.path ?? ''}: ${one.message}`).join('\n');
  }
}

/** A service test's readers: `head` and a `services:` block read as the file `file`, and the one message it is refused with. */
export function servicesFromYaml(file: string, head: string) {
  const fromYaml = (services: string, at = head) => scenarioFromYaml(parseYaml(file, `${at}services:\n${services}`));
  const errorOf = (services: string, at = head): string => {
    try {
      fromYaml(services, at);
    } catch (error) {
      return formatError(error as SlcostError);
    }
    throw new Error('expected the scenario to be rejected');
  };
  return { fromYaml, errorOf };
}

/** A priced platform's law: its line items add up to its total, in cents and unrounded, and each is its quantity times its unit price, never negative, under an id of the documented form. */
export function expectLineItemsAddUp(platform: PlatformCost): void {
  expect(sum(platform.lineItems.map((item) => item.monthlyUsd)).equals(platform.monthlyUsd)).toBe(true);
  expect(sum(platform.lineItems.map((item) => item.exactUsd)).equals(platform.exactUsd)).toBe(true);
  for (const item of platform.lineItems) {
    expect(item.id).toMatch(/^[a-z0-9-]+(\.[a-z0-9_-]+)*$/);
    expect(item.quantity.times(item.unitPriceUsd).equals(item.exactUsd)).toBe(true);
    expect(item.quantity.isNegative()).toBe(false);
  }
}
