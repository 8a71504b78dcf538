// Data transfer priced from the tables: the Price-List golden to the cent
// (with and without the 100 GB free), hand-derived cases, the scenario and
// template sections, the laws, and the bends the break-even solver must find.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatError, InputError, InputErrors, PricingError, type SlcostError } from '../../../core/errors.js';
import { sum } from '../../../core/money.js';
import { costAt } from '../../../core/solver.js';
import { monthProfile } from '../../../core/traffic.js';
import type { LineItem } from '../../../core/types.js';
import { scenarioFromYaml } from '../../../load/load-scenario.js';
import { parseYaml } from '../../../load/read-yaml.js';
import { serverlessCurve } from '../breakeven.js';
import { estimate } from '../estimate.js';
import { regionOf, serverlessCost } from '../platforms.js';
import { atVolume } from '../scale.js';
import type { Scenario } from '../types.js';
import { book, d, fn, scenario } from '../../../../test/helpers/build.js';
import { dataTransfer } from './index.js';
import type { DataTransfer } from './types.js';

const month = { profile: { pattern: 'steady' }, where: 'aws-2025-05-01 (us-east-1)' } as never;
const prices = book('aws-2025-05-01').regions['us-east-1']!;
const fixed = (value: number | string) => ({ perMonth: d(value), followsTraffic: false });
const transfer = (fields: Partial<DataTransfer>): DataTransfer => ({
  internetOutGb: null,
  responses: null,
  responseKb: null,
  gbUnits: 'decimal',
  interRegionGb: null,
  crossAzGb: null,
  ...fields,
});
const at = (t: DataTransfer | null, freeTier = true) => scenario({ functions: [], freeTier, dataTransfer: t });
const items = (s: Scenario) => dataTransfer.lineItems(s, prices, month);
const byId = (list: readonly LineItem[]) => Object.fromEntries(list.map((item) => [item.id, item.monthlyUsd.toFixed(2)]));
const total = (list: readonly LineItem[]) => sum(list.map((item) => item.exactUsd));

describe('Data transfer: the Price-List golden (IC data_transfer, 2024-09-25)', () => {
  it('57,000 GB out, no free tier: $921.60 + $3,481.60 + $406.00 = $4,809.20', () => {
    const result = items(at(transfer({ internetOutGb: fixed(57_000) }), false));
    expect(byId(result)).toEqual({ 'data-transfer.internet-out.tier-1': '921.60', 'data-transfer.internet-out.tier-2': '3481.60', 'data-transfer.internet-out.tier-3': '406.00' });
    expect(total(result).toFixed(2)).toBe('4809.20');
  });

  it('with the 100 GB a month free, as the price page gives it: $4,802.20', () => {
    // AWS bands what is left after the free 100 GB ("first 10 TB / month data transfer out beyond
    // the global free tier"): 56,900 GB = 10,240 × $0.09 + 40,960 × $0.085 + 5,700 × $0.07
    // = $921.60 + $3,481.60 + $399.00. Free GB taken off the first band instead would give $4,800.20.
    const result = items(at(transfer({ internetOutGb: fixed(57_000) })));
    expect(byId(result)).toEqual({ 'data-transfer.internet-out.tier-1': '921.60', 'data-transfer.internet-out.tier-2': '3481.60', 'data-transfer.internet-out.tier-3': '399.00' });
    expect(result[0]!.basis).toEqual({ used: d(10_340), free: d(100), countedAs: 'GB' });
    expect(result.map((item) => item.label)).toEqual([
      'Data transfer out to the internet beyond the 100 GB a month free (first 10 TB)',
      'Data transfer out to the internet beyond the 100 GB a month free (next 40 TB)',
      'Data transfer out to the internet beyond the 100 GB a month free (next 100 TB)',
    ]);
    expect(total(result).toFixed(2)).toBe('4802.20');
  });

  it('750 GB to another region = $15.00; 1,000 GB between zones, billed both ways = $20.00', () => {
    const result = items(at(transfer({ interRegionGb: fixed(750), crossAzGb: fixed(1000) })));
    expect(byId(result)).toEqual({ 'data-transfer.inter-region': '15.00', 'data-transfer.cross-az': '20.00' });
    expect(result[1]!.label).toBe('Data transfer between Availability Zones (1,000 GB, billed out of one zone and into the other: 2,000 GB)');
  });
});

