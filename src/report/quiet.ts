// What `--quiet` keeps: the bill, and the warnings that say it may be wrong or
// that something will fail (a limit, a throttle, a bill without its usage).
// Advice (cheaper settings, cold starts, logging levers) is left out.
import type { Warning } from '../core/types.js';
import { serviceWarnings } from '../providers/aws/services.js';

/** The warnings a quiet estimate still prints: these, and each service's limits and what its bill leaves out (its `warnings`). */
export const QUIET_WARNINGS: ReadonlySet<string> = new Set([
  // Limits: requests that would be throttled or cut off.
  'concurrency_limit',
  'reserved_concurrency',
  // Records that wait past a stream's shards: a consumer that falls behind, its records expiring unread.
  'stream_behind',
  // Messages that wait past a queue's maximum concurrency: a worker that falls behind, its messages deleted unread past retention.
  'queue_behind',
  'reservations_over_limit',
  'payload_limit',
  'execution_time_limit',
  'duration_over_timeout',
  // The bill if traffic ran to the limits: what a budget is at risk of.
  'cost_bomb',
  'cost_bomb_unchecked',
  // A bill that leaves out what it was not told.
  'no_usage_given',
  'not_priced_without_usage',
  'init_not_priced',
  'usage_not_in_template',
  'usage_not_priced',
  // Usage below what the template alone implies (a schedule's runs), and resources the bill leaves out.
  'requests_below_schedule',
  'resources_not_priced',
  'settings_not_priced',
  'compare_settings_unused',
  ...serviceWarnings('limit', 'left-out'),
]);

export function mattersWhenQuiet(warning: Warning): boolean {
  return QUIET_WARNINGS.has(warning.id);
}
