import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, sum } from '../../../core/money.js';
import { costAt } from '../../../core/solver.js';
import { monthProfile } from '../../../core/traffic.js';
import type { LineItem } from '../../../core/types.js';
import { fixedQuantity } from '../../../core/usage.js';
import { parseYaml } from '../../../load/read-yaml.js';
import { loadScenario, scenarioFromYaml } from '../../../load/load-scenario.js';
import { book, d, fn, scenario } from '../../../../test/helpers/build.js';
import { inWords } from '../../../report/words.js';
import { DEFAULT_LAMBDA_SETTINGS } from '../lambda/settings.js';
import { serverlessCurve } from '../breakeven.js';
import { estimate } from '../estimate.js';
import type { LambdaFunction } from '../lambda/index.js';
import { regionOf, serverlessCost } from '../platforms.js';
import { atVolume } from '../scale.js';
import type { Scenario } from '../types.js';
import { cloudwatchLogs, lambdaLogs } from './index.js';
import { cloudwatchLogsTemplate } from './template.js';
import type { FunctionLogs, StatedLogs } from './types.js';

const NEWEST = 'aws-2025-05-01';
const prices = (id = NEWEST) => book(id).regions['us-east-1']!;
const month = (where = NEWEST) => ({ profile: monthProfile({ pattern: 'steady' }), where });
const total = (items: readonly LineItem[]) => sum(items.map((item) => item.monthlyUsd));
const usd = (items: readonly LineItem[], id: string) => items.find((item) => item.id === id)?.monthlyUsd.toFixed(2);

function stated(fields: Partial<StatedLogs> & { ingestGb?: number; scannedGb?: number }): StatedLogs {
  const { ingestGb, scannedGb, ...rest } = fields;
  return { ingest: fixedQuantity(ingestGb ?? 0), logClass: 'standard', storedGb: null, retentionDays: null, insightsScanned: fixedQuantity(scannedGb ?? 0), ...rest };
}

const logs = (fields: Partial<FunctionLogs>): FunctionLogs => ({
  appBytesPerInvocation: d(0),
  systemLogLevel: 'info',
  retentionDays: null,
  storedGb: null,
  logClass: 'standard',
  ...fields,
});

function withLogs(fields: Partial<Scenario> & { functions: readonly LambdaFunction[] }): Scenario {
  return scenario(fields as Parameters<typeof scenario>[0]);
}

const fromYaml = (text: string) => scenarioFromYaml(parseYaml('s.yaml', text));
const errorsOf = (text: string): string => {
  try {
    fromYaml(text);
  } catch (error) {
    const all = (error as { errors?: readonly unknown[] }).errors ?? [error];
    return all.map((e) => `${(e as Error).message} (at ${(e as { location?: { path?: string } }).location?.path})`).join('\n');
  }
  return '';
};

describe('the stated logs (services.cloudwatch_logs)', () => {
  it("reproduces Infracost's cloudwatch_log_group golden without the free tier: $500.00 + $15.00 + $1.25", () => {
    const s = withLogs({ freeTier: false, functions: [], cloudwatchLogs: stated({ ingestGb: 1000, storedGb: d(500), scannedGb: 250 }) });
    for (const id of ['aws-2024-02-01', 'aws-2024-11-01', NEWEST]) {
      const items = cloudwatchLogs.lineItems(s, prices(id), month(id));
      expect(items.map((item) => [item.id, item.monthlyUsd.toFixed(2)])).toEqual([
        ['cloudwatch-logs.ingestion.standard', '500.00'],
        ['cloudwatch-logs.storage', '15.00'],
        ['cloudwatch-logs.insights', '1.25'],
      ]);
    }
  });

  it('takes 5 GB off each of the three meters with the free tier (three allowances, not one pool)', () => {
    // 995 × $0.50 = $497.50; 495 × $0.03 = $14.85; 245 × $0.005 = $1.225 → $1.23 (half up).
    const items = cloudwatchLogs.lineItems(withLogs({ functions: [], cloudwatchLogs: stated({ ingestGb: 1000, storedGb: d(500), scannedGb: 250 }) }), prices(), month());
    expect(items.map((item) => item.monthlyUsd.toFixed(2))).toEqual(['497.50', '14.85', '1.23']);
    expect(items.map((item) => item.basis?.free.toFixed())).toEqual(['5', '5', '5']);
  });

  it('prices Infrequent Access ingestion at $0.25 and derives storage from ingest and retention', () => {
    // 100 GB × $0.25 = $25.00. Stored: 100 × 0.15 × (30 × 12 ÷ 365 = 0.98630137 months) = 14.7945205 GB-months × $0.03 = $0.4438 → $0.44.
    const items = cloudwatchLogs.lineItems(
      withLogs({ freeTier: false, functions: [], cloudwatchLogs: stated({ ingestGb: 100, logClass: 'infrequent_access', retentionDays: 30 }) }),
      prices(),
      month(),
    );
    expect(usd(items, 'cloudwatch-logs.ingestion.infrequent-access')).toBe('25.00');
    const storage = items.find((item) => item.id === 'cloudwatch-logs.storage')!;
    expect(storage.quantity.toDecimalPlaces(6).toFixed()).toBe('14.794521');
    expect(storage.monthlyUsd.toFixed(2)).toBe('0.44');
    expect(storage.label).toBe('CloudWatch Logs stored (100 GB a month × 0.15 compressed × 0.99 months kept: 30 days)');
  });

  it('says one day kept in the singular', () => {
    // 100 × 0.15 × 1 ÷ (365 / 12) = 0.49 GB-months.
    const items = cloudwatchLogs.lineItems(withLogs({ freeTier: false, functions: [], cloudwatchLogs: stated({ ingestGb: 100, retentionDays: 1 }) }), prices(), month());
    const storage = items.find((item) => item.id === 'cloudwatch-logs.storage')!;
    expect(storage.label).toBe('CloudWatch Logs stored (100 GB a month × 0.15 compressed × 0.03 months kept: 1 day)');
  });

  it('stores never-expiring logs as the bill a year in, and says so', () => {
    // 100 × 0.15 × 12 = 180 GB-months × $0.03 = $5.40.
    const items = cloudwatchLogs.lineItems(withLogs({ freeTier: false, functions: [], cloudwatchLogs: stated({ ingestGb: 100 }) }), prices(), month());
    const storage = items.find((item) => item.id === 'cloudwatch-logs.storage')!;
    expect(storage.monthlyUsd.toFixed(2)).toBe('5.40');
    expect(storage.label).toContain('× 12 months kept: never expires, the bill a year in');
  });

  it('gives no line items and needs no prices without the section', () => {
    const s = withLogs({ functions: [] });
    expect(cloudwatchLogs.lineItems(s, prices('aws-2022-08-01'), month('aws-2022-08-01'))).toEqual([]);
  });

  it('a version without CloudWatch Logs prices gives the one clear error', () => {
    const s = withLogs({ functions: [fn({ durationMs: 100, requestsPerMonth: 1000 })], cloudwatchLogs: stated({ ingestGb: 10 }), pricingId: 'aws-2022-08-01' });
    expect(() => estimate(s, book('aws-2022-08-01'))).toThrow('pricing aws-2022-08-01 (us-east-1) has no CloudWatch Logs prices; choose another region or pricing version');
  });
});

