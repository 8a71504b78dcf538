// Fargate's part of a scenario's `containers` block: the tasks to compare against.
import { Decimal } from '../../../core/money.js';
import { numberInWords } from '../../../core/numbers.js';
import type { FieldPath, Fail } from '../../../schema/price-section.js';
import type { ScenarioParts } from '../../../schema/scenario-section.js';
import type { FargateFleet } from './types.js';

// Fargate's CPU and memory pairs, https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html
const FARGATE_MEMORY_GB: ReadonlyArray<[vcpu: number, memoryGb: readonly number[]]> = [
  [0.25, [0.5, 1, 2]],
  [0.5, range(1, 4, 1)],
  [1, range(2, 8, 1)],
  [2, range(4, 16, 1)],
  [4, range(8, 30, 1)],
  [8, range(16, 60, 4)],
  [16, range(32, 120, 8)],
  [32, [60, 120, 244]],
];

function range(from: number, to: number, step: number): number[] {
  const values: number[] = [];
  for (let value = from; value <= to; value += step) values.push(value);
  return values;
}

export function fargateFleetSchema({ z, perSecond, discountPct, pricingChoice, commitmentUsdPerHour }: ScenarioParts) {
  return z.strictObject({
    vcpu: z.number().check(z.gt(0), z.lte(32)),
    memory_gb: z.number().check(z.gt(0), z.lte(244)),
    architecture: z._default(z.enum(['x86_64', 'arm64']), 'x86_64'),
    requests_per_second_per_task: perSecond,
    min_tasks: z._default(z.int().check(z.gte(0), z.lte(100_000)), 1),
    pricing: z._default(z.enum([...pricingChoice, 'spot']), 'on_demand'),
    discount_pct: z.optional(discountPct),
    commitment_usd_per_hour: z.optional(commitmentUsdPerHour),
    ephemeral_storage_gb: z._default(z.int().check(z.gte(20), z.lte(200)), 20),
    public_ipv4: z._default(z.boolean(), false),
  });
}

type FargateInput = {
  vcpu: number;
  memory_gb: number;
  architecture: FargateFleet['architecture'];
  requests_per_second_per_task: number;
  min_tasks: number;
  pricing: FargateFleet['pricing'];
  discount_pct?: number | undefined;
  commitment_usd_per_hour?: number | undefined;
  ephemeral_storage_gb: number;
  public_ipv4: boolean;
};

/** The tasks, with their CPU and memory checked against the pairs Fargate offers. `at`: where the block is. */
export function readFargateFleet(f: FargateInput, at: FieldPath, fail: Fail): FargateFleet {
  const allowed = FARGATE_MEMORY_GB.find(([vcpu]) => vcpu === f.vcpu);
  if (!allowed) {
    fail(`Fargate offers ${FARGATE_MEMORY_GB.map(([vcpu]) => vcpu).join(', ')} vCPU, got ${numberInWords(f.vcpu)}`, [...at, 'vcpu']);
  } else if (!allowed[1].includes(f.memory_gb)) {
    fail(`with ${f.vcpu} vCPU, Fargate offers ${allowed[1].join(', ')} GB of memory, got ${numberInWords(f.memory_gb)}`, [...at, 'memory_gb']);
  }
  return {
    vcpu: new Decimal(f.vcpu),
    memoryGb: new Decimal(f.memory_gb),
    architecture: f.architecture,
    requestsPerSecondPerTask: new Decimal(f.requests_per_second_per_task),
    minTasks: f.min_tasks,
    pricing: f.pricing,
    discountPct: f.discount_pct === undefined ? null : new Decimal(f.discount_pct),
    commitmentUsdPerHour: f.commitment_usd_per_hour === undefined ? null : new Decimal(f.commitment_usd_per_hour),
    ephemeralStorageGb: f.ephemeral_storage_gb,
    publicIpv4: f.public_ipv4,
  };
}
