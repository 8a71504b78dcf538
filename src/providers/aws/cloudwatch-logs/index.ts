// Amazon CloudWatch Logs as two priced services: the logs a scenario states
// (shared: any platform would write them), and the functions' own logs, which
// only the serverless platform writes.
import { Decimal, sum, ZERO } from '../../../core/money.js';
import { formatUnitPrice, formatUsd, groupDigits } from '../../../core/numbers.js';
import type { Meter, Month } from '../../../core/service.js';
import type { Warning } from '../../../core/types.js';
import { bandEdges } from '../../../core/bands.js';
import { scaleQuantity } from '../../../core/usage.js';
import type { ServiceDefinition } from '../../../schema/price-section.js';
import { atTheEdge, lambdaLineItems, type LambdaSection, limitsOf, servedFunctions, shapeOf, timesCopies, UNLIMITED } from '../lambda/index.js';
import type { LambdaFunction, LambdaSettings } from '../lambda/index.js';
import type { MonthProfile } from '../../../core/traffic.js';
import {
  bytesPerInvocation,
  cloudwatchLogsLineItems,
  functionIngestGb,
  functionStoredGb,
  inInfrequentBands,
  lambdaLogsLineItems,
  logsOf,
  logsShapeOf,
  PLATFORM_BYTES_PER_INVOCATION,
  statedStoredGb,
} from './line-items.js';
import { type CloudWatchLogsSection, cloudwatchLogsPrices, type LambdaLogsSection, lambdaLogsPrices } from './prices.js';
import { cloudwatchLogsScenario } from './scenario.js';
import { cloudwatchLogsTemplate } from './template.js';
import type { StatedLogs } from './types.js';
import { listNames } from '../../../core/names.js';
import { setting } from '../../../core/refer.js';

export type { CloudWatchLogsPrices, FunctionLogs, LambdaLogsPrices, LogClass, StatedLogs, SystemLogLevel } from './types.js';
export type { CloudWatchLogsSection, LambdaLogsSection } from './prices.js';
export {
  functionLogsSchema,
  mergeUsageFunctionLogs,
  offeredRetention,
  readFunctionLogs,
  RETENTIONS_OFFERED,
  templateFunctionLogs,
  type TemplateLogSettings,
  usageFunctionLogsSchema,
} from './scenario.js';
export { lambdaLogGroupOf } from './template.js';

export interface CloudWatchLogsUsage {
  readonly cloudwatchLogs: StatedLogs | null;
  /** The always-free allowances apply. */
  readonly freeTier: boolean;
}

export const cloudwatchLogs: ServiceDefinition<CloudWatchLogsUsage, CloudWatchLogsSection> = {
  id: 'cloudwatch-logs',
  label: 'CloudWatch Logs',
  shared: true,
  prices: cloudwatchLogsPrices,
  usage: cloudwatchLogsScenario,
  template: cloudwatchLogsTemplate,
  lineItems: (scenario, prices, month) => cloudwatchLogsLineItems(scenario.cloudwatchLogs, prices.cloudwatchLogs, scenario.freeTier, month.where),
  scale: (scenario, scaled) => ({
    cloudwatchLogs: scenario.cloudwatchLogs && {
      ...scenario.cloudwatchLogs,
      ingest: scaleQuantity(scenario.cloudwatchLogs.ingest, scaled),
      insightsScanned: scaleQuantity(scenario.cloudwatchLogs.insightsScanned, scaled),
    },
  }),
  meters: (scenario, prices) => {
    const table = prices.cloudwatchLogs;
    if (!table || !scenario.cloudwatchLogs || !scenario.freeTier) return [];
    return [
      { quantity: (scaled) => scaled.cloudwatchLogs?.ingest.perMonth ?? ZERO, thresholds: [table.free.ingestionGb] },
      { quantity: (scaled) => (scaled.cloudwatchLogs ? statedStoredGb(scaled.cloudwatchLogs) : ZERO), thresholds: [table.free.storageGbMonths] },
      { quantity: (scaled) => scaled.cloudwatchLogs?.insightsScanned.perMonth ?? ZERO, thresholds: [table.free.scannedGb] },
    ];
  },
};