describe("each function's own logs (lambda-logs)", () => {
  it('reproduces Duckbill: 60 TB of Lambda logs, $30,000 before 2025-05-01 and $12,500 after', () => {
    // 60,000,000,000 invocations × (264 + 736) B = 6 × 10^13 B = 60,000 GB (decimal). Bands: 10,000 × $0.50 + 20,000 × $0.25 + 20,000 × $0.10 + 10,000 × $0.05.
    const s = withLogs({ freeTier: false, functions: [fn({ name: 'api', durationMs: 1, requestsPerMonth: 60_000_000_000, logs: logs({ appBytesPerInvocation: d(736) }) })] });
    const ingestion = (id: string) => lambdaLogs.lineItems(s, prices(id), month(id)).filter((item) => item.id.startsWith('lambda-logs.ingestion'));
    expect(total(ingestion('aws-2024-11-01')).toFixed(2)).toBe('30000.00');
    const banded = ingestion(NEWEST);
    expect(banded.map((item) => [item.quantity.toFixed(), item.monthlyUsd.toFixed(2)])).toEqual([
      ['10000', '5000.00'],
      ['20000', '5000.00'],
      ['20000', '2000.00'],
      ['10000', '500.00'],
    ]);
    expect(total(banded).toFixed(2)).toBe('12500.00');
  });

  it('a function without a logs block pays its platform lines: 264 B an invocation, never expiring', () => {
    // 1B invocations × 264 B = 264 GB; − 5 free = 259 × $0.50 = $129.50.
    // Stored: 264 × 0.15 × 12 = 475.2 GB-months; − 5 free = 470.2 × $0.03 = $14.106 → $14.11.
    const items = lambdaLogs.lineItems(withLogs({ functions: [fn({ name: 'api', durationMs: 100, requestsPerMonth: 1_000_000_000 })] }), prices(), month());
    expect(items.map((item) => [item.id, item.quantity.toFixed(), item.monthlyUsd.toFixed(2)])).toEqual([
      ['lambda-logs.ingestion.tier-1', '259', '129.50'],
      ['lambda-logs.storage', '470.2', '14.11'],
    ]);
    expect(items[0]!.label).toBe('Lambda logs ingested (first 10K)');
    expect(items[0]!.basis!.countedAs).toBe('GB (1,000,000,000 invocations × 264 B)');
    expect(items[1]!.label).toBe('Lambda logs stored');
    expect(items[1]!.basis!.countedAs).toBe('GB-months (ingest × 0.15 compressed, 12 months kept: never expires, the bill a year in)');
    // The bytes an invocation writes grouped as the invocations are: 1000000264 B read as a number to count.
    const loud = fn({
      name: 'api',
      durationMs: 100,
      requestsPerMonth: 1_000,
      logs: { appBytesPerInvocation: d(1_000_000_000), systemLogLevel: 'info', retentionDays: null, storedGb: null, logClass: 'standard' },
    });
    expect(lambdaLogs.lineItems(withLogs({ functions: [loud] }), prices(), month())[0]!.basis!.countedAs).toBe('GB (1,000 invocations × 1,000,000,264 B)');
    // And the invocations past a double's whole numbers, every digit: 9,007,199,254,740,993 read as a double is …992
    // (1 ms each, served by an account of 10,000,000 concurrent executions).
    const many = fn({ name: 'api', durationMs: 1, requestsPerMonth: '9007199254740993' });
    const big = withLogs({ functions: [many], settings: { ...DEFAULT_LAMBDA_SETTINGS, accountConcurrencyLimit: 10_000_000 } });
    expect(lambdaLogs.lineItems(big, prices(), month())[0]!.basis!.countedAs).toBe('GB (9,007,199,254,740,993 invocations × 264 B)');
  });

  it("the issue's example: 400 application bytes, INFO, 30 days", () => {
    // 10M × (264 + 400) B = 6.64 GB. Free tier off: 6.64 × $0.50 = $3.32.
    // Stored: 6.64 × 0.15 × 0.98630137 = 0.98235616 GB-months × $0.03 = $0.02947 → $0.03.
    // Free tier on: 1.64 × $0.50 = $0.82; storage under 5 GB-months, $0.00.
    const api = fn({ name: 'api', durationMs: 100, requestsPerMonth: 10_000_000, logs: logs({ appBytesPerInvocation: d(400), retentionDays: 30 }) });
    const off = lambdaLogs.lineItems(withLogs({ freeTier: false, functions: [api] }), prices(), month());
    expect(off.map((item) => item.monthlyUsd.toFixed(2))).toEqual(['3.32', '0.03']);
    expect(off[1]!.quantity.toDecimalPlaces(8).toFixed()).toBe('0.98235616');
    const on = lambdaLogs.lineItems(withLogs({ functions: [api] }), prices(), month());
    expect(on.map((item) => item.monthlyUsd.toFixed(2))).toEqual(['0.82', '0.00']);
  });

  it('system_log_level warn drops the platform lines: no application bytes, no logs', () => {
    const quiet = fn({ name: 'api', durationMs: 100, requestsPerMonth: 10_000_000, logs: logs({ systemLogLevel: 'warn' }) });
    expect(lambdaLogs.lineItems(withLogs({ functions: [quiet] }), prices(), month())).toEqual([]);
    // With 100 application bytes only: 10M × 100 B = 1 GB, free tier off $0.50.
    const some = { ...quiet, logs: logs({ systemLogLevel: 'warn', appBytesPerInvocation: d(100) }) };
    expect(usd(lambdaLogs.lineItems(withLogs({ freeTier: false, functions: [some] }), prices(), month()), 'lambda-logs.ingestion.tier-1')).toBe('0.50');
  });

  it('stored_gb overrides the derived storage', () => {
    const api = fn({ name: 'api', durationMs: 100, requestsPerMonth: 10_000_000, logs: logs({ storedGb: d(100) }) });
    const items = lambdaLogs.lineItems(withLogs({ freeTier: false, functions: [api] }), prices(), month());
    expect(usd(items, 'lambda-logs.storage')).toBe('3.00');
    expect(items.find((item) => item.id === 'lambda-logs.storage')!.basis!.countedAs).toBe('GB-months (as stated)');
  });

  it('shares the 5 GB free with the stated logs, which take it first; the total is as if one bill', () => {
    // Stated 3 GB (free), functions 10M × 264 B = 2.64 GB: 2 GB free left, 0.64 × $0.50 = $0.32.
    // Together: (3 + 2.64 − 5) × $0.50 = $0.32. Storage: stated 3 × 0.15 × 12 = 5.4 GB-months takes all 5 free (0.4 × $0.03 = $0.012 → $0.01);
    // the functions' 2.64 × 0.15 × 12 = 4.752 × $0.03 = $0.14256 → $0.14.
    const s = withLogs({ functions: [fn({ name: 'api', durationMs: 100, requestsPerMonth: 10_000_000 })], cloudwatchLogs: stated({ ingestGb: 3 }) });
    const own = cloudwatchLogs.lineItems(s, prices(), month());
    const fns = lambdaLogs.lineItems(s, prices(), month());
    expect(own.map((item) => item.monthlyUsd.toFixed(2))).toEqual(['0.00', '0.01']);
    expect(fns.map((item) => [item.quantity.toFixed(), item.monthlyUsd.toFixed(2)])).toEqual([
      ['0.64', '0.32'],
      ['4.752', '0.14'],
    ]);
  });

  it('a function with zero requests writes nothing', () => {
    expect(lambdaLogs.lineItems(withLogs({ functions: [fn({ durationMs: 100, requestsPerMonth: 0 })] }), prices(), month())).toEqual([]);
  });

  it('a version without the prices: a stated logs block is an error, the platform lines alone a warning', () => {
    const old = 'aws-2022-08-01';
    const plain = withLogs({ functions: [fn({ name: 'api', durationMs: 100, requestsPerMonth: 10_000_000 })] });
    const result = estimate(plain, book(old));
    expect(result.platforms[0]!.lineItems.some((item) => item.service === 'lambda-logs')).toBe(false);
    expect(result.warnings.map((warning) => warning.id)).toContain('lambda_logs_not_priced');
    const stating = withLogs({ functions: [fn({ name: 'api', durationMs: 100, requestsPerMonth: 10_000_000, logs: logs({ retentionDays: 30 }) })] });
    expect(() => estimate(stating, book(old))).toThrow('pricing aws-2022-08-01 (us-east-1) has no CloudWatch Logs (Lambda logs) prices; choose another region or pricing version');
  });

  it('follows the traffic: twice the requests, twice the log bytes', () => {
    const s = withLogs({ freeTier: false, trafficRequests: d(10_000_000), functions: [fn({ name: 'api', durationMs: 100, requestsPerMonth: 10_000_000 })] });
    const at = (requests: number) => lambdaLogs.lineItems(atVolume(s, d(requests)), prices(), month());
    expect(at(20_000_000)[0]!.quantity.toFixed()).toBe('5.28');
    expect(total(at(20_000_000)).toFixed(2)).toBe('2.93'); // 5.28 × 0.5 = 2.64; 5.28 × 0.15 × 12 × 0.03 = 0.28512 → 0.29
  });

  it("prices an Infrequent Access group's logs in that class's own bands, region by region, apart from the Standard class's", () => {
    // 60,000,000,000 invocations × 1,000 B = 60,000 GB in each class, free tier off. us-east-1, Infrequent Access:
    // 10,000 × $0.25 + 20,000 × $0.15 + 20,000 × $0.075 + 10,000 × $0.05 = 2,500 + 3,000 + 1,500 + 500 = $7,500; the
    // Standard function beside it climbs its own bands from the first: $12,500 (Duckbill's figure above).
    const both = withLogs({
      freeTier: false,
      functions: [
        fn({ name: 'ia', durationMs: 1, requestsPerMonth: 60_000_000_000, logs: logs({ appBytesPerInvocation: d(736), logClass: 'infrequent_access' }) }),
        fn({ name: 'std', durationMs: 1, requestsPerMonth: 60_000_000_000, logs: logs({ appBytesPerInvocation: d(736) }) }),
      ],
    });
    const lines = (region: string) =>
      lambdaLogs
        .lineItems(both, book(NEWEST).regions[region]!, month())
        .filter((item) => item.id !== 'lambda-logs.storage')
        .map((item) => [item.id, item.quantity.toFixed(), item.monthlyUsd.toFixed(2)]);
    expect(lines('us-east-1')).toEqual([
      ['lambda-logs.ingestion.tier-1', '10000', '5000.00'],
      ['lambda-logs.ingestion.tier-2', '20000', '5000.00'],
      ['lambda-logs.ingestion.tier-3', '20000', '2000.00'],
      ['lambda-logs.ingestion.tier-4', '10000', '500.00'],
      ['lambda-logs.infrequent-access-ingestion.tier-1', '10000', '2500.00'],
      ['lambda-logs.infrequent-access-ingestion.tier-2', '20000', '3000.00'],
      ['lambda-logs.infrequent-access-ingestion.tier-3', '20000', '1500.00'],
      ['lambda-logs.infrequent-access-ingestion.tier-4', '10000', '500.00'],
    ]);
    // eu-west-2 (London), Infrequent Access: 10,000 × $0.299 + 20,000 × $0.18 + 20,000 × $0.09 + 10,000 × $0.06
    // = 2,990 + 3,600 + 1,800 + 600 = $8,990.
    expect(total(lambdaLogs.lineItems(both, book(NEWEST).regions['eu-west-2']!, month()).filter((item) => item.id.startsWith('lambda-logs.infrequent-access'))).toFixed(2)).toBe(
      '8990.00',
    );
  });

  it('gives the free GB to the Standard class first, then to the Infrequent Access class', () => {
    // 1,000,000 invocations × 1,000 B = 1 GB a function. Standard 1 GB, all free; Infrequent Access 3 GB (three
    // functions), 4 GB of the free 5 left: all free too. At 10× the requests: Standard 10 GB, 5 free, 5 × $0.50 = $2.50;
    // Infrequent Access 30 GB, none free: 30 × $0.25 = $7.50.
    const make = (requestsPerMonth: number) =>
      withLogs({
        functions: [
          fn({ name: 'std', durationMs: 1, requestsPerMonth, logs: logs({ appBytesPerInvocation: d(736) }) }),
          ...['a', 'b', 'c'].map((name) => fn({ name, durationMs: 1, requestsPerMonth, logs: logs({ appBytesPerInvocation: d(736), logClass: 'infrequent_access' }) })),
        ],
      });
    const ingested = (requests: number) =>
      lambdaLogs
        .lineItems(make(requests), prices(), month())
        .filter((item) => item.id !== 'lambda-logs.storage')
        .map((item) => [item.id, item.basis!.free.toFixed(), item.monthlyUsd.toFixed(2)]);
    expect(ingested(1_000_000)).toEqual([
      ['lambda-logs.ingestion.tier-1', '1', '0.00'],
      ['lambda-logs.infrequent-access-ingestion.tier-1', '3', '0.00'],
    ]);
    expect(ingested(10_000_000)).toEqual([
      ['lambda-logs.ingestion.tier-1', '5', '2.50'],
      ['lambda-logs.infrequent-access-ingestion.tier-1', '0', '7.50'],
    ]);
  });

  it('the serverless curve is the bill at every volume: band edges and the shared free allowances found', () => {
    // 1,000 app bytes: 10 TB at 10^10 invocations, 30 TB at 3 × 10^10; the stated 4 GB leave 1 GB of free ingestion.
    const s = withLogs({
      trafficRequests: d(1_000_000),
      functions: [
        fn({ name: 'api', durationMs: 1, requestsPerMonth: 1_000_000, logs: logs({ appBytesPerInvocation: d(736), retentionDays: 7 }) }),
        // Half as many bytes in the Infrequent Access class: its bands and its share of the free GB have edges of their own.
        fn({ name: 'quiet', durationMs: 1, requestsPerMonth: 1_000_000, logs: logs({ appBytesPerInvocation: d(236), logClass: 'infrequent_access' }) }),
      ],
      cloudwatchLogs: stated({ ingestGb: 4, scannedGb: 1 }),
    });
    const curve = serverlessCurve(s, book(), d(1), d(100_000_000_000));
    const { prices: table, where } = regionOf(s, book());
    for (const requests of [
      '1',
      '999999',
      '1000000',
      '1000001',
      '1500000',
      '2000000',
      '3000000',
      '9999999999',
      '10000000000',
      '12345678901',
      '20000000000',
      '30000000000',
      '50000000000',
      '77777777777',
      '100000000000',
    ]) {
      const direct = serverlessCost(atVolume(s, d(requests)), table, monthProfile(s.traffic), where).exactUsd;
      expect(costAt(curve, d(requests)).minus(direct).abs().lessThan('1e-18'), requests).toBe(true);
    }
  });
});