describe('Data transfer: by hand', () => {
  it('every band, past 150 TB', () => {
    // 200,000 GB, no free tier: 10,240 × $0.09 = $921.60; 40,960 × $0.085 = $3,481.60;
    // 102,400 × $0.07 = $7,168.00; 46,400 × $0.05 = $2,320.00; together $13,891.20
    const result = items(at(transfer({ internetOutGb: fixed(200_000) }), false));
    expect(byId(result)).toEqual({
      'data-transfer.internet-out.tier-1': '921.60',
      'data-transfer.internet-out.tier-2': '3481.60',
      'data-transfer.internet-out.tier-3': '7168.00',
      'data-transfer.internet-out.tier-4': '2320.00',
    });
    expect(total(result).toFixed()).toBe('13891.2');
    expect(result.at(-1)!.label).toBe('Data transfer out to the internet (over 150 TB)');
  });

  it('responses × KB, decimal by default, binary when asked', () => {
    // 10,000,000 responses × 50 KB = 500,000,000 KB ÷ 10^6 = 500 GB; 100 free; 400 × $0.09 = $36.00
    const decimal = items(at(transfer({ responses: { perMonth: d(10_000_000), followsTraffic: true }, responseKb: d(50) })));
    expect(byId(decimal)).toEqual({ 'data-transfer.internet-out.tier-1': '36.00' });
    expect(decimal[0]!.label).toBe('Data transfer out to the internet beyond the 100 GB a month free (first 10 TB; 10,000,000 responses × 50 KB = 500 GB, 1 GB = 10^6 KB)');
    // ÷ 2^20 instead: 476.837158203125 GB; 376.837158203125 × $0.09 = $33.91534423828125 → $33.92
    const binary = items(at(transfer({ responses: { perMonth: d(10_000_000), followsTraffic: true }, responseKb: d(50), gbUnits: 'binary' })));
    expect(binary[0]!.exactUsd.toFixed()).toBe('33.91534423828125');
    expect(byId(binary)).toEqual({ 'data-transfer.internet-out.tier-1': '33.92' });
  });

  it('inside the free 100 GB: the first band at $0.00, showing the price it would pay', () => {
    const result = items(at(transfer({ internetOutGb: fixed(60) })));
    expect(result.map((item) => [item.id, item.monthlyUsd.toFixed(2), item.unitPriceUsd.toFixed()])).toEqual([['data-transfer.internet-out.tier-1', '0.00', '0.09']]);
  });

  it('no section: no line items, and no prices asked for', () => {
    expect(dataTransfer.lineItems(at(null), { ...prices, dataTransfer: null }, month)).toEqual([]);
  });
});

describe('Data transfer: a pricing version without it', () => {
  it('is one clear error naming the service and the version', () => {
    expect(() => estimate(at(transfer({ internetOutGb: fixed(1) })), book('aws-2022-08-01'))).toThrow(
      new PricingError('pricing aws-2022-08-01 (us-east-1) has no data transfer prices; choose another region or pricing version'),
    );
  });
});

const yaml = (section: string, traffic = 'traffic: { requests_per_month: 2000000 }\n') =>
  scenarioFromYaml(
    parseYaml(
      'FILE',
      `name: t\n${traffic}lambda:\n  functions:\n    - { name: api, memory_mb: 128, duration_ms: 10, requests_per_month: 1000 }\nservices:\n  data_transfer: ${section}\n`,
    ),
  );
function errorOf(section: string, traffic?: string): string {
  try {
    yaml(section, traffic);
  } catch (error) {
    if (error instanceof InputError || error instanceof InputErrors) return formatError(error as SlcostError);
    throw error;
  }
  throw new Error('expected the scenario to be rejected');
}

describe('Data transfer: the scenario section', () => {
  it('reads the issue vocabulary', () => {
    const read = yaml('{ internet_out_gb_per_month: 57000 }').dataTransfer!;
    expect(read).toMatchObject({ internetOutGb: fixed(57_000), responses: null, interRegionGb: null, crossAzGb: null });
  });

  it('counts responses from the traffic, and follows it', () => {
    const read = yaml('{ response_kb: 20, cross_az_gb_per_request: 0.00001 }');
    expect(read.dataTransfer!.responses).toEqual({ perMonth: d(2_000_000), followsTraffic: true });
    const doubled = atVolume(read, d(4_000_000)).dataTransfer!;
    expect(doubled.responses!.perMonth.toFixed()).toBe('4000000');
    expect(doubled.crossAzGb!.perMonth.toFixed()).toBe('40');
  });

  it('points each mistake at its field', () => {
    expect(errorOf('{ response_kb: 20, internet_out_gb_per_month: 5 }')).toMatch(/give internet_out_gb or response_kb, not both.*\(at services\.data_transfer\.response_kb\)$/);
    expect(errorOf('{ response_kb: 20 }', '')).toMatch(/response_kb needs traffic\.requests_per_month.*\(at services\.data_transfer\.response_kb\)$/);
    expect(errorOf('{}')).toMatch(/data_transfer needs internet_out_gb_per_month.*\(at services\.data_transfer\)$/);
    expect(errorOf('{ internet_out_gb_per_month: -1 }')).toMatch(/\(at services\.data_transfer\.internet_out_gb_per_month\)$/);
    expect(errorOf('{ response_kb: 1, response_kb_units: si }')).toMatch(/\(at services\.data_transfer\.response_kb_units\)$/);
    expect(errorOf('{ internet_egress_gb_per_month: 5 }')).toMatch(/unknown key "internet_egress_gb_per_month"/);
  });
});

