// CloudWatch Logs in a scenario file: `services.cloudwatch_logs`, the logs
// the user states (one object for the account), and `logs:` on a Lambda
// function, its own logs.
import { Decimal } from '../../../core/money.js';
import { NONE } from '../../../core/usage.js';
import type { Fail, FieldPath } from '../../../schema/price-section.js';
import { monthlyQuantity, type ScenarioParts, scenarioSection } from '../../../schema/scenario-section.js';
import type { FunctionLogs, LogClass, StatedLogs } from './types.js';

/** Stored GB as stated and a retention to derive them from say one thing twice. */
const STORED_OR_RETENTION = 'give stored_gb or retention_days, not both: retention_days only derives the stored GB from the ingest';

/** The retentions CloudWatch Logs offers a log group, in days: it refuses any other (PutRetentionPolicy, a log group's RetentionInDays). */
export const RETENTION_DAYS: readonly number[] = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

/** The retentions in words, for a message: `1, 3, 5, … 3288 or 3653 days`. */
export const RETENTIONS_OFFERED = `${RETENTION_DAYS.slice(0, -1).join(', ')} or ${RETENTION_DAYS.at(-1)!} days`;

/** The shortest retention CloudWatch Logs offers that keeps logs at least `days`: 30 for 16. */
export function offeredRetention(days: number): number {
  return RETENTION_DAYS.find((offered) => offered >= days) ?? RETENTION_DAYS.at(-1)!;
}

/** Days a log group can keep its logs (ten years at most), or `never`, a log group's default. */
function retentionDays({ z }: ScenarioParts) {
  return z.optional(z.union([z.int().check(z.gte(1), z.lte(3653)), z.literal('never')]));
}

/** Stored GB-months as stated: overrides the storage derived from ingest and retention. */
function storedGb({ z, perMonth }: ScenarioParts) {
  return z.optional(perMonth);
}

export const cloudwatchLogsScenario = scenarioSection({
  key: 'cloudwatch_logs',
  group: 'services',
  schema: (parts) =>
    parts.z.optional(
      parts.z.strictObject({
        /** GB ingested, uncompressed. */
        ...parts.monthlyOrPerRequest('ingest_gb'),
        log_class: parts.z._default(parts.z.enum(['standard', 'infrequent_access']), 'standard'),
        stored_gb: storedGb(parts),
        retention_days: retentionDays(parts),
        ...parts.monthlyOrPerRequest('insights_scanned_gb'),
      }),
    ),
  read: (logs, context): { cloudwatchLogs: StatedLogs | null } => {
    if (!logs) return { cloudwatchLogs: null };
    const at = ['cloudwatch_logs'];
    const ingest = monthlyQuantity(logs, 'ingest_gb', context, at);
    const scanned = monthlyQuantity(logs, 'insights_scanned_gb', context, at);
    if (logs.stored_gb !== undefined && logs.retention_days !== undefined) {
      context.fail(STORED_OR_RETENTION, [...at, 'retention_days']);
    }
    if (!ingest && !scanned && logs.stored_gb === undefined) {
      context.fail('cloudwatch_logs needs ingest_gb_per_month, stored_gb or insights_scanned_gb_per_month (or the _per_request forms)', at);
    }
    return {
      cloudwatchLogs: {
        ingest: ingest ?? NONE,
        logClass: logs.log_class,
        storedGb: logs.stored_gb === undefined ? null : new Decimal(logs.stored_gb),
        retentionDays: logs.retention_days === undefined || logs.retention_days === 'never' ? null : logs.retention_days,
        insightsScanned: scanned ?? NONE,
      },
    };
  },
});

/** The schema of `logs:` on a Lambda function. */
export function functionLogsSchema(parts: ScenarioParts) {
  return logsSchema(parts, true);
}

/** `logs:` on a template's function in a usage file: each key given is taken over what the template says, so none has a default. */
export function usageFunctionLogsSchema(parts: ScenarioParts) {
  return logsSchema(parts, false);
}