describe('the warning when logs cost more than their functions', () => {
  it('names both figures and the levers, for the one function', () => {
    // Lambda: 10M × $0.20/M = $2.00 and 10M × 0.001 s × 0.125 GB = 1,250 GB-s × $0.0000166667 = $0.0208 → $2.02 (free tier off).
    // Logs: 10M × 2,264 B = 22.64 GB × $0.50 = $11.32; 22.64 × 0.15 × 12 = 40.752 × $0.03 = $1.22256 → $12.54 together.
    const s = withLogs({ freeTier: false, functions: [fn({ name: 'api', durationMs: 1, requestsPerMonth: 10_000_000, logs: logs({ appBytesPerInvocation: d(2000) }) })] });
    const warnings = lambdaLogs.checks!(s, prices(), month());
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.id).toBe('logs_cost_more_than_functions');
    expect(inWords(warnings[0]!.message)).toBe(
      "the logs of function api cost $12.54 a month, more than the function itself ($2.02): keep them fewer days (logs.retention_days; the logs of api never expire now), or drop the platform's START/END/REPORT lines, 264 B an invocation (logs.system_log_level: warn, with the JSON log format), or log to an Infrequent Access group, whose first band costs $0.25 a GB against the Standard class's $0.50 (logs.log_class: infrequent_access), or log less (logs.app_bytes_per_invocation: now 2,264 B in all for api)",
    );
    const estimated = estimate(s, book());
    expect(estimated.warnings.map((warning) => warning.id)).toContain('logs_cost_more_than_functions');
  });

  it('names the functions still at INFO where some already log at WARN, and leaves the lever out where none is at INFO', () => {
    // The WARN lever was offered to a workload whose ingest function already ran at WARN, without saying which still wrote the lines.
    const chatty = (name: string, systemLogLevel: 'info' | 'warn') =>
      fn({ name, durationMs: 1, requestsPerMonth: 10_000_000, logs: logs({ appBytesPerInvocation: d(2000), systemLogLevel }) });
    const lever = (levels: readonly ('info' | 'warn')[]) =>
      inWords(lambdaLogs.checks!(withLogs({ freeTier: false, functions: levels.map((level, i) => chatty(`f${i}`, level)) }), prices(), month())[0]!.message);
    expect(lever(['warn', 'info'])).toContain('264 B an invocation (logs.system_log_level: warn, with the JSON log format; f1 still writes them)');
    expect(lever(['info', 'warn', 'info'])).toContain('(logs.system_log_level: warn, with the JSON log format; f0, f2 still write them)');
    expect(lever(['info', 'info'])).toContain('(logs.system_log_level: warn, with the JSON log format), or');
    expect(lever(['warn', 'warn'])).not.toContain('START/END/REPORT');
  });

  it("names the Infrequent Access class's first band in the table's own figures, and not at all where it is no cheaper", () => {
    const s = withLogs({ freeTier: false, functions: [fn({ name: 'api', durationMs: 1, requestsPerMonth: 10_000_000, logs: logs({ appBytesPerInvocation: d(2000) }) })] });
    const lever = (region: ReturnType<typeof prices>) => inWords(lambdaLogs.checks!(s, region, month())[0]!.message);
    // Frankfurt's first band is $0.285 against $0.63, less than half: 'half' was said of every region.
    expect(lever(book(NEWEST).regions['eu-central-1']!)).toContain("whose first band costs $0.285 a GB against the Standard class's $0.63 (logs.log_class");
    // A price file's class that costs more, or as much, is no lever: it was offered as costing half.
    for (const usd of ['0.75', '0.50']) {
      const region = prices();
      const dearer = { ...region, lambdaLogs: { ...region.lambdaLogs!, infrequentAccessIngestionPerGb: [{ upTo: null, usd: d(usd) }] } };
      expect(lever(dearer)).not.toContain('Infrequent Access');
    }
  });

  it('tells a function whose stored GB are stated to store fewer, not to keep its logs fewer days', () => {
    // As above, with 40.752 GB-months stated instead of derived from a retention: the same $12.54 against $2.02.
    const s = withLogs({
      freeTier: false,
      functions: [fn({ name: 'api', durationMs: 1, requestsPerMonth: 10_000_000, logs: logs({ appBytesPerInvocation: d(2000), storedGb: d('40.752') }) })],
    });
    const [warning] = lambdaLogs.checks!(s, prices(), month());
    expect(inWords(warning!.message)).toContain('($2.02): store fewer GB (logs.stored_gb, as stated for api), or drop');
    expect(inWords(warning!.message)).not.toContain('retention_days');
  });

  it('says it of each function whose logs cost more, with several', () => {
    const noisy = fn({ name: 'noisy', durationMs: 1, requestsPerMonth: 10_000_000, logs: logs({ appBytesPerInvocation: d(2000) }) });
    const busy = fn({ name: 'busy', memoryMb: 1024, durationMs: 1000, requestsPerMonth: 10_000_000 });
    const warnings = lambdaLogs.checks!(withLogs({ freeTier: false, functions: [noisy, busy] }), prices(), month());
    expect(warnings.map((warning) => warning.message.slice(0, 30))).toEqual(['the logs of function noisy cos']);
    expect(warnings[0]!.message).toContain('at list prices before the free tier');
  });

  it('names each of several functions alike but for their names, and none that logs less', () => {
    const noisy = (name: string) => fn({ name, durationMs: 1, requestsPerMonth: 10_000_000, logs: logs({ appBytesPerInvocation: d(2000) }) });
    // Alike but for a shorter retention: 22.64 GB × $0.50 = $11.32 and 22.64 × 0.15 × 0.23 months (7 days) of storage, still over $2.02.
    const kept = fn({ name: 'kept', durationMs: 1, requestsPerMonth: 10_000_000, logs: logs({ appBytesPerInvocation: d(2000), retentionDays: 7 }) });
    const quiet = fn({ name: 'quiet', durationMs: 1, requestsPerMonth: 10_000_000 });
    const warnings = lambdaLogs.checks!(withLogs({ freeTier: false, functions: [noisy('alpha'), noisy('beta'), kept, quiet, noisy('gamma')] }), prices(), month());
    // The first warning is of all the functions together; then one for each function whose own logs cost more.
    const own = warnings.slice(1);
    expect(own.map((warning) => /the logs of function (\w+) cost/.exec(warning.message)?.[1])).toEqual(['alpha', 'beta', 'kept', 'gamma']);
    expect(own[0]!.message.replaceAll('alpha', 'gamma')).toBe(own[3]!.message);
    // 22.64 GB × $0.50 = $11.32, and 22.64 × 0.15 × (7 × 12 ÷ 365 = 0.2301) = 0.7815 GB-months × $0.03 = $0.0234: $11.34.
    expect(own[2]!.message).toContain('cost $11.34 a month');
  });

  it('says nothing when the functions cost more', () => {
    const s = withLogs({ freeTier: false, functions: [fn({ name: 'api', durationMs: 200, memoryMb: 512, requestsPerMonth: 10_000_000 })] });
    expect(lambdaLogs.checks!(s, prices(), month())).toEqual([]);
  });
});