export interface LambdaLogsUsage {
  readonly functions: readonly LambdaFunction[];
  /** The account's concurrency limit: a throttled invocation never ran, and writes no log lines. */
  readonly settings?: LambdaSettings;
  /** The stated logs take the free allowances first; the functions' logs get what they leave. */
  readonly cloudwatchLogs: StatedLogs | null;
  readonly freeTier: boolean;
}

type LambdaLogsPrices = LambdaLogsSection & CloudWatchLogsSection & LambdaSection;

/** The functions with their invocations as served: the requests their limits throttle never ran, and wrote nothing. */
const served = (scenario: LambdaLogsUsage, prices: LambdaLogsPrices, profile: MonthProfile) => servedFunctions(scenario.functions, limitsOf(scenario), prices.lambda, profile);

const lambdaLogsOf = (scenario: LambdaLogsUsage, prices: LambdaLogsPrices, freeTier: boolean, where: string, functions: readonly LambdaFunction[]) =>
  lambdaLogsLineItems(functions, scenario.cloudwatchLogs, prices, freeTier, where);

const usdOf = (items: readonly { exactUsd: Decimal }[]) => sum(items.map((item) => item.exactUsd));

/**
 * The Infrequent Access class's first band beside the Standard class's, where it is the cheaper: the lever is worth
 * naming only then, and in the table's own figures (Frankfurt's is less than half; a price file's may cost more).
 */
function infrequentFirstBand(bands: NonNullable<LambdaLogsSection['lambdaLogs']>): string | null {
  const infrequent = bands.infrequentAccessIngestionPerGb?.[0]?.usd;
  const standard = bands.ingestionPerGb[0]?.usd;
  if (!infrequent || !standard || !infrequent.lessThan(standard)) return null;
  return `${formatUnitPrice(infrequent)} a GB against the Standard class's ${formatUnitPrice(standard)}`;
}

/** What to change when logs cost more than their functions, with the function's own figures. */
function levers(functions: readonly LambdaFunction[], infrequentFirst: string | null): string {
  const logs = functions.map(logsOf);
  const never = functions.filter((fn) => logsOf(fn).retentionDays === null && !logsOf(fn).storedGb).map((fn) => fn.name);
  // Stored GB given as a figure are not derived from a retention: that figure is the lever.
  const stated = functions.filter((fn) => logsOf(fn).storedGb).map((fn) => fn.name);
  // Where some functions already log at WARN, the lever is named for those that do not.
  const atInfo = functions.filter((fn) => logsOf(fn).systemLogLevel === 'info').map((fn) => fn.name);
  const info = atInfo.length > 0;
  const app = logs.some((of) => !of.appBytesPerInvocation.isZero());
  return [
    ...(stated.length < functions.length
      ? [`keep them fewer days (${setting('logs-retention-days')}${never.length ? `; the logs of ${listNames(never)} never expire now` : ''})`]
      : []),
    ...(stated.length ? [`store fewer GB (${setting('logs-stored-gb')}, as stated for ${listNames(stated)})`] : []),
    ...(info
      ? [
          `drop the platform's START/END/REPORT lines, ${PLATFORM_BYTES_PER_INVOCATION.toFixed()} B an invocation (${setting('logs-system-log-level-warn')}, with the JSON log format${atInfo.length < functions.length ? `; ${listNames(atInfo)} still ${atInfo.length === 1 ? 'writes' : 'write'} them` : ''})`,
        ]
      : []),
    ...(infrequentFirst && logs.some((of) => of.logClass === 'standard')
      ? [`log to an Infrequent Access group, whose first band costs ${infrequentFirst} (${setting('logs-log-class-infrequent')})`]
      : []),
    `log less (${setting('logs-app-bytes')}${app ? `: now ${listNames(functions.map((fn) => `${groupDigits(bytesPerInvocation(logsOf(fn)))} B in all for ${fn.name}`))}` : ''})`,
  ].join(', or ');
}

