// CloudWatch Logs: ingestion by log class (Lambda's own logs in their bands
// from 2025-05-01), storage compressed, Logs Insights by GB scanned, and the
// account's free allowances. https://aws.amazon.com/cloudwatch/pricing/
import { pricesFor } from '../../../core/errors.js';
import { lineItem, tieredLineItems } from '../../../core/line-item.js';
import { Decimal, ONE, sum, ZERO } from '../../../core/money.js';
import { groupDigits } from '../../../core/numbers.js';
import type { LineItem } from '../../../core/types.js';
import { type LambdaFunction, timesCopies } from '../lambda/index.js';
import type { CloudWatchLogsPrices, FunctionLogs, LambdaLogsPrices, LogClass, StatedLogs } from './types.js';
import { listParts } from '../../../core/names.js';

/** START (≈71 B), END (≈52 B) and REPORT (≈141 B): what Lambda writes for every invocation at INFO (facts §1.5). */
export const PLATFORM_BYTES_PER_INVOCATION = new Decimal(264);
/** Bytes to GB as AWS bills them: decimal GB, the only reading that reproduces Duckbill's 60 TB figure. */
export const GB_PER_BYTE = new Decimal('1e-9');
/** Stored bytes per ingested byte: the AWS Pricing Calculator's compression factor. */
export const COMPRESSION = new Decimal('0.15');
/** Logs that never expire are stored as they are a year in: twelve months' ingest. */
export const NEVER_EXPIRE_MONTHS = new Decimal(12);
/** A month of a retention period: 365 ÷ 12 days. */
const MONTHS_PER_DAY = new Decimal(12).dividedBy(365);

/** A function's logs with AWS's defaults filled in when it states none. */
export const DEFAULT_FUNCTION_LOGS: FunctionLogs = { appBytesPerInvocation: ZERO, systemLogLevel: 'info', retentionDays: null, storedGb: null, logClass: 'standard' };

export const logsOf = (fn: LambdaFunction): FunctionLogs => fn.logs ?? DEFAULT_FUNCTION_LOGS;

/** Everything of a function's logs their cost depends on, as one key: beside the fields it reads, so that a new one is not left out. */
export function logsShapeOf(logs: FunctionLogs): string {
  return `${logs.appBytesPerInvocation.toString()}|${logs.systemLogLevel}|${logs.retentionDays}|${logs.storedGb?.toString() ?? ''}|${logs.logClass}`;
}

/** Bytes a function's invocation writes: the platform's lines (none at WARN) and the application's. */
export function bytesPerInvocation(logs: FunctionLogs): Decimal {
  if (logs.systemLogLevel === 'warn') return logs.appBytesPerInvocation;
  // The platform's lines alone, as most functions write, are the one constant: functions that log alike share it.
  return logs.appBytesPerInvocation.isZero() ? PLATFORM_BYTES_PER_INVOCATION : PLATFORM_BYTES_PER_INVOCATION.plus(logs.appBytesPerInvocation);
}

export function functionIngestGb(fn: LambdaFunction): Decimal {
  return fn.requestsPerMonth.times(bytesPerInvocation(logsOf(fn))).times(GB_PER_BYTE);
}

/** Months of ingest a log group holds: its retention in months of 365 ÷ 12 days, or twelve when it never expires. */
export function monthsKept(retentionDays: number | null): Decimal {
  return retentionDays === null ? NEVER_EXPIRE_MONTHS : MONTHS_PER_DAY.times(retentionDays);
}

/** GB-months stored: as stated, or the month's ingest compressed, times the months kept. */
export function storedGbMonths(ingestGb: Decimal, storedGb: Decimal | null, retentionDays: number | null): Decimal {
  return storedGb ?? ingestGb.times(COMPRESSION).times(monthsKept(retentionDays));
}

export const statedStoredGb = (logs: StatedLogs): Decimal => storedGbMonths(logs.ingest.perMonth, logs.storedGb, logs.retentionDays);

export const functionStoredGb = (fn: LambdaFunction): Decimal => {
  const logs = logsOf(fn);
  return storedGbMonths(functionIngestGb(fn), logs.storedGb, logs.retentionDays);
};

/** How many months of ingest are kept, and why, for a label. */
function keptWords(retentionDays: number | null): string {
  if (retentionDays === null) return '12 months kept: never expires, the bill a year in';
  return `${monthsKept(retentionDays).toDecimalPlaces(2).toFixed()} months kept: ${retentionDays} day${retentionDays === 1 ? '' : 's'}`;
}