/** A function's `logs:`, with AWS's defaults filled in (a scenario's) or left out for a template's settings to fill (a usage file's). */
function logsSchema(parts: ScenarioParts, defaults: boolean) {
  const { z } = parts;
  const appBytes = z.number().check(z.gte(0), z.lte(1e9));
  const level = z.enum(['info', 'warn']);
  return z.optional(
    z.strictObject({
      app_bytes_per_invocation: defaults ? z._default(appBytes, 0) : z.optional(appBytes),
      system_log_level: defaults ? z._default(level, 'info') : z.optional(level),
      retention_days: retentionDays(parts),
      stored_gb: storedGb(parts),
      // Optional in both: a scenario's default is Standard, a usage file's is the template's group.
      log_class: z.optional(z.enum(['standard', 'infrequent_access'])),
    }),
  );
}

/** What no template says: a scenario's functions' logs are theirs alone. */
const NO_TEMPLATE_SETTINGS: TemplateLogSettings = { retentionDays: null, systemLogLevel: null, logClass: null };

/** A function's logs as stated, or null without a `logs:` block (then AWS's defaults apply: INFO system lines, no application bytes, never expire). */
export function readFunctionLogs(logs: UsageFunctionLogs, fail: Fail, at: FieldPath): FunctionLogs | null {
  return templateFunctionLogs(logs, NO_TEMPLATE_SETTINGS, fail, at);
}

export type UsageFunctionLogs =
  { app_bytes_per_invocation?: number; system_log_level?: 'info' | 'warn'; retention_days?: number | 'never'; stored_gb?: number; log_class?: LogClass } | undefined;

/**
 * A usage file's `logs:` of `"*"` and of a function, key by key, but for the stored GB: `stored_gb` and
 * `retention_days` are two ways of saying it, so a function's one replaces the other of `"*"` (`"*"` keeping 30 days
 * and one function stating its stored GB was refused as giving both). Undefined when neither gives `logs:`.
 */
export function mergeUsageFunctionLogs(shared: UsageFunctionLogs, own: UsageFunctionLogs): UsageFunctionLogs {
  if (!shared || !own) return own ?? shared;
  if (own.stored_gb === undefined && own.retention_days === undefined) return { ...shared, ...own };
  const { stored_gb: _stored, retention_days: _retention, ...rest } = shared;
  return { ...rest, ...own };
}

/** What a template says of a function's logs: its log group's retention and class and its system log level, where it says them. */
export interface TemplateLogSettings {
  readonly retentionDays: number | null;
  readonly systemLogLevel: 'info' | 'warn' | null;
  /** The class of the function's log group; null where the template says none (Standard). */
  readonly logClass: LogClass | null;
}

/**
 * A template's function's logs: the usage file's keys over the template's settings, AWS's defaults for the rest; null
 * when neither says anything (AWS's defaults throughout). Stated when the usage file gives any key.
 */
export function templateFunctionLogs(given: UsageFunctionLogs, template: TemplateLogSettings, fail: Fail, at: FieldPath): FunctionLogs | null {
  if (!given && template.retentionDays === null && template.systemLogLevel === null && template.logClass === null) return null;
  if (given?.stored_gb !== undefined && given.retention_days !== undefined) {
    fail(STORED_OR_RETENTION, [...at, 'retention_days']);
  }
  const retentionDays = given?.retention_days ?? (given?.stored_gb === undefined ? template.retentionDays : null);
  return {
    appBytesPerInvocation: new Decimal(given?.app_bytes_per_invocation ?? 0),
    systemLogLevel: given?.system_log_level ?? template.systemLogLevel ?? 'info',
    retentionDays: retentionDays === null || retentionDays === 'never' ? null : retentionDays,
    storedGb: given?.stored_gb === undefined ? null : new Decimal(given.stored_gb),
    logClass: given?.log_class ?? template.logClass ?? 'standard',
    ...(given === undefined ? { stated: false } : {}),
  };
}
