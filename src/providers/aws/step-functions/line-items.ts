// AWS Step Functions: Standard workflows billed per state transition (retries
// included) with 4,000 a month always free; Express workflows per request and
// per GB-second, each execution's duration rounded up to 100 ms and its memory
// up to 64 MB, the GB-seconds of all Express machines banded together by month.
// https://aws.amazon.com/step-functions/pricing/
import { PricingError, pricesFor } from '../../../core/errors.js';
import { lineItem, tieredLineItems } from '../../../core/line-item.js';
import { Decimal, sum, ZERO } from '../../../core/money.js';
import { groupDigits, noteCount } from '../../../core/numbers.js';
import type { LineItem } from '../../../core/types.js';
import { gbSeconds, PER_MILLION } from '../../../core/units.js';
import type { ExpressPrices, MachineType, StateMachine, StepFunctionsPrices } from './types.js';
import { listNames, listParts } from '../../../core/names.js';

const PER_THOUSAND = new Decimal('0.001');

/** `value` rounded up to a whole number of `step`s. */
export function roundedUp(value: Decimal, step: number): Decimal {
  return value.dividedBy(step).ceil().times(step);
}

/** Transitions a Standard machine makes in the month. */
export function monthlyTransitions(machine: StateMachine): Decimal {
  return machine.transitionsPerExecution ? machine.executions.perMonth.times(machine.transitionsPerExecution) : ZERO;
}

/** GB-seconds an Express machine is billed for in the month (GB of 1,024 MB, as AWS and the worked case use). */
export function expressGbSeconds(machine: StateMachine, express: ExpressPrices): Decimal {
  if (!machine.durationMs) return ZERO;
  return gbSeconds(machine.executions.perMonth, roundedUp(machine.durationMs, express.durationStepMs), roundedUp(machine.memoryMb, express.memoryStepMb));
}

export function stepFunctionsLineItems(machines: readonly StateMachine[], table: StepFunctionsPrices | null, freeTier: boolean, where: string): LineItem[] {
  if (!machines.length) return [];
  const prices = pricesFor(table, 'Step Functions', where);
  const express = ofType(machines, 'express');
  if (express.length && !prices.express) throw new PricingError(`pricing ${where} has no Step Functions Express prices; choose another region or pricing version`);
  return [...standardLineItems(ofType(machines, 'standard'), prices, freeTier), ...(prices.express ? expressLineItems(express, prices.express) : [])];
}

const ofType = (machines: readonly StateMachine[], type: MachineType) => machines.filter((machine) => machine.type === type);

function standardLineItems(machines: readonly StateMachine[], prices: StepFunctionsPrices, freeTier: boolean): LineItem[] {
  if (!machines.length) return [];
  const gross = sum(machines.map(monthlyTransitions));
  const how = machines.map((machine) => {
    const per = machine.transitionsPerExecution ?? ZERO;
    const from = machine.transitionsFrom === 'definition' ? ' counted from its definition' : '';
    const executions = machine.executions.perMonth;
    return `${machine.name}: ${noteCount(executions)} ${executions.equals(1) ? 'execution' : 'executions'} × ${groupDigits(per)} ${per.equals(1) ? 'transition' : 'transitions'}${from}`;
  });
  return tieredLineItems({
    id: 'step-functions.standard.transitions',
    label: 'Step Functions Standard state transitions',
    countedAs: `transitions (${listParts(how, '; ')})`,
    unit: '1K transitions',
    unitsPerCount: PER_THOUSAND,
    gross,
    free: freeTier ? prices.freeTransitions : ZERO,
    tiers: [{ upTo: null, usd: prices.perThousandTransitions }],
  });
}

/**
 * `beside`: the GB-seconds other Express machines bill in the month's bands below these (the bands are the account's),
 * taken off the bottom as if free, so that the lines price what these add on top of them.
 */
function expressLineItems(machines: readonly StateMachine[], prices: ExpressPrices, beside: Decimal = ZERO): LineItem[] {
  if (!machines.length) return [];
  const names = listNames(machines.map((machine) => machine.name));
  const requests = sum(machines.map((machine) => machine.executions.perMonth));
  const how = machines.map((machine) => {
    const ms = machine.durationMs ?? ZERO;
    const billedMs = roundedUp(ms, prices.durationStepMs);
    const billedMb = roundedUp(machine.memoryMb, prices.memoryStepMb);
    const msText = billedMs.equals(ms) ? `${groupDigits(ms)} ms` : `${groupDigits(billedMs)} ms billed (${groupDigits(ms)} ms)`;
    const mbText = billedMb.equals(machine.memoryMb) ? `${groupDigits(billedMb)} MB` : `${groupDigits(billedMb)} MB billed (${groupDigits(machine.memoryMb)} MB)`;
    return `${machine.name}: ${noteCount(machine.executions.perMonth)} × ${msText} × ${mbText}${machine.memoryAssumed ? ' assumed' : ''}`;
  });
  return [
    lineItem({
      id: 'step-functions.express.requests',
      label: 'Step Functions Express requests',
      quantity: requests.times(PER_MILLION),
      unit: '1M requests',
      unitPriceUsd: prices.perMillionRequests,
      basis: { used: requests, free: ZERO, countedAs: `requests (${names})` },
    }),
    ...tieredLineItems({
      id: 'step-functions.express.duration',
      label: 'Step Functions Express duration',
      countedAs: `GB-seconds (${listParts(how, '; ')})`,
      unit: 'GB-seconds',
      unitsPerCount: new Decimal(1),
      gross: beside.plus(sum(machines.map((machine) => expressGbSeconds(machine, prices)))),
      free: beside,
      tiers: prices.perGbSecond,
    }),
  ];
}

/**
 * What one machine adds to a month's bill as `type`, free tier aside, or null when the scenario lacks a figure that
 * type needs (transitions for Standard, a duration for Express) or the table a price (Express's, in a region without
 * them). As Express, its duration is priced in the bands left above `expressGbSecondsBeside`, the other Express
 * machines' GB-seconds: priced alone at the first band, a machine beside one past 18 million GB-seconds was said to
 * cost as Express more than twice what it adds.
 */
export function costAs(machine: StateMachine, type: MachineType, prices: StepFunctionsPrices, expressGbSecondsBeside: Decimal = ZERO): Decimal | null {
  if (type === 'standard' && !machine.transitionsPerExecution) return null;
  if (type === 'express' && (!machine.durationMs || !prices.express)) return null;
  const items = type === 'standard' ? standardLineItems([{ ...machine, type }], prices, false) : expressLineItems([{ ...machine, type }], prices.express!, expressGbSecondsBeside);
  return sum(items.map((item) => item.exactUsd));
}
