// CloudWatch Logs' prices, the logs a scenario states, and what a function's own logs are.
import type { Decimal } from '../../../core/money.js';
import type { Tier } from '../../../core/types.js';
import type { MonthlyQuantity } from '../../../core/usage.js';

export type LogClass = 'standard' | 'infrequent_access';
export type SystemLogLevel = 'info' | 'warn';

export interface CloudWatchLogsPrices {
  readonly source: string;
  /** Per GB ingested (uncompressed), by log class. */
  readonly ingestionPerGb: Readonly<Record<LogClass, Decimal>>;
  /** Per GB-month stored (compressed). */
  readonly storagePerGbMonth: Decimal;
  /** Logs Insights, per GB scanned. */
  readonly insightsPerGbScanned: Decimal;
  /** Three allowances of the account, each its own: ingestion, storage and scanning. */
  readonly free: { readonly ingestionGb: Decimal; readonly storageGbMonths: Decimal; readonly scannedGb: Decimal };
}

export interface LambdaLogsPrices {
  readonly source: string;
  /** Lambda's (vended) logs ingested, per GB, in the account's monthly bands. */
  readonly ingestionPerGb: readonly Tier[];
  /** The same, for the functions that log to an Infrequent Access group: bands of their own; null where the table has none. */
  readonly infrequentAccessIngestionPerGb: readonly Tier[] | null;
}

/** The logs a scenario states in `services.cloudwatch_logs`. */
export interface StatedLogs {
  readonly ingest: MonthlyQuantity;
  readonly logClass: LogClass;
  /** GB-months stored as stated; null derives storage from ingest and retention. */
  readonly storedGb: Decimal | null;
  /** Null: never expire (the default of a log group). */
  readonly retentionDays: number | null;
  readonly insightsScanned: MonthlyQuantity;
}

/** A function's own logs (`lambda.functions[].logs`). */
export interface FunctionLogs {
  /** Bytes the application writes per invocation. */
  readonly appBytesPerInvocation: Decimal;
  /** `warn` drops the platform's START/END/REPORT lines (JSON log format). */
  readonly systemLogLevel: SystemLogLevel;
  /** Null: never expire (the default of a function's log group). */
  readonly retentionDays: number | null;
  /** GB-months stored as stated; null derives them from ingest and retention. */
  readonly storedGb: Decimal | null;
  /** The class of the function's log group: Lambda's logs are ingested in that class's bands. */
  readonly logClass: LogClass;
  /**
   * False where only a template's settings gave them (its log group's retention, its system log level): the user stated
   * no logs, so a price table without their prices leaves them out with a warning rather than failing. Absent: stated.
   */
  readonly stated?: boolean;
}
