// Azure Functions on the two plans that bill per execution.
//
// Consumption: executions, and execution time in GB-seconds of the memory a
// function is observed to use, rounded up to the nearest 128 MB (128 MB at
// least, 1,536 MB at most), each execution 100 ms at least; a monthly free
// grant of each. https://azure.microsoft.com/pricing/details/functions/
//
// Flex Consumption: executions, and the time an instance is executing
// functions in GB-seconds of the instance's memory size (the requests one
// instance serves at once share that time). On demand has a free grant; the
// instances kept ready bill a baseline for every second of the month and a
// lower rate for executing, without grants.
// https://learn.microsoft.com/azure/azure-functions/flex-consumption-plan#billing
import { pricesFor } from '../../../core/errors.js';
import { allowanceLineItem, lineItem } from '../../../core/line-item.js';
import { Decimal, sum, ZERO } from '../../../core/money.js';
import { formatCount } from '../../../core/numbers.js';
import type { LineItem } from '../../../core/types.js';
import { GB_PER_MB, MS_PER_SECOND, PER_MILLION, SECONDS_PER_MONTH } from '../../../core/units.js';
import type { WorkloadFunction } from '../../../core/workload.js';
import type { AzureUsage, ConsumptionPrices, FlexPrices, FunctionsPrices } from './types.js';

const ONE = new Decimal(1);

/** Consumption's billed memory: the observed memory rounded up to a step, one step at least. */
export function consumptionMemoryMb(memoryUsedMb: number, prices: ConsumptionPrices): number {
  return Math.max(prices.memoryStepMb, Math.ceil(memoryUsedMb / prices.memoryStepMb) * prices.memoryStepMb);
}

/** An execution's billed time: rounded up to the granularity, and never under the minimum. */
function billedMs(durationMs: Decimal, minimumMs: number, granularityMs: number): Decimal {
  return Decimal.max(minimumMs, durationMs.dividedBy(granularityMs).ceil().times(granularityMs));
}

export function consumptionGbSeconds(fn: WorkloadFunction, prices: ConsumptionPrices): Decimal {
  const ms = billedMs(fn.durationMs, prices.minExecutionMs, prices.billingGranularityMs);
  return fn.requestsPerMonth.times(ms).dividedBy(MS_PER_SECOND).times(consumptionMemoryMb(fn.memoryUsedMb, prices)).times(GB_PER_MB);
}

/** Flex Consumption: seconds instances spend executing the function, the requests served at once sharing them. */
export function flexActiveSeconds(fn: WorkloadFunction, prices: FlexPrices): Decimal {
  const ms = billedMs(fn.durationMs, prices.minExecutionMs, prices.billingGranularityMs);
  return fn.requestsPerMonth.times(ms).dividedBy(MS_PER_SECOND).dividedBy(fn.concurrencyPerInstance);
}

export interface FlexQuantities {
  readonly executions: Decimal;
  /** Instance-seconds executing, in all. */
  readonly activeSeconds: Decimal;
  /** The part of them the always-ready instances serve: as many as they have seconds in the month. */
  readonly alwaysReadySeconds: Decimal;
  readonly onDemandSeconds: Decimal;
  readonly onDemandExecutions: Decimal;
}

/** The always-ready instances take the work first, up to every second of the month; the rest runs on demand, and its executions in proportion. */
export function flexQuantities(usage: AzureUsage, prices: FlexPrices): FlexQuantities {
  const executions = sum(usage.functions.map((fn) => fn.requestsPerMonth));
  const activeSeconds = sum(usage.functions.map((fn) => flexActiveSeconds(fn, prices)));
  const capacity = alwaysReadyCapacitySeconds(usage);
  const alwaysReadySeconds = Decimal.min(activeSeconds, capacity);
  const onDemandSeconds = activeSeconds.minus(alwaysReadySeconds);
  const onDemandExecutions = activeSeconds.isZero() ? ZERO : executions.times(onDemandSeconds).dividedBy(activeSeconds);
  return { executions, activeSeconds, alwaysReadySeconds, onDemandSeconds, onDemandExecutions };
}

