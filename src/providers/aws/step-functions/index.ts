// AWS Step Functions as a priced service: workflows any platform would run alike.
import type { Meter } from '../../../core/service.js';
import { formatCount, formatUsd } from '../../../core/numbers.js';
import type { Warning } from '../../../core/types.js';
import { bandEdges } from '../../../core/bands.js';
import { scaleQuantity } from '../../../core/usage.js';
import { sum, ZERO } from '../../../core/money.js';
import type { ServiceDefinition } from '../../../schema/price-section.js';
import { costAs, expressGbSeconds, monthlyTransitions, stepFunctionsLineItems } from './line-items.js';
import { type StepFunctionsSection, stepFunctionsPrices } from './prices.js';
import { EXPRESS_MAX_MS, stepFunctionsScenario } from './scenario.js';
import { stepFunctionsTemplate } from './template.js';
import type { StateMachine } from './types.js';

export type { MachineType, StateMachine, StepFunctionsPrices } from './types.js';
export type { StepFunctionsSection } from './prices.js';
export { countTransitions, DefinitionError, type TransitionCount, type WalkUsage } from './transitions.js';
export { serverlessStateMachines } from './template.js';

export interface StepFunctionsUsage {
  readonly stepFunctions: readonly StateMachine[];
  /** The always-free allowances apply. */
  readonly freeTier: boolean;
}

/** Assumptions about one machine's states told one by one at most; the rest are counted. */
const ASSUMPTIONS_TOLD = 10;

export const stepFunctions: ServiceDefinition<StepFunctionsUsage, StepFunctionsSection> = {
  id: 'step-functions',
  label: 'Step Functions',
  warnings: { transitions_assumed: 'advice', cheaper_as_express: 'advice', cheaper_as_standard: 'advice' },
  shared: true,
  prices: stepFunctionsPrices,
  usage: stepFunctionsScenario,
  template: stepFunctionsTemplate,
  lineItems: (scenario, prices, month) => stepFunctionsLineItems(scenario.stepFunctions, prices.stepFunctions, scenario.freeTier, month.where),
  scale: (scenario, scaled) => ({ stepFunctions: scenario.stepFunctions.map((machine) => ({ ...machine, executions: scaleQuantity(machine.executions, scaled) })) }),
  // Standard transitions bend where the free 4,000 run out; Express GB-seconds at each band's edge, all Express machines together.
  meters: (scenario, prices) => {
    const table = prices.stepFunctions;
    if (!table || !scenario.stepFunctions.length) return [];
    const express = table.express;
    const meters: Meter<StepFunctionsUsage>[] = express
      ? [
          {
            quantity: (scaled) => sum(scaled.stepFunctions.filter((machine) => machine.type === 'express').map((machine) => expressGbSeconds(machine, express))),
            thresholds: bandEdges(express.perGbSecond),
          },
        ]
      : [];
    if (scenario.freeTier)
      meters.push({
        quantity: (scaled) => sum(scaled.stepFunctions.filter((machine) => machine.type === 'standard').map(monthlyTransitions)),
        thresholds: [table.freeTransitions],
      });
    return meters;
  },
  checks: (scenario, prices) => {
    const table = prices.stepFunctions;
    const expressOf = (machine: StateMachine) => (table?.express && machine.type === 'express' ? expressGbSeconds(machine, table.express) : ZERO);
    // The Express duration bands are the month's, across its Express machines: each is priced above the others'.
    const expressGbSecondsAll = sum(scenario.stepFunctions.map(expressOf));
    return scenario.stepFunctions.flatMap((machine): Warning[] => {
      // A machine of thousands of states assumed is told in a few: the first, and how many more.
      const told = machine.assumptions.slice(0, ASSUMPTIONS_TOLD);
      const untold = machine.assumptions.length - told.length;
      // An Express machine is billed by requests and duration: what its walk assumed moves only the comparison with
      // Standard, and read as if it moved its bill.
      const only = machine.type === 'express' ? ' (an Express machine: its transitions compare it with Standard, not its bill)' : '';
      const notes = [
        // One that says it already (its transitions could not be counted, so no comparison) is not told twice.
        ...told.map((message) => ({ id: 'transitions_assumed', message: `Step Functions ${machine.name}: ${message}${message.includes('compared with Standard') ? '' : only}` })),
        ...(untold
          ? [
              {
                id: 'transitions_assumed',
                message: `Step Functions ${machine.name}: ${formatCount(untold)} more assumption${untold === 1 ? '' : 's'} of the same kinds, about its other states${only}`,
              },
            ]
          : []),
      ];
      if (!table) return notes;
      const other = machine.type === 'standard' ? 'express' : 'standard';
      if (other === 'express' && (machine.standardOnly.length || (machine.durationMs?.greaterThan(EXPRESS_MAX_MS) ?? true))) return notes;
      const beside = expressGbSecondsAll.minus(expressOf(machine));
      const own = costAs(machine, machine.type, table, beside);
      const alternative = costAs(machine, other, table, beside);
      if (!own || !alternative || !alternative.lessThan(own.dividedBy(2))) return notes;
      const name = (type: string) => (type === 'standard' ? 'Standard' : 'Express');
      return [
        ...notes,
        {
          id: `cheaper_as_${other}`,
          message: `Step Functions ${machine.name}: as ${name(machine.type)} it costs ${formatUsd(own)} a month; as ${name(other)} it would cost ${formatUsd(alternative)} (free tier aside)${other === 'express' ? ', if its executions fit in five minutes and can run at least once' : ', and it would keep each execution exactly once'}`,
        },
      ];
    });
  },
};