describe('the scenario file', () => {
  const base = 'name: t\ntraffic: { requests_per_month: 1000000 }\nlambda:\n  functions:\n    - name: api\n      memory_mb: 128\n      duration_ms: 10\n';

  it('reads the stated logs and a function\u2019s logs', () => {
    const s = fromYaml(
      `${base}      logs: { app_bytes_per_invocation: 400, system_log_level: info, retention_days: 30 }\nservices:\n  cloudwatch_logs: { ingest_gb_per_request: 0.000001, stored_gb: 500, insights_scanned_gb_per_month: 250, log_class: infrequent_access }\n`,
    );
    expect(s.functions[0]!.logs).toEqual({ appBytesPerInvocation: d(400), systemLogLevel: 'info', retentionDays: 30, storedGb: null, logClass: 'standard' });
    expect(fromYaml(`${base}      logs: { log_class: infrequent_access }\n`).functions[0]!.logs?.logClass).toBe('infrequent_access');
    expect(s.cloudwatchLogs).toEqual({
      ingest: { perMonth: d(1), followsTraffic: true },
      logClass: 'infrequent_access',
      storedGb: d(500),
      retentionDays: null,
      insightsScanned: { perMonth: d(250), followsTraffic: false },
    });
    // The vocabulary's own example.
    expect(fromYaml(`${base}services:\n  cloudwatch_logs: { ingest_gb_per_month: 1000, stored_gb: 500 }\n`).cloudwatchLogs?.storedGb).toEqual(d(500));
    expect(fromYaml(`${base}      logs: { retention_days: never }\n`).functions[0]!.logs?.retentionDays).toBeNull();
    expect(fromYaml(base).functions[0]!.logs).toBeNull();
    expect(fromYaml(base).cloudwatchLogs).toBeNull();
  });

  it('points at the field that is wrong', () => {
    expect(errorsOf(`${base}      logs: { system_log_level: debug }\n`)).toContain('lambda.functions[0].logs.system_log_level');
    expect(errorsOf(`${base}      logs: { retention_days: 0 }\n`)).toContain('lambda.functions[0].logs.retention_days');
    expect(errorsOf(`${base}      logs: { retention_days: 30, stored_gb: 3 }\n`)).toContain('lambda.functions[0].logs.retention_days');
    expect(errorsOf(`${base}services:\n  cloudwatch_logs: { ingest_gb_per_month: 1, ingest_gb_per_request: 1 }\n`)).toContain('services.cloudwatch_logs.ingest_gb_per_request');
    expect(errorsOf(`${base}services:\n  cloudwatch_logs: { stored_gb: 1, retention_days: 30 }\n`)).toContain('services.cloudwatch_logs.retention_days');
    expect(errorsOf(`${base}services:\n  cloudwatch_logs: { log_class: glacier, ingest_gb_per_month: 1 }\n`)).toContain('services.cloudwatch_logs.log_class');
    expect(errorsOf(`${base}      logs: { log_class: INFREQUENT_ACCESS }\n`)).toContain('lambda.functions[0].logs.log_class');
    expect(errorsOf(`${base}services:\n  cloudwatch_logs: {}\n`)).toContain('needs ingest_gb_per_month');
    expect(errorsOf(`${base}services:\n  cloudwatch_logs: { ingest_gb_per_month: 1, stored: 2 }\n`)).toContain('services.cloudwatch_logs');
  });
});

