// A fleet in words: how many instances or tasks, and what each serves.
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/money.js';
import type { FleetSummary } from '../../src/core/types.js';
import { describeFleet } from '../../src/report/table.js';
import { runCli } from '../helpers/run-cli.js';
import { tempFile } from '../helpers/files.js';

const fleet = (capacity: string, lowest: number, peak: number): FleetSummary => ({
  unit: 'instance',
  description: 'c6g.xlarge: 4 vCPU, 8 GiB, arm64',
  capacityPerSecond: new Decimal(capacity),
  minimum: 1,
  lowest,
  peak,
  unitHours: new Decimal(peak * 730),
  autoscaling: true,
});

describe('describeFleet', () => {
  it('gives a capacity under a hundredth in two significant digits, and counts with grouped digits (it was "0 req/s each")', () => {
    expect(describeFleet(fleet('0.000278', 13_688, 13_688))).toBe('13,688 instances (c6g.xlarge: 4 vCPU, 8 GiB, arm64), 0.00028 req/s each, scaled hour by hour');
    expect(describeFleet(fleet('500', 1, 2))).toBe('1–2 instances (c6g.xlarge: 4 vCPU, 8 GiB, arm64), 500 req/s each, scaled hour by hour');
    expect(describeFleet(fleet('0.125', 1, 1))).toBe('1 instance (c6g.xlarge: 4 vCPU, 8 GiB, arm64), 0.13 req/s each, scaled hour by hour');
  });

  it('is never asked of a fleet past a double: a capacity under one request in 11.6 days is refused (1e-300 made "Infinity instances")', () => {
    const scenario = tempFile(
      'name: x\ntraffic: { requests_per_month: 1000000000000000, pattern: spiky, spiky: { event_days: 1, event_multiplier: 1000000 } }\nlambda:\n  functions:\n    - { name: api, memory_mb: 512, duration_ms: 200 }\ncontainers:\n  ec2: { instance_type: c6g.xlarge, requests_per_second_per_instance: 1e-300 }\n',
    );
    const result = runCli(['estimate', scenario]);
    expect([result.status, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toBe(`slcost: ${scenario}:7:71: must be at least 0.000001, got 1e-300 (at containers.ec2.requests_per_second_per_instance)\n`);
  });
});
