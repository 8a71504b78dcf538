// Lambda@Edge: a function CloudFront runs at its edge, billed at its own rates
// (no free tier, no bands, one architecture), within limits of its own.
// https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html
// https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html#limits-lambda-at-edge
import { formatCount, groupDigits } from '../../../core/numbers.js';
import type { EdgeEvent, LambdaFunction } from './types.js';

/** The events a Lambda@Edge function may answer: the viewer's (request, response), the origin's, or not said. */
export const EDGE_EVENTS = ['viewer', 'origin'] as const satisfies readonly EdgeEvent[];

export interface EdgeLimits {
  readonly maxMemoryMb: number;
  /** The longest timeout CloudFront allows the function: an average run above it cannot be. */
  readonly maxDurationMs: number;
}

/**
 * A viewer trigger runs on every request, before the cache: 128 MB and 5 s at most. An origin trigger runs on a cache
 * miss: up to 10,240 MB and 30 s. A function whose event is not said is held to the origin's, the wider.
 */
export function edgeLimits(event: EdgeEvent): EdgeLimits {
  return event === 'viewer' ? { maxMemoryMb: 128, maxDurationMs: 5_000 } : { maxMemoryMb: 10_240, maxDurationMs: 30_000 };
}

/** How a person reads where it runs: `a viewer trigger`, `an origin trigger`, `Lambda@Edge`. */
export function edgeTriggerWords(event: EdgeEvent): string {
  return event === 'viewer' ? 'a viewer trigger' : event === 'origin' ? 'an origin trigger' : 'Lambda@Edge';
}

/** `an origin trigger times out after 30 s`. */
export function edgeTimeoutWords(event: EdgeEvent): string {
  return `${edgeTriggerWords(event)} times out after ${formatCount(edgeLimits(event).maxDurationMs / 1000)} s`;
}

/** A setting of a function that Lambda@Edge does not take, and why. */
export interface EdgeProblem {
  readonly field: 'architecture' | 'package_type' | 'vpc' | 'provisioned_concurrency' | 'ephemeral_storage_mb' | 'memory_mb' | 'duration_ms';
  readonly message: string;
}

type Written = Pick<LambdaFunction, 'architecture' | 'packageType' | 'vpc' | 'provisioned' | 'ephemeralStorageMb' | 'memoryMb' | 'durationMs'>;

/**
 * What of `fn` CloudFront would refuse to run at its edge: arm64, a container image, a VPC, provisioned concurrency, ephemeral storage above
 * 512 MB, a memory size or an average run past the trigger's limits. A scenario is refused for each; a template's
 * reader says them.
 */
export function edgeProblems(fn: Written, event: EdgeEvent): EdgeProblem[] {
  const problems: EdgeProblem[] = [];
  const limits = edgeLimits(event);
  if (fn.architecture !== 'x86_64') problems.push({ field: 'architecture', message: `Lambda@Edge runs x86_64 functions only, not ${fn.architecture}` });
  if (fn.packageType === 'image') problems.push({ field: 'package_type', message: 'Lambda@Edge runs functions deployed as .zip archives only, not container images' });
  if (fn.vpc) problems.push({ field: 'vpc', message: 'Lambda@Edge cannot reach resources inside a VPC: a function at the edge is configured with none' });
  if (fn.provisioned && fn.provisioned.count > 0)
    problems.push({ field: 'provisioned_concurrency', message: 'Lambda@Edge has no provisioned concurrency: CloudFront runs a function on demand only' });
  if (fn.ephemeralStorageMb > 512)
    problems.push({
      field: 'ephemeral_storage_mb',
      message: `Lambda@Edge has 512 MB of ephemeral storage, not configurable; ${formatCount(fn.ephemeralStorageMb)} MB cannot be set`,
    });
  if (fn.memoryMb > limits.maxMemoryMb)
    problems.push({ field: 'memory_mb', message: `${edgeTriggerWords(event)} has at most ${formatCount(limits.maxMemoryMb)} MB of memory, not ${formatCount(fn.memoryMb)} MB` });
  if (fn.durationMs.greaterThan(limits.maxDurationMs))
    problems.push({ field: 'duration_ms', message: `${edgeTimeoutWords(event)}, so an average run of ${groupDigits(fn.durationMs)} ms cannot be` });
  return problems;
}

/** The event a scenario's `edge:` names: `true` is any, `false` (or nothing the schema takes) none. */
export function edgeEventOf(written: unknown): EdgeEvent | null {
  return written === true ? 'any' : written === 'viewer' || written === 'origin' ? written : null;
}

/** Whether `fn` runs as Lambda@Edge. */
export const atTheEdge = (fn: Pick<LambdaFunction, 'edge'>): boolean => fn.edge !== undefined && fn.edge !== null;

/** The largest memory size `fn` may have: Lambda's, or its edge trigger's. */
export function maxMemoryMbOf(fn: Pick<LambdaFunction, 'edge'>, tableMaxMb: number): number {
  return fn.edge ? Math.min(tableMaxMb, edgeLimits(fn.edge).maxMemoryMb) : tableMaxMb;
}
