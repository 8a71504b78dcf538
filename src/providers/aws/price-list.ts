// A price book as a flat list of named unit prices, for showing one version
// and for the differences between two.
import { Decimal } from '../../core/money.js';
import { compactCount } from '../../core/numbers.js';
import type { PriceBook, RegionPrices } from './types.js';
import type { Tier } from '../../core/types.js';

export interface PriceEntry {
  readonly region: string;
  readonly service: 'lambda' | 'api_gateway' | 'ec2' | 'fargate' | 'load_balancer' | 'commitments';
  /** Stable within the service, e.g. `duration.arm64.band-2`. */
  readonly key: string;
  readonly description: string;
  readonly value: Decimal;
  /** What the value is per, e.g. `USD per GB-second`, `ms`, `%`. */
  readonly unit: string;
}

function bands(tiers: readonly Tier[] | null | undefined, key: string, what: string, unit: string, push: (key: string, description: string, value: Decimal, unit: string) => void) {
  let from = new Decimal(0);
  const all = tiers ?? [];
  all.forEach((tier, index) => {
    const range = all.length === 1 ? '' : !tier.upTo ? ` (over ${compactCount(from)})` : index === 0 ? ` (first ${compactCount(tier.upTo)})` : ` (${compactCount(from)}–${compactCount(tier.upTo)})`;
    push(`${key}.band-${index + 1}`, `${what}${range}`, tier.usd, unit);
    if (tier.upTo) from = tier.upTo;
  });
}

function regionEntries(region: string, prices: RegionPrices): PriceEntry[] {
  const entries: PriceEntry[] = [];
  const add = (service: PriceEntry['service']) => (key: string, description: string, value: Decimal, unit: string) => entries.push({ region, service, key, description, value, unit });
  const lambda = add('lambda');
  const l = prices.lambda;
  lambda('billing_granularity', 'duration billed in steps of', new Decimal(l.billingGranularityMs), 'ms');
  lambda('max_memory', 'largest memory', new Decimal(l.maxMemoryMb), 'MB');
  lambda('requests', 'requests', l.requestsPerMillionUsd, 'USD per 1M requests');
  for (const arch of ['x86_64', 'arm64'] as const) {
    bands(l.durationPerGbSecond[arch], `duration.${arch}`, `duration, ${arch}`, 'USD per GB-second', lambda);
    const pc = l.provisionedConcurrencyPerGbSecond[arch];
    if (pc) lambda(`provisioned_concurrency.${arch}`, `provisioned concurrency, ${arch}`, pc, 'USD per GB-second');
    const pd = l.provisionedDurationPerGbSecond[arch];
    if (pd) lambda(`provisioned_duration.${arch}`, `duration on provisioned concurrency, ${arch}`, pd, 'USD per GB-second');
  }
  if (l.ephemeralStoragePerGbSecond) lambda('ephemeral_storage', 'ephemeral storage above 512 MB', l.ephemeralStoragePerGbSecond, 'USD per GB-second');
  lambda('free_tier.requests', 'free tier, requests', l.freeTier.requests, 'requests a month');
  lambda('free_tier.gb_seconds', 'free tier, duration', l.freeTier.gbSeconds, 'GB-seconds a month');
  const api = prices.apiGateway;
  if (api) {
    const apiAdd = add('api_gateway');
    bands(api.restPerMillion, 'rest', 'REST API requests', 'USD per 1M requests', apiAdd);
    bands(api.httpPerMillion, 'http', 'HTTP API requests', 'USD per 1M requests', apiAdd);
    bands(api.websocketMessagesPerMillion, 'websocket.messages', 'WebSocket messages', 'USD per 1M messages', apiAdd);
    if (api.websocketConnectionMinutesPerMillion) apiAdd('websocket.connection_minutes', 'WebSocket connection minutes', api.websocketConnectionMinutesPerMillion, 'USD per 1M minutes');
  }
  if (prices.ec2) {
    const ec2 = add('ec2');
    for (const type of Object.values(prices.ec2.instances).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      ec2(`instance.${type.name}`, `${type.name} (${type.vcpu} vCPU, ${type.memoryGib} GiB, ${type.architecture})`, type.usdPerHour, 'USD per hour');
    }
    ec2('public_ipv4', 'public IPv4 address', prices.ec2.publicIpv4PerHour, 'USD per hour');
  }
  if (prices.fargate) {
    const fargate = add('fargate');
    for (const arch of ['x86_64', 'arm64'] as const) {
      const vcpu = prices.fargate.perVcpuHour[arch];
      const gb = prices.fargate.perGbHour[arch];
      if (vcpu) fargate(`vcpu.${arch}`, `vCPU, ${arch}`, vcpu, 'USD per vCPU-hour');
      if (gb) fargate(`memory.${arch}`, `memory, ${arch}`, gb, 'USD per GB-hour');
    }
    if (prices.fargate.ephemeralStoragePerGbHour) fargate('ephemeral_storage', `storage above ${prices.fargate.freeEphemeralStorageGb} GB`, prices.fargate.ephemeralStoragePerGbHour, 'USD per GB-hour');
    fargate('public_ipv4', 'public IPv4 address', prices.fargate.publicIpv4PerHour, 'USD per hour');
  }
  if (prices.loadBalancer) {
    const lb = add('load_balancer');
    lb('alb', 'Application Load Balancer', prices.loadBalancer.albPerHour, 'USD per hour');
    lb('lcu', 'load balancer capacity unit', prices.loadBalancer.lcuPerHour, 'USD per LCU-hour');
  }
  if (prices.commitments) {
    const c = add('commitments');
    c('ec2.savings_plan_1yr', 'EC2 Savings Plan, 1 year', prices.commitments.ec2.savingsPlan1yrPct, '% off');
    c('ec2.savings_plan_3yr', 'EC2 Savings Plan, 3 years', prices.commitments.ec2.savingsPlan3yrPct, '% off');
    c('fargate.savings_plan_1yr', 'Fargate Savings Plan, 1 year', prices.commitments.fargate.savingsPlan1yrPct, '% off');
    c('fargate.savings_plan_3yr', 'Fargate Savings Plan, 3 years', prices.commitments.fargate.savingsPlan3yrPct, '% off');
    c('fargate.spot', 'Fargate Spot', prices.commitments.fargate.spotPct, '% off');
  }
  return entries;
}