/** What the stated logs use of each free allowance: they take it first, so that they cost the same on every platform. */
export function statedFreeUse(logs: StatedLogs | null, prices: CloudWatchLogsPrices, freeTier: boolean): { ingestionGb: Decimal; storageGbMonths: Decimal } {
  if (!logs || !freeTier) return { ingestionGb: ZERO, storageGbMonths: ZERO };
  return { ingestionGb: Decimal.min(prices.free.ingestionGb, logs.ingest.perMonth), storageGbMonths: Decimal.min(prices.free.storageGbMonths, statedStoredGb(logs)) };
}

const CLASS_WORDS: Record<LogClass, { id: string; label: string }> = {
  standard: { id: 'standard', label: 'Standard' },
  infrequent_access: { id: 'infrequent-access', label: 'Infrequent Access' },
};

/** One flat-priced line with its free part shown. */
function flat(id: string, label: string, used: Decimal, free: Decimal, unit: string, usd: Decimal, countedAs: string): LineItem {
  const freeHere = Decimal.min(free, used);
  return lineItem({ id, label, quantity: used.minus(freeHere), unit, unitPriceUsd: usd, basis: { used, free: freeHere, countedAs } });
}

/** The logs the scenario states: ingestion in their class, storage, Logs Insights; each with its free allowance. */
export function cloudwatchLogsLineItems(logs: StatedLogs | null, table: CloudWatchLogsPrices | null, freeTier: boolean, where: string): LineItem[] {
  if (!logs) return [];
  const prices = pricesFor(table, 'CloudWatch Logs', where);
  const free = freeTier ? prices.free : { ingestionGb: ZERO, storageGbMonths: ZERO, scannedGb: ZERO };
  const items: LineItem[] = [];
  const ingestGb = logs.ingest.perMonth;
  const logClass = CLASS_WORDS[logs.logClass];
  if (!ingestGb.isZero()) {
    items.push(
      flat(
        `cloudwatch-logs.ingestion.${logClass.id}`,
        `CloudWatch Logs ingested, ${logClass.label} class`,
        ingestGb,
        free.ingestionGb,
        'GB',
        prices.ingestionPerGb[logs.logClass],
        'GB',
      ),
    );
  }
  const storedGb = statedStoredGb(logs);
  if (!storedGb.isZero()) {
    const how = logs.storedGb ? 'as stated' : `${groupDigits(ingestGb)} GB a month × ${COMPRESSION.toFixed()} compressed × ${keptWords(logs.retentionDays)}`;
    items.push(flat('cloudwatch-logs.storage', `CloudWatch Logs stored (${how})`, storedGb, free.storageGbMonths, 'GB-months', prices.storagePerGbMonth, 'GB-months'));
  }
  const scannedGb = logs.insightsScanned.perMonth;
  if (!scannedGb.isZero()) {
    items.push(flat('cloudwatch-logs.insights', 'Logs Insights queries', scannedGb, free.scannedGb, 'GB scanned', prices.insightsPerGbScanned, 'GB scanned'));
  }
  return items;
}

/** Each function's invocations × bytes, in the scenario's order. Names stay out of labels: a label is printed as the engine wrote it, so it holds no text a user wrote. */
function describeFunctions(functions: readonly Writing[]): string {
  // Functions that log alike are one term: `4,000,000 invocations × 264 B`, not four.
  const invocations = new Map<string, Decimal>();
  let lastBytes: Decimal | null = null;
  let lastText = '';
  for (const { fn, bytes } of functions) {
    if (lastBytes !== bytes) {
      lastBytes = bytes;
      lastText = groupDigits(bytes);
    }
    invocations.set(lastText, (invocations.get(lastText) ?? ZERO).plus(timesCopies(fn.requestsPerMonth, fn)));
  }
  return listParts(
    [...invocations].map(([bytes, count]) => {
      const whole = count.round();
      return `${groupDigits(whole)} ${whole.eq(1) ? 'invocation' : 'invocations'} × ${bytes} B`;
    }),
    ' + ',
  );
}

/** A function that writes logs, with what each invocation writes and what its month ingests, worked out once. */
interface Writing {
  readonly fn: LambdaFunction;
  readonly logs: FunctionLogs;
  readonly bytes: Decimal;
  readonly ingestGb: Decimal;
}

/**
 * Whether a function's logs are ingested in the Infrequent Access class's bands: its group is of that class and the
 * table has them (a table without them prices the class at Standard's, and a warning says so).
 */