describe('the template section', () => {
  const group = (logicalId: string, properties: Record<string, unknown>) => ({ logicalId, type: 'AWS::Logs::LogGroup', properties });
  it('reads the longest retention, or never when a group keeps its logs for ever', () => {
    expect(cloudwatchLogsTemplate.types).toEqual(['AWS::Logs::LogGroup']);
    expect(cloudwatchLogsTemplate.section([group('A', { RetentionInDays: 14 }), group('B', { RetentionInDays: 90 })])).toEqual({ retention_days: 90 });
    expect(cloudwatchLogsTemplate.section([group('A', { RetentionInDays: 14 }), group('B', {})])).toEqual({ retention_days: 'never' });
    expect(cloudwatchLogsTemplate.section([])).toBeUndefined();
    expect(cloudwatchLogsTemplate.usageKeys).toEqual(['ingest_gb_per_month', 'insights_scanned_gb_per_month']);
  });

  it("reads an Infrequent Access class where every stated group has it, and says a class it cannot read or a mix of classes (each was priced as Standard's, twice IA's ingestion, without a word)", () => {
    const notes: string[] = [];
    const reader = { note: (message: string) => notes.push(message), json: () => ({ problem: 'unused' }) };
    const ia = { LogGroupClass: 'INFREQUENT_ACCESS', RetentionInDays: 30 };
    expect(cloudwatchLogsTemplate.section([group('A', ia), group('B', ia)], reader)).toEqual({ retention_days: 30, log_class: 'infrequent_access' });
    expect(notes).toEqual([]);
    expect(cloudwatchLogsTemplate.section([group('A', ia), group('B', { LogGroupClass: 'Infrequent', RetentionInDays: 7 })], reader)).toEqual({ retention_days: 30 });
    expect(notes).toEqual([
      'Resources.B.Properties.LogGroupClass: "Infrequent" is neither STANDARD nor INFREQUENT_ACCESS, the classes slcost prices; priced as STANDARD',
      "Resources: 1 of the 2 log groups is of the INFREQUENT_ACCESS class, the rest STANDARD; the logs the usage file states are priced as one class, STANDARD (give log_class in the usage file's services.cloudwatch_logs to price them otherwise)",
    ]);
  });
});