export function priceList(book: PriceBook): PriceEntry[] {
  return Object.entries(book.regions).flatMap(([region, prices]) => regionEntries(region, prices));
}

export interface PriceChange {
  readonly region: string;
  readonly service: PriceEntry['service'];
  readonly key: string;
  readonly description: string;
  readonly unit: string;
  readonly kind: 'changed' | 'added' | 'removed';
  readonly before: Decimal | null;
  readonly after: Decimal | null;
  /** Percent change; null unless both sides exist and the old value is not zero. */
  readonly changePct: Decimal | null;
}

/** Every entry that differs between two price books, in the order of the newer one, removed entries last. */
export function priceDiff(before: PriceBook, after: PriceBook): PriceChange[] {
  const id = (entry: PriceEntry) => `${entry.region}|${entry.service}|${entry.key}`;
  const old = new Map(priceList(before).map((entry) => [id(entry), entry]));
  const changes: PriceChange[] = [];
  const seen = new Set<string>();
  for (const entry of priceList(after)) {
    const previous = old.get(id(entry));
    seen.add(id(entry));
    if (!previous) changes.push({ ...entry, kind: 'added', before: null, after: entry.value, changePct: null });
    else if (!previous.value.equals(entry.value)) {
      changes.push({
        ...entry,
        kind: 'changed',
        before: previous.value,
        after: entry.value,
        changePct: previous.value.isZero() ? null : entry.value.minus(previous.value).dividedBy(previous.value).times(100),
      });
    }
  }
  for (const [key, entry] of old) if (!seen.has(key)) changes.push({ ...entry, kind: 'removed', before: entry.value, after: null, changePct: null });
  return changes;
}