export const inInfrequentBands = (logs: FunctionLogs, bands: LambdaLogsPrices): boolean => logs.logClass === 'infrequent_access' && bands.infrequentAccessIngestionPerGb !== null;

/** Whether a function states its own `logs:` (then its logs are its choice, and a table without their prices is an error). */
export const statesLogs = (fn: LambdaFunction): boolean => Boolean(fn.logs) && fn.logs!.stated !== false;

/**
 * Each function's own logs: its invocations × bytes per invocation, ingested
 * in Lambda's bands (one set for the account's functions together), stored
 * compressed for as long as each function keeps them. The free allowances are
 * what the stated logs leave.
 */
export function lambdaLogsLineItems(
  functions: readonly LambdaFunction[],
  stated: StatedLogs | null,
  tables: { lambdaLogs: LambdaLogsPrices | null; cloudwatchLogs: CloudWatchLogsPrices | null },
  freeTier: boolean,
  where: string,
): LineItem[] {
  const writing: Writing[] = [];
  for (const fn of functions) {
    const logs = logsOf(fn);
    const bytes = bytesPerInvocation(logs);
    if (!bytes.isZero() || logs.storedGb) writing.push({ fn, logs, bytes, ingestGb: fn.requestsPerMonth.times(bytes).times(GB_PER_BYTE) });
  }
  if (!writing.length) return [];
  // Without the prices, only logs a function states are an error; its platform lines alone are left out, and a warning says so.
  if (!tables.lambdaLogs || !tables.cloudwatchLogs) {
    if (!functions.some(statesLogs)) return [];
    pricesFor(null, 'CloudWatch Logs (Lambda logs)', where);
  }
  const bands = pricesFor(tables.lambdaLogs, 'CloudWatch Logs (Lambda logs)', where);
  const prices = pricesFor(tables.cloudwatchLogs, 'CloudWatch Logs', where);
  const used = statedFreeUse(stated, prices, freeTier);
  const freeIngest = freeTier ? prices.free.ingestionGb.minus(used.ingestionGb) : ZERO;
  const freeStorage = freeTier ? prices.free.storageGbMonths.minus(used.storageGbMonths) : ZERO;
  const items: LineItem[] = [];
  // Each class is billed in bands of its own. The account's free GB are one allowance whatever the class: the Standard
  // class's logs, the dearer, take what the stated logs leave first.
  const infrequent = (each: Writing) => inInfrequentBands(each.logs, bands);
  const classes = [
    { writing: writing.filter((each) => !infrequent(each)), id: 'lambda-logs.ingestion', label: 'Lambda logs ingested', tiers: bands.ingestionPerGb },
    {
      writing: writing.filter(infrequent),
      id: 'lambda-logs.infrequent-access-ingestion',
      label: 'Lambda logs ingested, Infrequent Access class',
      tiers: bands.infrequentAccessIngestionPerGb ?? [],
    },
  ];
  let freeLeft = freeIngest;
  for (const { writing: ofClass, id, label, tiers } of classes) {
    const ingestGb = sum(ofClass.map((each) => timesCopies(each.ingestGb, each.fn)));
    if (ingestGb.isZero()) continue;
    const free = Decimal.min(freeLeft, ingestGb);
    freeLeft = freeLeft.minus(free);
    items.push(
      ...tieredLineItems({
        id,
        // How the GB were reached goes in the note under the line, where a reader looks for it, not in the label.
        label,
        countedAs: `GB (${describeFunctions(ofClass.filter((each) => !each.ingestGb.isZero()))})`,
        unit: 'GB',
        unitsPerCount: ONE,
        gross: ingestGb,
        free,
        tiers,
      }),
    );
  }
  const storedGb = sum(writing.map(({ fn, logs, ingestGb: ingest }) => timesCopies(storedGbMonths(ingest, logs.storedGb, logs.retentionDays), fn)));
  if (!storedGb.isZero()) {
    const kept = new Set(writing.map(({ logs }) => (logs.storedGb ? 'as stated' : logs.retentionDays)));
    const how = [...kept].map((each) => (each === 'as stated' ? each : keptWords(each))).join('; ');
    items.push(
      flat(
        'lambda-logs.storage',
        'Lambda logs stored',
        storedGb,
        freeStorage,
        'GB-months',
        prices.storagePerGbMonth,
        how === 'as stated' ? 'GB-months (as stated)' : `GB-months (ingest × ${COMPRESSION.toFixed()} compressed, ${how})`,
      ),
    );
  }
  return items;
}