function lambdaLogsChecks(scenario: LambdaLogsUsage, prices: LambdaLogsPrices, month: Month): Warning[] {
  const functions = served(scenario, prices, month.profile);
  const writing = functions.filter((fn) => !functionIngestGb(fn).isZero() || !functionStoredGb(fn).isZero());
  if (!writing.length) return [];
  if (!prices.lambdaLogs || !prices.cloudwatchLogs) {
    return [
      {
        id: 'lambda_logs_not_priced',
        message: `pricing ${month.where} has no CloudWatch Logs prices: the functions' own log lines (${PLATFORM_BYTES_PER_INVOCATION.toFixed()} B an invocation and the application's) are not in the bill`,
      },
    ];
  }
  const warnings: Warning[] = [];
  const infrequent = writing.filter((fn) => logsOf(fn).logClass === 'infrequent_access');
  const infrequentPriced = prices.lambdaLogs.infrequentAccessIngestionPerGb !== null;
  const infrequentFirst = infrequentFirstBand(prices.lambdaLogs);
  if (infrequent.length && !infrequentPriced) {
    warnings.push({
      id: 'lambda_logs_class_not_priced',
      message: `pricing ${month.where} has no Infrequent Access prices for Lambda's logs (AWS bills Lambda's logs in that class from 2025-05-01): the logs of ${listNames(infrequent.map((fn) => fn.name))} are priced at the Standard class's`,
    });
  }
  // All the functions together, as billed.
  const logsUsd = usdOf(lambdaLogsOf(scenario, prices, scenario.freeTier, month.where, functions));
  const functionsUsd = usdOf(lambdaLineItems(scenario.functions, prices.lambda, month.profile, scenario.freeTier, month.where, limitsOf(scenario)).lineItems);
  if (logsUsd.greaterThan(functionsUsd)) {
    const whose = scenario.functions.length === 1 ? `the logs of function ${scenario.functions[0]!.name} cost` : "the functions' logs cost";
    const what = scenario.functions.length === 1 ? 'the function itself' : 'the functions that write them';
    warnings.push({
      id: 'logs_cost_more_than_functions',
      message: `${whose} ${formatUsd(logsUsd)} a month, more than ${what} (${formatUsd(functionsUsd)}): ${levers(writing, infrequentFirst)}`,
    });
  }
  // Each function on its own, at list prices: a pooled free allowance has no share that is one function's.
  // Functions alike but for their names (a usage file's "*") cost alike: each such shape is priced once.
  if (scenario.functions.length > 1) {
    const priced = new Map<string, { own: Decimal; fnUsd: Decimal }>();
    for (const fn of writing) {
      const shape = `${shapeOf(fn)}|${logsShapeOf(logsOf(fn))}`;
      let costs = priced.get(shape);
      if (!costs) {
        costs = {
          own: usdOf(lambdaLogsOf(scenario, prices, false, month.where, [fn])),
          // Its requests as served already: priced on its own, nothing throttles them again.
          fnUsd: usdOf(lambdaLineItems([fn], prices.lambda, month.profile, false, month.where, UNLIMITED).lineItems),
        };
        priced.set(shape, costs);
      }
      const { own, fnUsd } = costs;
      if (own.greaterThan(fnUsd)) {
        warnings.push({
          id: 'logs_cost_more_than_functions',
          message: `the logs of function ${fn.name} cost ${formatUsd(own)} a month at list prices before the free tier, more than the function itself (${formatUsd(fnUsd)}): ${levers([fn], infrequentFirst)}`,
        });
      }
    }
  }
  return warnings;
}

