// Fargate's own line items, held to the official examples of its pricing page.
import { describe, expect, it } from 'vitest';
import { platformCost } from '../../../core/line-item.js';
import { book, d, fargate } from '../../../../test/helpers/build.js';
import { fargateLineItems } from './line-items.js';
import type { FargateFleet } from './types.js';

const prices = () => book().regions['us-east-1']!;
const cents = (items: readonly { id: string; monthlyUsd: { toFixed(n: number): string } }[], id: string) => items.find((i) => i.id === id)!.monthlyUsd.toFixed(2);

describe('AWS Fargate pricing page, https://aws.amazon.com/fargate/pricing/ (us-east-1)', () => {
  // The examples run tasks for some minutes a day, so they are priced by their task-hours.
  function exampleTasks(taskHours: number, fleet: Partial<FargateFleet>) {
    return platformCost(fargateLineItems(d(taskHours), fargate(fleet), prices(), 'test'));
  }

  it('example 1 (Linux/x86): 5 tasks × 10 min a day × 30 days, 1 vCPU, 2 GB, 30 GB storage: $1.26', () => {
    // 5 × 600 s × 30 = 25 task-hours
    const cost = exampleTasks(25, { ephemeralStorageGb: 30 });
    expect(cents(cost.lineItems, 'fargate.vcpu.x86_64')).toBe('1.01');
    expect(cents(cost.lineItems, 'fargate.memory.x86_64')).toBe('0.22');
    expect(cents(cost.lineItems, 'fargate.ephemeral-storage')).toBe('0.03');
    expect(cost.monthlyUsd.toFixed(2)).toBe('1.26');
  });

  it('example 2 (Linux/ARM): the same tasks on Graviton2: $1.02', () => {
    const cost = exampleTasks(25, { ephemeralStorageGb: 30, architecture: 'arm64' });
    expect(cents(cost.lineItems, 'fargate.vcpu.arm64')).toBe('0.81');
    expect(cents(cost.lineItems, 'fargate.memory.arm64')).toBe('0.18');
    expect(cost.monthlyUsd.toFixed(2)).toBe('1.02');
  });

  it('example 3 (EKS pods): 10 pods × 1 h a day × 30 days, 0.25 vCPU, 1 GB: $4.37', () => {
    const cost = exampleTasks(300, { vcpu: d('0.25'), memoryGb: d(1) });
    expect(cents(cost.lineItems, 'fargate.vcpu.x86_64')).toBe('3.04');
    expect(cents(cost.lineItems, 'fargate.memory.x86_64')).toBe('1.33');
    expect(cost.monthlyUsd.toFixed(2)).toBe('4.37');
  });
});

describe('Fargate Spot by architecture', () => {
  const spotTasks = (architecture: 'x86_64' | 'arm64', id: string) =>
    platformCost(fargateLineItems(d(730), fargate({ pricing: 'spot', architecture }), book(id).regions['us-east-1']!, id));

  it('is refused for arm64 tasks in tables from before 2024-09-06, when AWS ran Spot on x86_64 alone', () => {
    // The engine marks the option by its key; the CLI prints it as the flag or the scenario key.
    expect(() => spotTasks('arm64', 'aws-2024-02-01')).toThrow(
      /^pricing aws-2024-02-01 has no Fargate Spot for arm64 tasks: AWS ran Fargate Spot on x86_64 alone until 2024-09-06; price with a version from that date on \(\W*option:pricing\W*\), or choose another architecture or pricing$/,
    );
    expect(() => spotTasks('arm64', 'aws-2022-08-01')).toThrow(/no Fargate Spot for arm64 tasks/);
    // x86_64 Spot was there all along: 730 h × $0.04048 × 0.3 = $8.87 and 1,460 GB-h × $0.004445 × 0.3 = $1.95.
    expect(spotTasks('x86_64', 'aws-2024-02-01').monthlyUsd.toFixed(2)).toBe('10.82');
  });

  it('prices arm64 Spot from aws-2024-09-06 on: 730 h × ($0.03238 + 2 × $0.00356) × (1 − 70%) = $8.65', () => {
    // 730 × 0.03238 × 0.3 = 7.09122 → $7.09; 1,460 GB-h × 0.00356 × 0.3 = 1.55928 → $1.56
    for (const id of ['aws-2024-09-06', 'aws-2024-11-01', 'aws-2025-05-01']) expect(spotTasks('arm64', id).monthlyUsd.toFixed(2)).toBe('8.65');
  });
});