describe('a whole estimate', () => {
  it('prices the stated logs alike on every platform and the functions\u2019 logs on the serverless side only', () => {
    const s = fromYaml(
      'name: t\ntraffic: { requests_per_month: 10000000 }\nlambda:\n  functions:\n    - { name: api, memory_mb: 512, duration_ms: 200, architecture: arm64, logs: { app_bytes_per_invocation: 400, retention_days: 30 } }\n' +
        'containers:\n  ec2: { instance_type: c6g.xlarge, requests_per_second_per_instance: 500, min_instances: 2 }\n  fargate: { vcpu: 1, memory_gb: 2, architecture: arm64, requests_per_second_per_task: 250, min_tasks: 2 }\n' +
        'services:\n  cloudwatch_logs: { ingest_gb_per_month: 1000, stored_gb: 500, insights_scanned_gb_per_month: 250 }\n',
    );
    const result = estimate(s, book());
    const of = (platform: number, service: string) => result.platforms[platform]!.lineItems.filter((item) => item.service === service).map(({ service: _s, ...item }) => item);
    expect(result.platforms.map((platform) => platform.id)).toEqual(['serverless', 'ec2', 'fargate']);
    expect(of(0, 'cloudwatch-logs').map((item) => item.monthlyUsd.toFixed(2))).toEqual(['497.50', '14.85', '1.23']);
    expect(of(1, 'cloudwatch-logs')).toEqual(of(0, 'cloudwatch-logs'));
    expect(of(2, 'cloudwatch-logs')).toEqual(of(0, 'cloudwatch-logs'));
    // The stated 1,000 GB took the free 5 GB: the function's 6.64 GB are all billed, $3.32; its 0.98 GB-months of storage $0.03.
    expect(of(0, 'lambda-logs').map((item) => item.monthlyUsd.toFixed(2))).toEqual(['3.32', '0.03']);
    expect(of(1, 'lambda-logs')).toEqual([]);
    expect(result.platforms[0]!.services.map((service) => [service.id, service.shared])).toEqual([
      ['lambda', false],
      ['lambda-logs', false],
      ['cloudwatch-logs', true],
    ]);
  });
});

