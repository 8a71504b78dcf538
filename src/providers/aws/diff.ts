// Two estimates side by side: what changed, line by line, platform by platform
// and function by function. Line items are matched by their stable ids.
import { nameKey } from '../../core/names.js';
import { Decimal, ZERO } from '../../core/money.js';
import type { Estimate } from './types.js';
import type { FunctionUsage } from './lambda/index.js';
import type { LineItem, PlatformCost, PlatformId } from '../../core/types.js';

export interface Change {
  readonly baseUsd: Decimal;
  readonly headUsd: Decimal;
  readonly deltaUsd: Decimal;
  /** Percent of the base; null when the base is zero. */
  readonly deltaPct: Decimal | null;
}

/** Each side's amount before its cents, which shows a line or a total that costs something though they round to none. */
export interface ExactSides {
  readonly baseExactUsd: Decimal;
  readonly headExactUsd: Decimal;
}

export interface LineDelta extends Change, ExactSides {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly baseQuantity: Decimal | null;
  readonly headQuantity: Decimal | null;
}

export interface PlatformDelta extends Change, ExactSides {
  readonly platform: PlatformId;
  /** Whether each side priced the platform at all. */
  readonly inBase: boolean;
  readonly inHead: boolean;
  readonly lines: readonly LineDelta[];
}

export interface FunctionDelta {
  readonly name: string;
  readonly base: FunctionUsage | null;
  readonly head: FunctionUsage | null;
  /** The usage figures that differ, by name. */
  readonly changed: readonly (keyof FunctionUsage)[];
}

export interface EstimateDiff {
  readonly base: Estimate;
  readonly head: Estimate;
  readonly platforms: readonly PlatformDelta[];
  readonly functions: readonly FunctionDelta[];
}

export function change(baseUsd: Decimal, headUsd: Decimal): Change {
  const deltaUsd = headUsd.minus(baseUsd);
  return { baseUsd, headUsd, deltaUsd, deltaPct: baseUsd.isZero() ? null : deltaUsd.dividedBy(baseUsd).times(100) };
}

function platforms(estimate: Estimate): Map<PlatformId, PlatformCost> {
  return new Map<PlatformId, PlatformCost>(estimate.platforms.map((platform): [PlatformId, PlatformCost] => [platform.id, platform]));
}

function lineDeltas(base: readonly LineItem[], head: readonly LineItem[]): LineDelta[] {
  const ids = [...new Set([...base.map((item) => item.id), ...head.map((item) => item.id)])];
  // By id, the first item of each, once: topics of as many SMS prices are as many line items, and looking each id up
  // in both lists grew with their square.
  const byId = (items: readonly LineItem[]) => new Map([...items].reverse().map((item) => [item.id, item] as const));
  const [baseById, headById] = [byId(base), byId(head)];
  return ids.map((id) => {
    const before = baseById.get(id);
    const after = headById.get(id);
    const shown = after ?? before!;
    // One id may be labelled for what it prices (an EC2 fleet's instance type): the head's label alone put c6g.xlarge's
    // base cost under "EC2 t4g.micro". Both are said where they differ, and only then: a name one side writes in
    // another Unicode form (café precomposed, or with a combining accent) printed two labels alike as a change.
    const label = before && after && !sameName(before.label, after.label) ? `${before.label} → ${after.label}` : shown.label;
    return {
      id,
      label,
      unit: shown.unit,
      baseQuantity: before?.quantity ?? null,
      headQuantity: after?.quantity ?? null,
      baseExactUsd: before?.exactUsd ?? ZERO,
      headExactUsd: after?.exactUsd ?? ZERO,
      ...change(before?.monthlyUsd ?? ZERO, after?.monthlyUsd ?? ZERO),
    };
  });
}

const USAGE_FIELDS: readonly (keyof FunctionUsage)[] = [
  'architecture',
  'memoryMb',
  // Storage above 512 MB is a line of its own: a function given more of it, and nothing else, was "unchanged".
  'ephemeralStorageMb',
  'requestsPerMonth',
  'billedDurationMs',
  'onDemandGbSeconds',
  'provisionedGbSeconds',
  'provisionedConfiguredGbSeconds',
  // A function moved to or from CloudFront's edge is billed at other rates with nothing else changed: it was "unchanged".
  'edge',
];

const sameName = (a: string, b: string): boolean => a === b || nameKey(a) === nameKey(b);

function same(a: unknown, b: unknown): boolean {
  return a instanceof Decimal && b instanceof Decimal ? a.equals(b) : a === b;
}

export function diffEstimates(base: Estimate, head: Estimate): EstimateDiff {
  const before = platforms(base);
  const after = platforms(head);
  const ids = (['serverless', 'ec2', 'fargate'] as const).filter((id) => before.has(id) || after.has(id));
  const keys = [...new Set([...base.functions, ...head.functions].map((fn) => nameKey(fn.name)))];
  // By name, once: looking each name up in the lists grows with the square of the functions.
  const byName = (functions: Estimate['functions']) => new Map([...functions].reverse().map((fn) => [nameKey(fn.name), fn] as const));
  const [baseByName, headByName] = [byName(base.functions), byName(head.functions)];
  return {
    base,
    head,
    platforms: ids.map((platform) => {
      const b = before.get(platform);
      const h = after.get(platform);
      return {
        platform,
        inBase: Boolean(b),
        inHead: Boolean(h),
        ...change(b?.monthlyUsd ?? ZERO, h?.monthlyUsd ?? ZERO),
        baseExactUsd: b?.exactUsd ?? ZERO,
        headExactUsd: h?.exactUsd ?? ZERO,
        lines: lineDeltas(b?.lineItems ?? [], h?.lineItems ?? []),
      };
    }),
    functions: keys.map((key) => {
      const b = baseByName.get(key) ?? null;
      const h = headByName.get(key) ?? null;
      const changed = b && h ? USAGE_FIELDS.filter((field) => !same(b[field], h[field])) : USAGE_FIELDS;
      // As the head writes it, as a line's label is.
      return { name: (h ?? b)!.name, base: b, head: h, changed };
    }),
  };
}

/** Platforms whose total rose past a threshold: by more than `pct` percent or more than `usd` dollars. */
export function increasesPast(diff: EstimateDiff, limits: { pct: Decimal | null; usd: Decimal | null }): PlatformDelta[] {
  return diff.platforms.filter((platform) => {
    if (!platform.deltaUsd.greaterThan(0)) return false;
    if (limits.usd && platform.deltaUsd.greaterThan(limits.usd)) return true;
    if (limits.pct && (platform.deltaPct === null || platform.deltaPct.greaterThan(limits.pct))) return true;
    return false;
  });
}