/** Instance-seconds the always-ready instances are there for in a month. */
export function alwaysReadyCapacitySeconds(usage: AzureUsage): Decimal {
  return new Decimal(usage.azure.alwaysReadyInstances).times(SECONDS_PER_MONTH);
}

export function functionsLineItems(usage: AzureUsage, table: FunctionsPrices | null, where: string): LineItem[] {
  const prices = pricesFor(table, 'Azure Functions', where);
  return usage.azure.plan === 'consumption' ? consumptionLineItems(usage, prices.consumption) : flexLineItems(usage, prices.flex);
}

function consumptionLineItems(usage: AzureUsage, prices: ConsumptionPrices): LineItem[] {
  return [
    allowanceLineItem({
      id: 'functions.consumption.executions',
      label: 'Executions (Consumption)',
      countedAs: 'executions',
      unit: '1M executions',
      unitsPerCount: PER_MILLION,
      gross: sum(usage.functions.map((fn) => fn.requestsPerMonth)),
      free: usage.freeTier ? prices.freeExecutions : ZERO,
      usd: prices.executionsPerMillionUsd,
    }),
    allowanceLineItem({
      id: 'functions.consumption.execution-time',
      label: 'Execution time (Consumption)',
      countedAs: 'GB-s',
      unit: 'GB-seconds',
      unitsPerCount: ONE,
      gross: sum(usage.functions.map((fn) => consumptionGbSeconds(fn, prices))),
      free: usage.freeTier ? prices.freeGbSeconds : ZERO,
      usd: prices.gbSecondUsd,
    }),
  ];
}

function flexLineItems(usage: AzureUsage, prices: FlexPrices): LineItem[] {
  const quantities = flexQuantities(usage, prices);
  const instanceGb = new Decimal(usage.azure.instanceMemoryMb).times(GB_PER_MB);
  const items: LineItem[] = [
    allowanceLineItem({
      id: 'functions.flex.on-demand.executions',
      label: 'Executions, on demand (Flex)',
      countedAs: 'executions',
      unit: '1M executions',
      unitsPerCount: PER_MILLION,
      gross: quantities.onDemandExecutions,
      free: usage.freeTier ? prices.freeExecutions : ZERO,
      usd: prices.executionsPerMillionUsd,
    }),
    allowanceLineItem({
      id: 'functions.flex.on-demand.execution-time',
      label: `On-demand execution time, ${formatCount(usage.azure.instanceMemoryMb)} MB instances (Flex)`,
      countedAs: 'GB-s',
      unit: 'GB-seconds',
      unitsPerCount: ONE,
      gross: quantities.onDemandSeconds.times(instanceGb),
      free: usage.freeTier ? prices.freeGbSeconds : ZERO,
      usd: prices.onDemandGbSecondUsd,
    }),
  ];
  if (usage.azure.alwaysReadyInstances > 0) {
    items.push(
      lineItem({
        id: 'functions.flex.always-ready.baseline',
        label: `Always-ready baseline, ${formatCount(usage.azure.alwaysReadyInstances)} × ${formatCount(usage.azure.instanceMemoryMb)} MB (Flex)`,
        quantity: alwaysReadyCapacitySeconds(usage).times(instanceGb),
        unit: 'GB-seconds',
        unitPriceUsd: prices.alwaysReadyBaselineGbSecondUsd,
      }),
      lineItem({
        id: 'functions.flex.always-ready.execution-time',
        label: 'Always-ready execution time (Flex)',
        quantity: quantities.alwaysReadySeconds.times(instanceGb),
        unit: 'GB-seconds',
        unitPriceUsd: prices.alwaysReadyExecutionGbSecondUsd,
      }),
      lineItem({
        id: 'functions.flex.always-ready.executions',
        label: 'Executions, always ready (Flex)',
        quantity: quantities.executions.minus(quantities.onDemandExecutions).times(PER_MILLION),
        unit: '1M executions',
        unitPriceUsd: prices.executionsPerMillionUsd,
      }),
    );
  }
  return items;
}