describe('a shipped scenario, by hand', () => {
  it('one-billion-requests: the serverless side now pays $143.61 of logs, $17,933.44 in all', () => {
    // Before the logs: Lambda $199.80 + $16,660.03 = $16,859.83, the HTTP API $300.00 + $630.00 = $930.00: $17,789.83.
    // Its one function states no logs, so it writes the platform's 264 B an invocation, never expiring:
    //   ingest 1,000,000,000 × 264 B = 264 GB (decimal), − 5 GB free = 259 GB × $0.50 (first band) = $129.50;
    //   stored 264 × 0.15 × 12 months = 475.2 GB-months, − 5 free = 470.2 × $0.03 = $14.106 → $14.11.
    // $17,789.83 + $129.50 + $14.11 = $17,933.44.
    const result = estimate(loadScenario('scenarios/one-billion-requests.yaml'), book());
    const serverless = result.platforms[0]!;
    expect(serverless.services.map((service) => [service.id, service.monthlyUsd.toFixed(2)])).toEqual([
      ['lambda', '16859.83'],
      ['api-gateway', '930.00'],
      ['lambda-logs', '143.61'],
    ]);
    expect(serverless.monthlyUsd.toFixed(2)).toBe('17933.44');
  });
});

describe('laws', () => {
  const arb = fc.record({
    requests: fc.integer({ min: 0, max: 100_000_000_000 }),
    appBytes: fc.integer({ min: 0, max: 10_000 }),
    level: fc.constantFrom<'info' | 'warn'>('info', 'warn'),
    retention: fc.option(fc.integer({ min: 1, max: 3653 })),
    ingestGb: fc.integer({ min: 0, max: 100_000 }),
    scannedGb: fc.integer({ min: 0, max: 10_000 }),
    freeTier: fc.boolean(),
  });
  const build = (input: typeof arb extends fc.Arbitrary<infer T> ? T : never, freeTier = input.freeTier) =>
    withLogs({
      freeTier,
      functions: [
        fn({
          name: 'api',
          durationMs: 10,
          requestsPerMonth: input.requests,
          logs: logs({ appBytesPerInvocation: d(input.appBytes), systemLogLevel: input.level, retentionDays: input.retention }),
        }),
      ],
      cloudwatchLogs: stated({ ingestGb: input.ingestGb, scannedGb: input.scannedGb }),
    });
  const bill = (s: Scenario) => {
    const items = [...lambdaLogs.lineItems(s, prices(), month()), ...cloudwatchLogs.lineItems(s, prices(), month())];
    return { items, exact: sum(items.map((item) => item.exactUsd)) };
  };

  it('more usage never costs less', () => {
    fc.assert(
      fc.property(arb, fc.integer({ min: 1, max: 1_000_000_000 }), fc.integer({ min: 1, max: 1000 }), (input, more, moreGb) => {
        const base = bill(build(input)).exact;
        expect(bill(build({ ...input, requests: input.requests + more })).exact.greaterThanOrEqualTo(base)).toBe(true);
        expect(bill(build({ ...input, appBytes: input.appBytes + 1 })).exact.greaterThanOrEqualTo(base)).toBe(true);
        expect(bill(build({ ...input, ingestGb: input.ingestGb + moreGb })).exact.greaterThanOrEqualTo(base)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('line items add up to the total', () => {
    fc.assert(
      fc.property(arb, (input) => {
        const { items, exact } = bill(build(input));
        const result = estimate(build(input), book());
        const serverless = result.platforms[0]!;
        expect(serverless.exactUsd.equals(sum(serverless.lineItems.map((item) => item.exactUsd)))).toBe(true);
        expect(sum(items.map((item) => item.exactUsd)).equals(exact)).toBe(true);
        expect(sum(serverless.lineItems.filter((item) => item.service.endsWith('logs')).map((item) => item.exactUsd)).equals(exact)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('the free tier never raises a bill, and takes off at most 5 GB of ingestion', () => {
    fc.assert(
      fc.property(arb, (input) => {
        const on = bill(build(input, true)).exact;
        const off = bill(build(input, false)).exact;
        expect(on.lessThanOrEqualTo(off)).toBe(true);
        // At most 5 GB × $0.50 + 5 GB-months × $0.03 + 5 GB × $0.005 (give or take the last of 40 digits: months kept are days × 12 ÷ 365).
        expect(off.minus(on).lessThanOrEqualTo(new Decimal('2.675').plus('1e-30'))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('the free tier case found once: 10^10 invocations of 2 B at WARN, 197 days, 5 GB scanned', () => {
    const input = { requests: 10099870532, appBytes: 2, level: 'warn' as const, retention: 197, ingestGb: 0, scannedGb: 5, freeTier: false };
    expect(
      bill(build(input, false))
        .exact.minus(bill(build(input, true)).exact)
        .minus('2.675')
        .abs()
        .lessThan('1e-30'),
    ).toBe(true);
  });
});