describe('Data transfer: the template section', () => {
  it('reads no resource: how much a workload sends is usage', () => {
    expect(dataTransfer.template!.types).toEqual([]);
    expect(dataTransfer.template!.section([])).toBeUndefined();
  });
});

const transferArb = fc
  .record({ out: fc.double({ min: 0, max: 400_000, noNaN: true }), region: fc.double({ min: 0, max: 10_000, noNaN: true }), az: fc.double({ min: 0, max: 10_000, noNaN: true }) })
  .map(({ out, region, az }) => transfer({ internetOutGb: fixed(out), interRegionGb: fixed(region), crossAzGb: fixed(az) }));

describe('Data transfer: laws', () => {
  it('more GB never cost less; line items add up; the free tier never raises the bill', () => {
    fc.assert(
      fc.property(transferArb, fc.boolean(), fc.double({ min: 0, max: 200_000, noNaN: true }), (t, free, more) => {
        const before = total(items(at(t, free)));
        const bigger = { ...t, internetOutGb: fixed(t.internetOutGb!.perMonth.plus(more).toString()) };
        expect(total(items(at(bigger, free))).greaterThanOrEqualTo(before)).toBe(true);
        expect(total(items(at(t, true))).lessThanOrEqualTo(total(items(at(t, false))))).toBe(true);
        const priced = estimate(at(t, free), book()).platforms[0]!;
        expect(sum(priced.lineItems.map((item) => item.monthlyUsd)).equals(priced.monthlyUsd)).toBe(true);
        expect(sum(priced.lineItems.filter((item) => item.service === 'data-transfer').map((item) => item.exactUsd)).equals(before)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  // The free 100 GB and the band edges bend the bill; the meter declares them,
  // so the solver's curve is the bill at every volume. Leave a threshold out
  // and a volume past it is priced off the curve.
  it('the serverless curve is the bill at every volume, across every bend', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.integer({ min: 1, max: 200 }),
        fc.array(fc.bigInt({ min: 10_000n, max: 10_000_000_000n }), { minLength: 1, maxLength: 5 }),
        (free, kb, volumes) => {
          const s: Scenario = {
            ...scenario({ freeTier: free, functions: [fn({ durationMs: 50, requestsPerMonth: 1_000_000 })] }),
            trafficRequests: d(1_000_000),
            dataTransfer: transfer({ responses: { perMonth: d(1_000_000), followsTraffic: true }, responseKb: d(kb) }),
          };
          const curve = serverlessCurve(s, book(), d(10_000), d(10_000_000_000));
          const { prices: region, where } = regionOf(s, book());
          for (const requests of volumes.map((v) => d(v.toString()))) {
            const direct = serverlessCost(atVolume(s, requests), region, monthProfile(s.traffic), where).exactUsd;
            expect(costAt(curve, requests).minus(direct).abs().lessThan('1e-18')).toBe(true);
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('Data transfer in a whole estimate', () => {
  it('is priced alike on every platform, as a shared service', () => {
    const text = `name: t
traffic: { requests_per_month: 10000000 }
lambda:
  functions:
    - { name: api, memory_mb: 512, duration_ms: 100 }
services:
  data_transfer: { response_kb: 50, cross_az_gb_per_month: 10 }
containers:
  ec2: { instance_type: c6g.xlarge, requests_per_second_per_instance: 500, min_instances: 2 }
  fargate: { vcpu: 1, memory_gb: 2, architecture: arm64, requests_per_second_per_task: 250, min_tasks: 2 }
`;
    const result = estimate(scenarioFromYaml(parseYaml('FILE', text)), book());
    const own = result.platforms.map((platform) => platform.lineItems.filter((item) => item.service === 'data-transfer'));
    // 10M × 50 KB = 500 GB − 100 free = 400 × $0.09 = $36.00; 10 GB × 2 directions × $0.01 = $0.20
    expect(byId(own[0]!)).toEqual({ 'data-transfer.internet-out.tier-1': '36.00', 'data-transfer.cross-az': '0.20' });
    expect(own[1]).toEqual(own[0]);
    expect(own[2]).toEqual(own[0]);
    expect(result.breakeven).not.toBeNull();
  });
});