export const lambdaLogs: ServiceDefinition<LambdaLogsUsage, LambdaLogsPrices, LambdaLogsSection> = {
  id: 'lambda-logs',
  label: 'Lambda logs',
  warnings: { logs_cost_more_than_functions: 'advice', lambda_logs_not_priced: 'left-out', lambda_logs_class_not_priced: 'left-out' },
  prices: lambdaLogsPrices,
  lineItems: (scenario, prices, month) => lambdaLogsOf(scenario, prices, scenario.freeTier, month.where, served(scenario, prices, month.profile)),
  // The functions' invocations are scaled with the functions (Lambda's scale); the logs follow them.
  scale: () => ({}),
  // The bands meet the functions' ingest; each free allowance the stated and the functions' logs together.
  meters: (scenario, prices, month) => {
    const bands = prices.lambdaLogs;
    const table = prices.cloudwatchLogs;
    if (!bands || !table || !scenario.functions.length) return [];
    // Each function's logs counted for every function it stands for; each class in its own bands.
    const inClass = (fn: LambdaFunction, infrequent: boolean) => inInfrequentBands(logsOf(fn), bands) === infrequent;
    const ingestOf = (infrequent: boolean) => (scaled: LambdaLogsUsage) =>
      sum(
        served(scaled, prices, month.profile)
          .filter((fn) => inClass(fn, infrequent))
          .map((fn) => timesCopies(functionIngestGb(fn), fn)),
      );
    const standard = ingestOf(false);
    const infrequent = ingestOf(true);
    const stored = (scaled: LambdaLogsUsage) => sum(served(scaled, prices, month.profile).map((fn) => timesCopies(functionStoredGb(fn), fn)));
    const meters: Meter<LambdaLogsUsage>[] = [
      { quantity: standard, thresholds: bandEdges(bands.ingestionPerGb) },
      { quantity: infrequent, thresholds: bandEdges(bands.infrequentAccessIngestionPerGb) },
    ];
    if (scenario.freeTier) {
      const statedIngest = (scaled: LambdaLogsUsage) => scaled.cloudwatchLogs?.ingest.perMonth ?? ZERO;
      // The free GB go to the Standard class's logs first, then to the Infrequent Access class's.
      meters.push(
        { quantity: (scaled) => standard(scaled).plus(statedIngest(scaled)), thresholds: [table.free.ingestionGb] },
        { quantity: (scaled) => standard(scaled).plus(infrequent(scaled)).plus(statedIngest(scaled)), thresholds: [table.free.ingestionGb] },
        { quantity: (scaled) => stored(scaled).plus(scaled.cloudwatchLogs ? statedStoredGb(scaled.cloudwatchLogs) : ZERO), thresholds: [table.free.storageGbMonths] },
      );
    }
    return meters;
  },
  checks: lambdaLogsChecks,
};

/** Each list of functions' Lambda@Edge functions, the same list each time it is asked for: the logs' usage is worked out once per list. */
const edgeOnly = new WeakMap<readonly LambdaFunction[], readonly LambdaFunction[]>();

function onlyEdge<S extends { readonly functions: readonly LambdaFunction[] }>(scenario: S): S {
  let functions = edgeOnly.get(scenario.functions);
  if (!functions) {
    functions = scenario.functions.filter(atTheEdge);
    edgeOnly.set(scenario.functions, functions);
  }
  return { ...scenario, functions };
}

const { checks: _checks, warnings: _warnings, ...logsPriced } = lambdaLogs;

/**
 * The Lambda@Edge functions' logs alone, beside a container fleet: the functions stay Lambda@Edge there (edgeLambda),
 * and their logs with them. Shared, as they add alike to every container platform; the serverless side's own
 * service has them already.
 */
export const edgeLambdaLogs: ServiceDefinition<LambdaLogsUsage, LambdaLogsPrices, LambdaLogsSection> = {
  ...logsPriced,
  shared: true,
  lineItems: (scenario, prices, month) => (scenario.functions.some(atTheEdge) ? lambdaLogs.lineItems(onlyEdge(scenario), prices, month) : []),
  meters: (scenario, prices, month) =>
    scenario.functions.some(atTheEdge)
      ? lambdaLogs.meters!(onlyEdge(scenario), prices, month).map((meter) => ({ ...meter, quantity: (scaled: LambdaLogsUsage) => meter.quantity(onlyEdge(scaled)) }))
      : [],
};
