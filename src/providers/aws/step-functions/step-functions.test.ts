// Step Functions: the worked Express case to the cent, Standard transitions by
// hand, the transition counter on real state machines from the template
// corpus (each hand-counted), the scenario and template sections, and the
// laws every service keeps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatError, InputError, InputErrors, type SlcostError } from '../../../core/errors.js';
import { Decimal, sum } from '../../../core/money.js';
import { atScore } from '../../../core/ranges.js';
import { fixedQuantity } from '../../../core/usage.js';
import { loadScenario, scenarioFromYaml } from '../../../load/load-scenario.js';
import { jsonData, parseYaml, readYamlFile } from '../../../load/read-yaml.js';
import type { SectionReader } from '../../../schema/template-section.js';
import { book, d } from '../../../../test/helpers/build.js';
import { tempFile } from '../../../../test/helpers/files.js';
import { estimate } from '../estimate.js';
import { countTransitions, DefinitionError, serverlessStateMachines, type StateMachine, stepFunctions } from './index.js';
import { definitionText, stepFunctionsTemplate } from './template.js';

const fixture = (name: string): Record<string, unknown> => readYamlFile(new URL(`fixtures/${name}`, import.meta.url).pathname).data as Record<string, unknown>;
const month = { profile: null as never, where: 'aws-2025-05-01 us-east-1' };
const prices = () => book('aws-2025-05-01').regions['us-east-1']!;

function machine(fields: Partial<Omit<StateMachine, 'executions'>> & { executions: number | string }): StateMachine {
  return {
    name: 'm',
    type: 'standard',
    transitionsPerExecution: null,
    transitionsFrom: null,
    assumptions: [],
    standardOnly: [],
    durationMs: null,
    memoryMb: d(64),
    memoryAssumed: false,
    ...fields,
    executions: fixedQuantity(new Decimal(fields.executions)),
  };
}
const items = (machines: StateMachine[], freeTier = false) => stepFunctions.lineItems({ stepFunctions: machines, freeTier }, prices(), month);
const cents = (list: readonly { monthlyUsd: Decimal }[]) => list.map((item) => item.monthlyUsd.toFixed(2));
const total = (list: readonly { exactUsd: Decimal }[]) => sum(list.map((item) => item.exactUsd));

describe('the worked cases', () => {
  it('Express: 100M requests, 801 ms, 1,200 MB (facts §1.7, Infracost golden) to the cent', () => {
    // 801 ms → 900 ms billed, 1,200 MB → 1,216 MB (19 × 64) billed; GB is 1,024 MB:
    // 100M × 0.9 s × 1,216 / 1,024 GB = 106,875,000 GB-s; bands at 3.6M and 18M GB-s (1,000 and 5,000 GB-h).
    const result = items([machine({ name: 'enrich', type: 'express', executions: 100_000_000, durationMs: d(801), memoryMb: d(1200) })]);
    expect(result.map((item) => item.id)).toEqual([
      'step-functions.express.requests',
      'step-functions.express.duration.tier-1',
      'step-functions.express.duration.tier-2',
      'step-functions.express.duration.tier-3',
    ]);
    expect(cents(result)).toEqual(['100.00', '60.01', '119.95', '405.27']);
    expect(result[3]!.quantity.toFixed()).toBe('88875000');
    expect(result[1]!.basis!.countedAs).toContain('900 ms billed (801 ms) × 1,216 MB billed (1,200 MB)');
  });

  it('Standard: 100,000 executions × 10 transitions, with and without the 4,000 free', () => {
    // 1,000,000 transitions × $0.025 / 1,000 = $25.00; free tier on: 996,000 → $24.90.
    const checkout = machine({ name: 'checkout', executions: 100_000, transitionsPerExecution: d(10), transitionsFrom: 'given' });
    expect(cents(items([checkout]))).toEqual(['25.00']);
    const free = items([checkout], true);
    expect(cents(free)).toEqual(['24.90']);
    expect(free[0]!.basis).toEqual({ used: d(1_000_000), free: d(4000), countedAs: 'transitions (checkout: 100,000 executions × 10 transitions)' });
  });

  it('says one execution and one transition in the singular', () => {
    const single = machine({ name: 'once', executions: 1, transitionsPerExecution: d(1), transitionsFrom: 'given' });
    expect(items([single])[0]!.basis!.countedAs).toBe('transitions (once: 1 execution × 1 transition)');
  });

  it('Standard machines share one free allowance: 300 × 10 and 200 × 7 transitions are within it', () => {
    // 3,000 + 1,400 = 4,400 transitions − 4,000 free = 400 → $0.01 (0.4 × $0.025 = $0.010).
    const result = items([machine({ executions: 300, transitionsPerExecution: d(10) }), machine({ name: 'n', executions: 200, transitionsPerExecution: d(7) })], true);
    expect(result[0]!.exactUsd.toFixed()).toBe('0.01');
  });

  it('a version without Step Functions prices is the one clear error, and empty usage none', () => {
    const old = book('aws-2020-03-12').regions['us-east-1']!;
    expect(() => stepFunctions.lineItems({ stepFunctions: [machine({ executions: 1, transitionsPerExecution: d(1) })], freeTier: true }, old, month)).toThrow(
      /has no Step Functions prices/,
    );
    expect(stepFunctions.lineItems({ stepFunctions: [], freeTier: true }, old, month)).toEqual([]);
  });
});

describe('counting transitions', () => {
  const chain = {
    StartAt: 'A',
    States: { A: { Type: 'Task', Resource: 'r', Next: 'B' }, B: { Type: 'Task', Resource: 'r', Next: 'C' }, C: { Type: 'Task', Resource: 'r', End: true } },
  };

  it('counts one per state entered: three chained Tasks are 3, not 4', () => {
    // AWS: "a state transition each time a step of your workflow is executed".
    expect(countTransitions(chain).perExecution.toFixed()).toBe('3');
  });

  it('walks a chain of 100,000 states, the most one execution may enter, in linear time', () => {
    // The loop check once looked each state up in the path before it: 20,000 states took 2.7 s of CPU and 99,000
    // minutes. A walk of 100,000 takes a fraction of a second; that check, about 5 billion comparisons, far more than 5 s.
    const count = 100_000;
    const States = Object.fromEntries(Array.from({ length: count }, (_, i) => [`s${i}`, i < count - 1 ? { Type: 'Pass', Next: `s${i + 1}` } : { Type: 'Pass', End: true }]));
    const started = performance.now();
    expect(countTransitions({ StartAt: 's0', States }).perExecution.toFixed()).toBe('100000');
    expect(performance.now() - started).toBeLessThan(5000);
    // One more state than an execution may enter is refused, not walked for ever.
    const over = { ...States, s99999: { Type: 'Pass', Next: 'extra' }, extra: { Type: 'Pass', End: true } };
    expect(() => countTransitions({ StartAt: 's0', States: over })).toThrow(/more than 100000 states entered in one execution/);
  });

  it('walks states named as what every object inherits: a Map named toString, a Choice named valueOf', () => {
    const inner = { StartAt: 'hasOwnProperty', States: { hasOwnProperty: { Type: 'Pass', End: true } } };
    const map = {
      StartAt: 'toString',
      States: {
        toString: { Type: 'Map', ItemProcessor: inner, Next: 'valueOf' },
        valueOf: { Type: 'Choice', Choices: [{ Next: 'constructor' }] },
        constructor: { Type: 'Succeed' },
      },
    };
    // toString 1 + 1 iteration × 1 + valueOf 1 + constructor 1; the Map's iterations were Object.prototype.toString (exit 3).
    expect(countTransitions(map).perExecution.toFixed()).toBe('4');
    expect(() => countTransitions({ StartAt: 'A', States: { A: { Type: 'Pass', Next: '__proto__' } } })).toThrow('state "A" goes to "__proto__", which is not a state there');
  });

  it('adds retries, per execution, to the states the walk enters', () => {
    const count = countTransitions(chain, { retries: { B: d('0.5') } });
    expect(count.perExecution.toFixed()).toBe('3.5');
  });

  it('says retries given for a state whose definition has no Retry, which Step Functions never retries, and counts them as given', () => {
    const unretried = countTransitions(chain, { retries: { B: d('0.5'), C: d(0) } });
    expect(unretried.perExecution.toFixed()).toBe('3.5');
    // C's zero retries are what its definition says, so nothing is said of it.
    expect(unretried.assumptions).toEqual(['retries for "B" are counted as given, though its definition has no Retry, without which Step Functions does not retry a state']);
    const retrying = { ...chain, States: { ...chain.States, B: { ...chain.States.B, Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: 2 }] } } };
    expect(countTransitions(retrying, { retries: { B: d('0.5') } }).assumptions).toEqual([]);
    const emptyRetry = { ...chain, States: { ...chain.States, B: { ...chain.States.B, Retry: [] } } };
    expect(countTransitions(emptyRetry, { retries: { B: d(1) } }).assumptions).toHaveLength(1);
  });

  it('counts a Map state once and its iterations times their states, defaulting to one iteration with an assumption', () => {
    const map = { StartAt: 'M', States: { M: { Type: 'Map', ItemProcessor: chain, Next: 'Done' }, Done: { Type: 'Succeed' } } };
    // M 1 + 2.5 iterations × 3 + Done 1 = 9.5
    expect(countTransitions(map, { mapIterations: { M: d('2.5') } }).perExecution.toFixed()).toBe('9.5');
    const assumed = countTransitions(map);
    expect(assumed.perExecution.toFixed()).toBe('5');
    expect(assumed.assumptions.join()).toContain('Map state "M": 1 iteration');
  });

  it('counts an old-style Iterator and says when a distributed Map runs Express children', () => {
    const iterator = { StartAt: 'M', States: { M: { Type: 'Map', Iterator: { StartAt: 'X', States: { X: { Type: 'Pass', End: true } } }, End: true } } };
    expect(countTransitions(iterator, { mapIterations: { M: d(4) } }).perExecution.toFixed()).toBe('5');
    const distributed = {
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' }, StartAt: 'X', States: { X: { Type: 'Pass', End: true } } },
          End: true,
        },
      },
    };
    expect(countTransitions(distributed, { mapIterations: { M: d(1) } }).assumptions.join()).toContain('EXPRESS child workflows');
  });

  it('refuses a loop, naming it, unless choices leave it', () => {
    const loop = {
      StartAt: 'Poll',
      States: {
        Poll: { Type: 'Task', Resource: 'r', Next: 'Ready?' },
        'Ready?': { Type: 'Choice', Choices: [{ Variable: '$.ready', BooleanEquals: true, Next: 'Done' }], Default: 'Wait' },
        Wait: { Type: 'Wait', Seconds: 5, Next: 'Poll' },
        Done: { Type: 'Succeed' },
      },
    };
    expect(() => countTransitions(loop)).toThrow('the walk loops (Poll → Ready? → Wait → Poll)');
    expect(countTransitions(loop, { choices: { 'Ready?': 'Done' } }).perExecution.toFixed()).toBe('3');
  });

  it('names what it cannot count: an unknown type, a missing Next, a wrong choice, a state that is not there', () => {
    const bad = (States: object) => () => countTransitions({ StartAt: 'A', States });
    expect(bad({ A: { Type: 'Sleep', End: true } })).toThrow('state "A" has type "Sleep"');
    expect(bad({ A: { Type: 'Pass' } })).toThrow('state "A" has neither Next nor End: true');
    // Both, or a Next on a state that ends the execution, were read as the end: the states the Next goes to went uncounted.
    expect(bad({ A: { Type: 'Pass', End: true, Next: 'B' }, B: { Type: 'Pass', End: true } })).toThrow('state "A" has both Next ("B") and End: true');
    expect(bad({ A: { Type: 'Succeed', Next: 'B' }, B: { Type: 'Pass', End: true } })).toThrow('state "A" is a Succeed state, which ends the execution and takes no Next ("B")');
    expect(bad({ A: { Type: 'Pass', Next: 'B' } })).toThrow('state "A" goes to "B", which is not a state there');
    // Iterator is ItemProcessor's older name: with both, the Iterator's states went uncounted in silence.
    const processor = { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } };
    expect(bad({ A: { Type: 'Map', ItemProcessor: processor, Iterator: processor, End: true } })).toThrow(
      'Map state "A" has both ItemProcessor and Iterator (its older name); a Map state takes one of them',
    );
    const choice = { StartAt: 'C', States: { C: { Type: 'Choice', Choices: [{ Next: 'X' }] }, X: { Type: 'Succeed' } } };
    expect(() => countTransitions(choice, { choices: { C: 'Y' } })).toThrow('Choice state "C" does not go to "Y"; it goes to "X"');
    expect(() => countTransitions(choice, { retries: { Z: d(1) } })).toThrow(DefinitionError);
    expect(() => countTransitions(choice, { mapIterations: { C: d(1) } })).toThrow('state "C" is a Choice state, not a Map state');
  });

  it('refuses a state going to no state of its machine off the path the walk takes too (a Catch, a Choice rule or Default not taken), as AWS does', () => {
    const bad = (States: object) => () => countTransitions({ StartAt: 'A', States });
    const end = { B: { Type: 'Succeed' } };
    expect(bad({ A: { Type: 'Task', Resource: 'r', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Nope' }], End: true } })).toThrow(
      'definition: state "A" goes to "Nope" (its Catch), which is not a state there',
    );
    expect(bad({ A: { Type: 'Choice', Choices: [{ Next: 'B' }, { Next: 'Nope' }] }, ...end })).toThrow(
      'state "A" goes to "Nope" (a rule of its Choices), which is not a state there',
    );
    expect(bad({ A: { Type: 'Choice', Choices: [{ Next: 'B' }], Default: 'Nope' }, ...end })).toThrow('state "A" goes to "Nope" (its Default), which is not a state there');
    // A state off the path too, and a branch's state going to one of the machine around it, which a branch cannot reach.
    expect(bad({ A: { Type: 'Pass', End: true }, Off: { Type: 'Pass', Next: 'Nope' } })).toThrow('state "Off" goes to "Nope", which is not a state there');
    const branch = { StartAt: 'In', States: { In: { Type: 'Task', Resource: 'r', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'B' }], End: true } } };
    expect(bad({ A: { Type: 'Parallel', Branches: [branch], Next: 'B' }, ...end })).toThrow('A branch 1: state "In" goes to "B" (its Catch), which is not a state there');
    // Going to a state there is counted as before: no Catch is taken.
    const caught = { A: { Type: 'Task', Resource: 'r', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'B' }], End: true }, ...end };
    expect(countTransitions({ StartAt: 'A', States: caught }).perExecution.toFixed()).toBe('1');
  });

  it('names as much of a definition as a message can hold: a long loop, many choices and long names are cut short', () => {
    // Each was quoted whole: a loop through 20,000 states was a message of 200 KB, a Choice of 5,000 rules 44 KB.
    const states: Record<string, object> = {};
    for (let index = 0; index < 30; index++) states[`S${index}`] = { Type: 'Pass', Next: `S${(index + 1) % 30}` };
    expect(() => countTransitions({ StartAt: 'S0', States: states })).toThrow('the walk loops (S0 → S1 → S2 → S3 → S4 → S5 → S6 → S7 → S8 → S9 → 21 more)');
    const targets = Object.fromEntries(Array.from({ length: 30 }, (_, index) => [`T${index}`, { Type: 'Succeed' }]));
    const rules = Object.keys(targets).map((Next) => ({ Variable: '$.a', IsPresent: true, Next }));
    expect(() => countTransitions({ StartAt: 'C', States: { C: { Type: 'Choice', Choices: rules }, ...targets } }, { choices: { C: 'Nowhere' } })).toThrow(
      'it goes to "T0", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9" and 20 more',
    );
    const long = 'k'.repeat(5000);
    const bad = (States: object) => () => countTransitions({ StartAt: 'A', States });
    expect(bad({ A: { Type: 'Pass', Next: long } })).toThrow(`state "A" goes to "${'k'.repeat(40)}…", which is not a state there`);
    expect(bad({ A: { Type: long, End: true } })).toThrow(`state "A" has type "${'k'.repeat(39)}…; the walk knows`);
    expect(bad({ A: { Type: 'Succeed', Next: [long] } })).toThrow(`takes no Next (["${'k'.repeat(38)}…)`);
    // A number as JSON writes it was 1e+21, and .inf null.
    expect(bad({ A: { Type: 1e21, End: true } })).toThrow('state "A" has type 1000000000000000000000;');
    expect(bad({ A: { Type: 'Fail', Next: Infinity } })).toThrow('takes no Next (.inf)');
  });

  it('refuses retries of a state that cannot retry (a Choice, a Succeed), which no execution makes', () => {
    const choice = { StartAt: 'C', States: { C: { Type: 'Choice', Choices: [{ Next: 'X' }] }, X: { Type: 'Succeed' } } };
    expect(() => countTransitions(choice, { retries: { C: d(3) } })).toThrow('state "C" is a Choice state, not a Task, Parallel or Map state, the states that retry');
    expect(() => countTransitions(choice, { retries: { X: d(1) } })).toThrow('state "X" is a Succeed state, not');
    const parallel = { StartAt: 'P', States: { P: { Type: 'Parallel', Branches: [{ StartAt: 'T', States: { T: { Type: 'Task', End: true } } }], End: true } } };
    expect(countTransitions(parallel, { retries: { P: d(1), T: d(2) } }).perExecution.toFixed()).toBe('5');
  });

  it('bounds the nesting: a definition nested past the bound is an error, not a hang', () => {
    let inner: object = { StartAt: 'L', States: { L: { Type: 'Pass', End: true } } };
    for (let depth = 0; depth < 40; depth++) inner = { StartAt: `P${depth}`, States: { [`P${depth}`]: { Type: 'Parallel', Branches: [inner], End: true } } };
    expect(() => countTransitions(inner)).toThrow(/nested more than 32 deep/);
  });

  it('walks a chain of 99,999 states in one pass: the loop check looked each state up in the path before it', () => {
    const states: Record<string, object> = {};
    for (let index = 0; index < 99_999; index++) states[`S${index}`] = index < 99_998 ? { Type: 'Pass', Next: `S${index + 1}` } : { Type: 'Succeed' };
    const started = performance.now();
    expect(countTransitions({ StartAt: 'S0', States: states }).perExecution.toFixed()).toBe('99999');
    // ~50 ms; the quadratic check took ~30 s.
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('bounds the count: Maps of a million iterations nested in each other are an error, not 10^180 transitions', () => {
    let inner: object = { StartAt: 'L', States: { L: { Type: 'Pass', End: true } } };
    const mapIterations: Record<string, Decimal> = {};
    for (let depth = 0; depth < 30; depth++) {
      inner = { StartAt: `M${depth}`, States: { [`M${depth}`]: { Type: 'Map', ItemProcessor: inner, End: true } } };
      mapIterations[`M${depth}`] = d(1_000_000);
    }
    expect(() => countTransitions(inner, { mapIterations })).toThrow('more than 1,000,000 transitions in one execution');
    // At the bound itself: a Map of 999,999 iterations of one state, plus the Map, is 1,000,000.
    const one = { StartAt: 'M', States: { M: { Type: 'Map', ItemProcessor: { StartAt: 'L', States: { L: { Type: 'Pass', End: true } } }, End: true } } };
    expect(countTransitions(one, { mapIterations: { M: d(999_999) } }).perExecution.toFixed()).toBe('1000000');
  });

  it('blames retries that take the count past the bound on the retries, not on map_iterations at a definition with no Map', () => {
    const task = { StartAt: 'X', States: { X: { Type: 'Task', Resource: 'r', Retry: [{ ErrorEquals: ['States.ALL'] }], End: true } } };
    const refused = (() => {
      try {
        countTransitions(task, { retries: { X: d(1_000_000) } });
      } catch (error) {
        return error as DefinitionError;
      }
      throw new Error('expected the count to be refused');
    })();
    expect(refused.message).toBe(
      'definition: more than 1,000,000 transitions in one execution, the most transitions_per_execution may be, with the 1,000,000 retries given; check retries',
    );
    expect(refused.field).toEqual(['retries']);
    expect(countTransitions(task, { retries: { X: d(999_999) } }).perExecution.toFixed()).toBe('1000000');
  });
});

describe('counting transitions of real state machines (template corpus)', () => {
  const definitionOf = (file: string, key: string) => {
    const data = fixture(file);
    if ('stepFunctions' in data) return serverlessStateMachines(data.stepFunctions).find((resource) => resource.logicalId === key)!.properties.Definition;
    return ((data[key] as Record<string, unknown>).Properties as Record<string, unknown>).Definition;
  };

  it('serverless/examples aws-ruby-step-functions: Parallel, Pass, Wait, Task, Choice', () => {
    const weekend = definitionOf('ruby-weekend.serverless.yml', 'myStateMachine');
    // Organize Nice Weekend (Parallel) 1 + Buy Ticket 1 + Reserve Parking Lot Space 1 + Transform properties 1
    // + Wait For Arrival Date 1 + Check Weather 1 + Decide based on Weather 1 + (Default) Organize Nice Weekend Successful 1 = 8
    expect(countTransitions(weekend).perExecution.toFixed()).toBe('8');
    // The bad-weather branch: the same 7 to the Choice, then Cancel Plans (Parallel) 1 + Return Ticket 1
    // + Release Parking Space 1 + Organize Nice Weekend Cancelled (Fail) 1 = 11
    expect(countTransitions(weekend, { choices: { 'Decide based on Weather': 'Cancel Plans' } }).perExecution.toFixed()).toBe('11');
  });

  it('serverless/examples aws-ruby-step-functions-with-callback: a callback Task only Standard runs', () => {
    const callback = definitionOf('ruby-callback.serverless.yml', 'WorkflowWithCallback');
    // Pass Params 1 + Run Detection 1 + Is Detection Result 1 + (Default) Redact Comment 1 + Save to DB 1 = 5
    const count = countTransitions(callback);
    expect(count.perExecution.toFixed()).toBe('5');
    expect(count.standardOnly).toEqual(['Run Detection']);
    // "No result": Pass Params, Run Detection, Is Detection Result, Save to DB = 4; one retry of Run Detection in five executions: 4.2
    expect(countTransitions(callback, { choices: { 'Is Detection Result': 'Save to DB' }, retries: { 'Run Detection': d('0.2') } }).perExecution.toFixed()).toBe('4.2');
  });

  it('serverless/examples aws-ruby-step-functions-express: Choice with a Default, Fail and Succeed', () => {
    const express = definitionOf('ruby-express.serverless.yml', 'myStateMachine');
    // Save to DynamoDB 1 + Is Save Successful 1 + (Default) Fail Execution 1 = 3
    expect(countTransitions(express).perExecution.toFixed()).toBe('3');
    // Save to DynamoDB 1 + Is Save Successful 1 + SES notification 1 + Success Execution 1 = 4
    expect(countTransitions(express, { choices: { 'Is Save Successful': 'SES notification' } }).perExecution.toFixed()).toBe('4');
  });

  it('serverless-patterns eventbridge-sfn: a Choice without Default takes its first choice, and says so', () => {
    const watcher = countTransitions(definitionOf('eventbridge-sfn.template.yaml', 'EC2StateWatcher'));
    // What Happened? 1 + (first choice) It's Running 1 = 2
    expect(watcher.perExecution.toFixed()).toBe('2');
    expect(watcher.assumptions).toEqual([
      `Choice state "What Happened?": its first choice ("It's Running") taken, as it has no Default (give choices: { What Happened?: … } for another)`,
    ]);
  });

  it('sessions-with-aws-sam sam-or-cdk: a Parallel state whose second branch has two states', () => {
    // Generate Signed URLs (Parallel) 1 + GetUploadSignedUrl 1 + GetDownloadSignedUrl 1 + WriteToDynamoDB 1 + formatResults 1 = 5
    expect(countTransitions(definitionOf('sam-or-cdk-url.template.yaml', 'urlStateMachine')).perExecution.toFixed()).toBe('5');
  });

  it('serverless-patterns apigw-websocket-api-sfn-sync: one Wait state', () => {
    // Wait for 3 Seconds 1 = 1
    expect(countTransitions(definitionOf('websocket-sync.template.yaml', 'SyncSFn')).perExecution.toFixed()).toBe('1');
  });
});

describe('the template section', () => {
  const reader = (notes: string[] = []): SectionReader => ({ note: (message) => notes.push(message), json: jsonData });
  it('reads both resource types, the type, and the definition each way it is written', () => {
    const resources = [
      { logicalId: 'Url', ...(fixture('sam-or-cdk-url.template.yaml').urlStateMachine as { Type: string; Properties: Record<string, unknown> }) },
      { logicalId: 'File', type: 'AWS::Serverless::StateMachine', properties: { DefinitionUri: 'statemachine/flow.asl.json' } },
      { logicalId: 'S3', type: 'AWS::Serverless::StateMachine', properties: { DefinitionUri: 's3://bucket/flow.json' } },
      {
        logicalId: 'Sub',
        type: 'AWS::StepFunctions::StateMachine',
        properties: {
          StateMachineType: 'EXPRESS',
          DefinitionString: { 'Fn::Sub': '{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"${Fn}","TimeoutSeconds":${Timeout},"End":true}}}' },
        },
      },
      {
        logicalId: 'Join',
        type: 'AWS::StepFunctions::StateMachine',
        properties: { DefinitionString: { 'Fn::Join': ['', ['{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"', { Ref: 'Fn' }, '","End":true}}}']] } },
      },
    ].map((resource) => ('Type' in resource ? { logicalId: resource.logicalId, type: resource.Type, properties: resource.Properties } : resource));
    const entries = stepFunctionsTemplate.section(resources, reader()) as Record<string, unknown>[];
    expect(entries.map((entry) => [entry.name, entry.type, 'definition' in entry, entry.definition_file ?? null])).toEqual([
      ['Url', 'express', true, null],
      ['File', 'standard', false, 'statemachine/flow.asl.json'],
      ['S3', 'standard', false, null],
      ['Sub', 'express', true, null],
      ['Join', 'standard', true, null],
    ]);
    expect(countTransitions(entries[3]!.definition).perExecution.toFixed()).toBe('1');
    expect(definitionText({ 'Fn::Sub': ['{"a":"${X}","b":${Y}}', {}] })).toBe('{"a":"${X}","b":0   }');
    // A `${` no brace closes is left as written, and every one after it.
    expect(definitionText('{"b":${Y}, "c":${Z ${W')).toBe('{"b":0   , "c":${Z ${W');
  });

  it("puts DefinitionSubstitutions' values in a Definition or a DefinitionString before counting, as CloudFormation does", () => {
    const substitutions = { StateType: 'Wait', Then: 'Done', Done: 'Done', Seconds: 5, Fn: { 'Fn::GetAtt': ['Fn', 'Arn'] } };
    const entries = stepFunctionsTemplate.section(
      [
        {
          logicalId: 'Sam',
          type: 'AWS::Serverless::StateMachine',
          properties: {
            Definition: {
              StartAt: 'Hold',
              States: {
                Hold: { Type: '${StateType}', Seconds: '${Seconds}', Next: '${Then}' },
                '${Done}': { Type: 'Task', Resource: '${Fn}', End: true },
              },
            },
            DefinitionSubstitutions: substitutions,
          },
        },
        {
          logicalId: 'Text',
          type: 'AWS::StepFunctions::StateMachine',
          properties: {
            DefinitionString: '{"StartAt":"Hold","States":{"Hold":{"Type":"${StateType}","Seconds":1,"Next":"${Then}"},"Done":{"Type":"Pass","End":true}}}',
            DefinitionSubstitutions: substitutions,
          },
        },
      ],
      reader(),
    ) as Record<string, unknown>[];
    // Hold and Done, each one transition; unsubstituted, the walk refused the type "${StateType}" and the state "${Then}".
    expect(entries.map((entry) => countTransitions(entry.definition).perExecution.toFixed())).toEqual(['2', '2']);
    const states = (entries[0]!.definition as { States: Record<string, Record<string, unknown>> }).States;
    expect(states.Hold).toEqual({ Type: 'Wait', Seconds: '5', Next: 'Done' });
    // An ARN given by another intrinsic stays as written: the walk does not read a Task's Resource.
    expect(states.Done!.Resource).toBe('${Fn}');
  });

  it('says why a DefinitionString was not read: not JSON (YAML-like text CloudFormation refuses), or not an object', () => {
    const notes: string[] = [];
    const machine = (logicalId: string, DefinitionString: string) => ({ logicalId, type: 'AWS::StepFunctions::StateMachine', properties: { DefinitionString } });
    const entries = stepFunctionsTemplate.section(
      [
        machine('Yamlish', '{ StartAt: A, States: { A: { Type: Pass, End: true } } }'),
        machine('List', '[1, 2]'),
        machine('Fine', '{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}'),
        machine('Twice', '{"StartAt":"A","States":{"A":{"Type":"Pass","End":true},\n"A":{"Type":"Wait","Seconds":1,"Next":"A"}}}'),
      ],
      reader(notes),
    ) as Record<string, unknown>[];
    expect(entries.map((entry) => 'definition' in entry)).toEqual([false, false, true, false]);
    expect(notes).toHaveLength(3);
    stepFunctionsTemplate.section(
      [{ logicalId: 'SubOfJoin', type: 'AWS::StepFunctions::StateMachine', properties: { DefinitionString: { 'Fn::Sub': [{ 'Fn::Join': ['', []] }, {}] } } }],
      reader(notes),
    );
    expect(notes[3]).toBe(
      'Resources.SubOfJoin.Properties.DefinitionString is Fn::Sub, which is not read as text here (text, Fn::Sub of text and Fn::Join are); its transitions are not counted from it (transitions_per_execution in the usage file gives them)',
    );
    // JSON.parse keeps the last of the two (a Wait that loops) without a word; AWS refuses a state name used twice.
    expect(notes[2]).toBe(
      'Resources.Twice.Properties.DefinitionString names the key "A" twice in one object (line 2, column 1 of its text); its transitions are not counted from it (transitions_per_execution in the usage file gives them)',
    );
    expect(notes[0]).toMatch(
      /^Resources\.Yamlish\.Properties\.DefinitionString is not JSON \(.+\); its transitions are not counted from it \(transitions_per_execution in the usage file gives them\)$/,
    );
    expect(notes[1]).toBe(
      'Resources.List.Properties.DefinitionString is not a JSON object; its transitions are not counted from it (transitions_per_execution in the usage file gives them)',
    );
  });

  it('says of a definition that is not a mapping that it is not read, rather than dropping it', () => {
    const notes: string[] = [];
    const resources = serverlessStateMachines({ stateMachines: { Flow: { definition: '${file(./flow.json)}' }, Listed: { definition: [1] } } });
    expect(stepFunctionsTemplate.section(resources, reader(notes))).toEqual([
      { name: 'Flow', type: 'standard' },
      { name: 'Listed', type: 'standard' },
    ]);
    expect(notes).toEqual([
      'state machine Flow: its definition is the text "${file(./flow.json)}", not a mapping of states; its transitions are not counted from it (transitions_per_execution in the usage file gives them)',
      'state machine Listed: its definition is a list, not a mapping of states; its transitions are not counted from it (transitions_per_execution in the usage file gives them)',
    ]);
  });

  it("says of an Express machine's unread definition that only the comparison with Standard lacks its transitions, not its bill", () => {
    const notes: string[] = [];
    const resources = [
      ...serverlessStateMachines({ stateMachines: { Fast: { type: 'EXPRESS', definition: '${file(./fast.asl.yml)}' } } }),
      { logicalId: 'Quick', type: 'AWS::StepFunctions::StateMachine', properties: { StateMachineType: 'EXPRESS', DefinitionString: '{"StartAt": ' } },
    ];
    expect(stepFunctionsTemplate.section(resources, reader(notes))).toEqual([
      { name: 'Fast', type: 'express' },
      { name: 'Quick', type: 'express' },
    ]);
    expect(notes[0]).toBe(
      'state machine Fast: its definition is the text "${file(./fast.asl.yml)}", not a mapping of states; its transitions are not counted from it, so it is not compared with Standard (an Express machine is billed by requests and duration; transitions_per_execution in the usage file gives them)',
    );
    expect(notes[1]).toMatch(
      /^Resources\.Quick\.Properties\.DefinitionString is not JSON .+; its transitions are not counted from it, so it is not compared with Standard \(an Express machine/,
    );
  });

  it('says what of a stepFunctions block is not a state machine, and a type that is neither STANDARD nor EXPRESS', () => {
    const notes: string[] = [];
    expect(serverlessStateMachines({ stateMachines: [{ Flow: {} }] }, (message) => notes.push(message))).toEqual([]);
    expect(serverlessStateMachines({ stateMachines: { A: 'text', B: null, C: { type: 7 } } }, (message) => notes.push(message)).map((r) => r.logicalId)).toEqual(['C']);
    const misspelt = { logicalId: 'D', type: 'AWS::StepFunctions::StateMachine', properties: { StateMachineType: 'EXPRES' } };
    stepFunctionsTemplate.section([...serverlessStateMachines({ stateMachines: { C: { type: 7 } } }), misspelt], reader(notes));
    expect(notes).toEqual([
      'stepFunctions.stateMachines is a list, not a mapping of state machines by name; its state machines are not priced',
      'stepFunctions.stateMachines.A is the text "text", not a state machine\'s settings; it is not priced',
      "stepFunctions.stateMachines.B is empty, not a state machine's settings; it is not priced",
      'state machine C: its type is 7, neither STANDARD nor EXPRESS (CloudFormation refuses it); priced as STANDARD',
      'state machine D: its type is the text "EXPRES", neither STANDARD nor EXPRESS (CloudFormation refuses it); priced as STANDARD',
    ]);
  });

  it('turns a serverless.yml stepFunctions block into state machine resources', () => {
    const resources = serverlessStateMachines(fixture('ruby-express.serverless.yml').stepFunctions);
    expect(resources.map((resource) => [resource.logicalId, resource.type, resource.properties.StateMachineType])).toEqual([
      ['myStateMachine', 'AWS::StepFunctions::StateMachine', 'EXPRESS'],
    ]);
    expect(stepFunctionsTemplate.section(resources)).toMatchObject([{ name: 'myStateMachine', type: 'express' }]);
    expect(serverlessStateMachines(undefined)).toEqual([]);
  });

  it('gives entries the scenario section reads once the usage file adds executions', () => {
    const [entry] = stepFunctionsTemplate.section(serverlessStateMachines(fixture('ruby-weekend.serverless.yml').stepFunctions)) as object[];
    const text = `name: t\nlambda: { functions: [{ name: f, memory_mb: 128, duration_ms: 10, requests_per_month: 1 }] }\nservices:\n  step_functions: [${JSON.stringify({ ...entry, executions_per_month: 1000 })}]\n`;
    const read = scenarioFromYaml(parseYaml('t.yaml', text));
    expect(read.stepFunctions[0]).toMatchObject({ name: 'myStateMachine', type: 'standard', transitionsFrom: 'definition' });
    expect(read.stepFunctions[0]!.transitionsPerExecution!.toFixed()).toBe('8');
  });
});

const base = `name: sfn
traffic: { requests_per_month: 200000 }
lambda:
  functions:
    - { name: api, memory_mb: 128, duration_ms: 50 }
`;
function errorsOf(yaml: string): string {
  try {
    scenarioFromYaml(parseYaml('s.yaml', yaml));
  } catch (error) {
    if (!(error instanceof InputError || error instanceof InputErrors)) throw error;
    return formatError(error as SlcostError);
  }
  throw new Error('expected the scenario to be rejected');
}

describe('the scenario section', () => {
  it('reads the vocabulary, per month and per request', () => {
    const read = scenarioFromYaml(
      parseYaml(
        's.yaml',
        `${base}services:
  step_functions:
    - { name: checkout, type: standard, executions_per_month: 100000, transitions_per_execution: 10 }
    - { name: enrich, type: express, executions_per_month: 100000000, duration_ms: 801, memory_mb: 1200 }
    - { name: saga, executions_per_request: 0.5, definition: { StartAt: A, States: { A: { Type: Pass, End: true } } } }
`,
      ),
    );
    expect(
      read.stepFunctions.map((entry) => [
        entry.name,
        entry.type,
        entry.executions.perMonth.toFixed(),
        entry.executions.followsTraffic,
        entry.transitionsPerExecution?.toFixed() ?? null,
      ]),
    ).toEqual([
      ['checkout', 'standard', '100000', false, '10'],
      ['enrich', 'express', '100000000', false, null],
      ['saga', 'standard', '100000', true, '1'],
    ]);
    expect(read.stepFunctions[2]!.transitionsFrom).toBe('definition');
  });

  it('points each mistake at its field', () => {
    const errors = errorsOf(`${base}services:
  step_functions:
    - { name: a, executions_per_month: 1 }
    - { name: b, type: express, executions_per_month: 1 }
    - { name: c, transitions_per_execution: 3 }
    - { name: d, executions_per_month: 1, transitions_per_execution: 2, choices: { X: Y } }
    - { name: e, executions_per_month: 1, definition: { StartAt: A, States: { A: { Type: Pass, End: true } } }, retries: { B: 1 } }
    - { name: f, executions_per_month: 1, definition: { StartAt: A, States: {} }, definition_file: x.json }
`);
    expect(errors).toContain('needs transitions_per_execution, or a definition or definition_file to count them from (at services.step_functions[0])');
    expect(errors).toContain('an express state machine needs duration_ms (one execution, start to end) (at services.step_functions[1])');
    expect(errors).toContain('a state machine needs executions_per_month (or executions_per_request) (at services.step_functions[2])');
    expect(errors).toContain('choices has no effect beside transitions_per_execution, which gives the whole count (retries included) (at services.step_functions[3].choices)');
    expect(errors).toContain('the definition has no state "B" (at services.step_functions[4].retries.B)');
    expect(errors).toContain('give definition or definition_file, not both (at services.step_functions[5].definition_file)');
    expect(errorsOf(`${base}services:\n  step_functions: [{ name: g, executions_per_month: -1, transitions_per_execution: 1 }]\n`)).toContain(
      'services.step_functions[0].executions_per_month',
    );
  });

  it('holds an Express execution to its five minutes: a figure past them refused, the tail of a range drawn no further', () => {
    expect(errorsOf(`${base}services:\n  step_functions: [{ name: x, type: express, executions_per_month: 1, duration_ms: 300000.5 }]\n`)).toContain(
      'an express execution runs for at most five minutes (300,000 ms), not 300,000.5 ms; a longer workflow is a standard machine (type: standard) (at services.step_functions[0].duration_ms)',
    );
    expect(errorsOf(`${base}services:\n  step_functions: [{ name: x, type: express, executions_per_month: 1, duration_ms: { p10: 1000, p50: 2000, p90: 400000 } }]\n`)).toContain(
      'must be at most 300,000 (an express execution runs for at most five minutes), got 400000 (at services.step_functions[0].duration_ms.p90)',
    );
    // A Standard machine runs for up to a year.
    expect(() =>
      scenarioFromYaml(parseYaml('s.yaml', `${base}services:\n  step_functions: [{ name: x, executions_per_month: 1, transitions_per_execution: 2, duration_ms: 400000 }]\n`)),
    ).not.toThrow();
    // p90 within the five minutes: the tail's draws past it are held to it, not refused as a draw that breaks the rule.
    const ranged = scenarioFromYaml(
      parseYaml('s.yaml', `${base}services:\n  step_functions: [{ name: x, type: express, executions_per_month: 1, duration_ms: { p10: 100000, p50: 200000, p90: 290000 } }]\n`),
    );
    const figure = ranged.ranges!.figures[0]!;
    expect(figure.field).toBe('services.step_functions[0].duration_ms');
    expect(atScore(figure.distribution, 4)).toBe(300_000);
  });

  it('refuses an Express machine with a .sync or .waitForTaskToken integration or an activity, which Step Functions refuses to create', () => {
    const machine = (type: string, resources: string[]) =>
      `${base}services:\n  step_functions:\n    - name: x\n      type: ${type}\n      executions_per_month: 1\n      duration_ms: 500\n      definition:\n        StartAt: S0\n        States: {${resources
        .map((resource, index) => ` S${index}: { Type: Task, Resource: "${resource}", ${index === resources.length - 1 ? 'End: true' : `Next: S${index + 1}`} }`)
        .join(',')} }\n`;
    expect(errorsOf(machine('express', ['arn:aws:states:::lambda:invoke.waitForTaskToken']))).toContain(
      'an express state machine runs no .sync or .waitForTaskToken integration and no activity, and Step Functions refuses one that has them: state "S0" has one; such a workflow is a standard machine (type: standard) (at services.step_functions[0].type)',
    );
    expect(
      errorsOf(
        machine('express', [
          'arn:aws:lambda:us-east-1:1:function:f',
          'arn:aws:states:::batch:submitJob.sync',
          'arn:aws:states:us-east-1:1:activity:a',
          'arn:aws:states:::states:startExecution.sync:2',
        ]),
      ),
    ).toContain('states "S1", "S2", "S3" have them; such a workflow is a standard machine (type: standard) (at services.step_functions[0].type)');
    // The same machine as Standard, and an Express machine of request-response integrations, are priced.
    expect(() => scenarioFromYaml(parseYaml('s.yaml', machine('standard', ['arn:aws:states:::lambda:invoke.waitForTaskToken'])))).not.toThrow();
    expect(() => scenarioFromYaml(parseYaml('s.yaml', machine('express', ['arn:aws:states:::lambda:invoke', 'arn:aws:states:::sqs:sendMessage'])))).not.toThrow();
  });

  it('counts one definition again for other figures and choices, as the draws of a range do, each time by its own figures', () => {
    const definition = {
      StartAt: 'C',
      States: {
        C: { Type: 'Choice', Choices: [{ Next: 'M' }], Default: 'E' },
        M: { Type: 'Map', ItemProcessor: { StartAt: 'T', States: { T: { Type: 'Task', Resource: 'r', End: true } } }, End: true },
        E: { Type: 'Pass', End: true },
      },
    };
    const count = (usage: Parameters<typeof countTransitions>[1]) => countTransitions(definition, usage).perExecution.toFixed();
    expect(count({ choices: { C: 'M' }, mapIterations: { M: d(3) }, retries: { T: d('0.5') } })).toBe('5.5');
    expect(count({ choices: { C: 'M' }, mapIterations: { M: d(10) }, retries: { T: d(2) } })).toBe('14');
    expect(count({ choices: { C: 'M' } })).toBe('3');
    expect(count({ choices: { C: 'E' }, retries: { T: d(2) } })).toBe('2');
    expect(countTransitions(definition, { choices: { C: 'M' } }).assumptions).toEqual(['Map state "M": 1 iteration per execution assumed (give map_iterations: { M: n })']);
    expect(() => count({ mapIterations: { E: d(1) } })).toThrow('state "E" is a Pass state, not a Map state');
  });

  it('says of choices and map_iterations for a state off the path that they are not used, as it says of retries', () => {
    const definition = {
      StartAt: 'C',
      States: {
        C: { Type: 'Choice', Choices: [{ Next: 'Other' }], Default: 'Main' },
        Main: { Type: 'Pass', End: true },
        Other: { Type: 'Choice', Choices: [{ Next: 'M' }], Default: 'Main' },
        M: { Type: 'Map', ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } }, End: true },
      },
    };
    const count = countTransitions(definition, { choices: { C: 'Main', Other: 'M' }, mapIterations: { M: d(50) } });
    expect(count.perExecution.toFixed()).toBe('2');
    expect(count.assumptions).toEqual(['choices for "Other" are not used: the walk does not enter it', 'map_iterations for "M" are not counted: the walk does not enter it']);
  });

  it('refuses a state name used twice in the machine, wherever the two are', () => {
    const inner = { StartAt: 'X', States: { X: { Type: 'Task', Resource: 'r', End: true } } };
    const twice = { StartAt: 'X', States: { X: { Type: 'Choice', Choices: [{ Next: 'M' }], Default: 'M' }, M: { Type: 'Map', ItemProcessor: inner, End: true } } };
    expect(() => countTransitions(twice, { choices: { X: 'M' } })).toThrow('the state name "X" is used twice (in the top level and in M iteration)');
    const branches = { StartAt: 'P', States: { P: { Type: 'Parallel', Branches: [inner, inner], End: true } } };
    expect(() => countTransitions(branches)).toThrow('the state name "X" is used twice (in P branch 1 and in P branch 2)');
  });

  it('takes a given transitions_per_execution for a machine whose walk loops, still reading its definition for what Express cannot run', () => {
    const polling = `${base}services:
  step_functions:
    - name: poll
      executions_per_month: 10
      transitions_per_execution: 12
      definition:
        StartAt: Poll
        States:
          Poll: { Type: Task, Resource: "arn:aws:states:::glue:startJobRun.sync", Next: Ready? }
          Ready?: { Type: Choice, Choices: [{ Variable: $.done, BooleanEquals: true, Next: Done }], Default: Wait }
          Wait: { Type: Wait, Seconds: 5, Next: Poll }
          Done: { Type: Succeed }
`;
    const [machine] = loadScenario(tempFile(polling)).stepFunctions;
    expect([machine!.transitionsPerExecution!.toFixed(), machine!.transitionsFrom, machine!.standardOnly]).toEqual(['12', 'given', ['Poll']]);
    // A definition that is wrong, not merely uncountable, is still refused.
    expect(errorsOf(polling.replace('Next: Poll', 'Next: Pol'))).toContain('state "Wait" goes to "Pol", which is not a state there');
  });

  it('prices an Express machine whose walk loops, its transitions not counted and said so', () => {
    const polling = `${base}services:
  step_functions:
    - name: poll
      type: express
      executions_per_month: 10
      duration_ms: 500
      definition:
        StartAt: Poll
        States:
          Poll: { Type: Task, Resource: r, Next: Wait }
          Wait: { Type: Wait, Seconds: 5, Next: Poll }
`;
    const [machine] = loadScenario(tempFile(polling)).stepFunctions;
    expect([machine!.transitionsPerExecution, machine!.transitionsFrom]).toEqual([null, null]);
    expect(machine!.assumptions).toEqual([
      'transitions not counted, so it is not compared with Standard: definition: the walk loops (Poll → Wait → Poll); give choices for a Choice state in it to leave the loop, or give transitions_per_execution',
    ]);
  });

  it('reads definition_file relative to the scenario file, JSON or YAML, and refuses what is not a regular file', () => {
    const json = tempFile(JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Task', Resource: 'r', Next: 'B' }, B: { Type: 'Succeed' } } }), 'flow.asl.json');
    const yaml = tempFile('StartAt: A\nStates:\n  A: { Type: Pass, Next: B }\n  B: { Type: Pass, Next: C }\n  C: { Type: Succeed }\n', 'flow.asl.yaml');
    // Each temporary file has a folder of its own: the scenario names the definitions from its own, through the parent.
    const sibling = (path: string) => `../${path.split('/').slice(-2).join('/')}`;
    const machines = (extra: string) =>
      `${base}services:\n  step_functions:\n    - { name: j, executions_per_month: 10, definition_file: ${sibling(json)} }\n    - { name: y, executions_per_month: 10, definition_file: ${sibling(yaml)} }\n${extra}`;
    expect(loadScenario(tempFile(machines(''))).stepFunctions.map((entry) => entry.transitionsPerExecution!.toFixed())).toEqual(['2', '3']);
    expect(() => loadScenario(tempFile(machines('    - { name: z, executions_per_month: 10, definition_file: . }\n')))).toThrow(
      /cannot read definition_file: .*is a directory, not a file/,
    );
  });

  it("refuses a .json definition_file that is not JSON where it stops: a comment swallowed the key after it, and the machine 'had no States'", () => {
    const commented = tempFile('{ "StartAt": "A", // the first\n  "States": { "A": { "Type": "Pass", "End": true } } }\n', 'flow.asl.json');
    const scenario = `${base}services:\n  step_functions:\n    - { name: j, executions_per_month: 10, definition_file: ../${commented.split('/').slice(-2).join('/')} }\n`;
    expect(() => loadScenario(tempFile(scenario))).toThrow(
      /cannot read definition_file: \S+\/flow\.asl\.json:1:19: is not valid JSON: .*; a state machine's definition is JSON, without comments or trailing commas/,
    );
  });
});

describe('checks', () => {
  it('warns when a machine would cost less than half as the other type, with both figures', () => {
    // Standard: 1M × 20 = 20M transitions × $0.025/1,000 = $500.00. Express: $1.00 + 1M × 0.2 s × 64/1,024 GB
    // = 12,500 GB-s × $0.00001667 = $0.208375 → $1.21.
    const busy = machine({ name: 'busy', executions: 1_000_000, transitionsPerExecution: d(20), durationMs: d(200) });
    const warnings = stepFunctions.checks!({ stepFunctions: [busy], freeTier: true }, prices(), month);
    expect(warnings.map((warning) => warning.id)).toEqual(['cheaper_as_express']);
    expect(warnings[0]!.message).toContain('as Standard it costs $500.00 a month; as Express it would cost $1.21');
    // A callback Task keeps it Standard: no warning.
    expect(stepFunctions.checks!({ stepFunctions: [{ ...busy, standardOnly: ['Wait for token'] }], freeTier: true }, prices(), month)).toEqual([]);
    // Express at 10 s × 2,048 MB with 3 transitions: 1,000 × 10 s × 2 GB = 20,000 GB-s × $0.00001667 = $0.3334, + 1,000 requests
    // × $1/1M = $0.001: $0.3344 → $0.33. As Standard: 3,000 transitions × $0.025/1,000 = $0.075 → $0.08.
    const slow = machine({ name: 'slow', type: 'express', executions: 1000, transitionsPerExecution: d(3), durationMs: d(10_000), memoryMb: d(2048) });
    const reverse = stepFunctions.checks!({ stepFunctions: [slow], freeTier: true }, prices(), month);
    expect(reverse.map((warning) => warning.id)).toEqual(['cheaper_as_standard']);
    expect(reverse[0]!.message).toContain('as Express it costs $0.33 a month; as Standard it would cost $0.08');
  });

  it("prices a machine as Express in the bands the month's other Express machines leave, not alone at the first", () => {
    // Beside 'enrich' at 100M × 1 s × 256 MB = 25,000,000 GB-s, past the bands' 3,600,000 and 18,000,000, busy's 1M ×
    // 0.2 s × 64 MB = 12,500 GB-s as Express are billed at $0.00000456: $0.057, + 1M requests × $1/1M = $1.057 → $1.06.
    // Priced alone it was $1.21, at the first band's $0.00001667.
    const busy = machine({ name: 'busy', executions: 1_000_000, transitionsPerExecution: d(20), durationMs: d(200) });
    const enrich = machine({ name: 'enrich', type: 'express', executions: 100_000_000, durationMs: d(1000), memoryMb: d(256) });
    const warnings = stepFunctions.checks!({ stepFunctions: [enrich, busy], freeTier: true }, prices(), month);
    expect(warnings.map((warning) => warning.id)).toEqual(['cheaper_as_express']);
    expect(warnings[0]!.message).toContain('as Standard it costs $500.00 a month; as Express it would cost $1.06');
    // An Express machine's own cost is what it adds above the others: 'slow' (20,000 GB-s) beside 'enrich' at $0.00000456
    // is $0.0912 + $0.001 = $0.0922 → $0.09, against $0.08 as Standard: no longer under half, so no warning.
    const slow = machine({ name: 'slow', type: 'express', executions: 1000, transitionsPerExecution: d(3), durationMs: d(10_000), memoryMb: d(2048) });
    expect(stepFunctions.checks!({ stepFunctions: [enrich, slow], freeTier: true }, prices(), month)).toEqual([]);
  });
});

describe('the assumptions told', () => {
  it("tells ten of a machine's assumptions one by one and counts the rest", () => {
    // 20,000 Choice states were 20,000 warnings, and seconds of the table's time.
    const assumed = (count: number) => Array.from({ length: count }, (_, i) => `Choice state "c${i}": its Default branch ("d") taken`);
    const told = (count: number) =>
      stepFunctions.checks!(
        { stepFunctions: [machine({ name: 'big', executions: 10, transitionsPerExecution: d(3), assumptions: assumed(count) })], freeTier: true },
        prices(),
        month,
      )
        .filter((warning) => warning.id === 'transitions_assumed')
        .map((warning) => warning.message);
    expect(told(10)).toHaveLength(10);
    expect(told(11)).toEqual([
      ...assumed(10).map((message) => `Step Functions big: ${message}`),
      'Step Functions big: 1 more assumption of the same kinds, about its other states',
    ]);
    expect(told(20_000).at(-1)).toBe('Step Functions big: 19,990 more assumptions of the same kinds, about its other states');
  });

  it("says of an Express machine's assumptions that they move only its comparison with Standard, not its bill", () => {
    const [warning] = stepFunctions.checks!(
      {
        stepFunctions: [
          machine({
            name: 'fast',
            type: 'express',
            executions: 10,
            durationMs: d(100),
            transitionsPerExecution: d(3),
            assumptions: ['Choice state "c": its Default branch ("d") taken'],
          }),
        ],
        freeTier: true,
      },
      prices(),
      month,
    );
    expect(warning!.message).toBe(
      'Step Functions fast: Choice state "c": its Default branch ("d") taken (an Express machine: its transitions compare it with Standard, not its bill)',
    );
  });
});

describe('laws', () => {
  const machines = fc.array(
    fc.record({
      type: fc.constantFrom('standard' as const, 'express' as const),
      executions: fc.integer({ min: 0, max: 2_000_000_000 }),
      transitions: fc.integer({ min: 1, max: 200 }),
      durationMs: fc.integer({ min: 1, max: 300_000 }),
      memoryMb: fc.integer({ min: 1, max: 4096 }),
    }),
    { minLength: 1, maxLength: 4 },
  );
  const model = (list: { type: 'standard' | 'express'; executions: number; transitions: number; durationMs: number; memoryMb: number }[], factor = 1) =>
    list.map((entry, index) =>
      machine({
        name: `m${index}`,
        type: entry.type,
        executions: entry.executions * factor,
        transitionsPerExecution: d(entry.transitions),
        durationMs: d(entry.durationMs),
        memoryMb: d(entry.memoryMb),
      }),
    );

  it('more executions never cost less; the free tier never raises a bill; line items add up', () => {
    fc.assert(
      fc.property(machines, fc.boolean(), (list, freeTier) => {
        const now = items(model(list), freeTier);
        expect(total(items(model(list, 2), freeTier)).greaterThanOrEqualTo(total(now))).toBe(true);
        expect(total(items(model(list), true)).lessThanOrEqualTo(total(items(model(list), false)))).toBe(true);
        const exact = now.map((item) => item.quantity.times(item.unitPriceUsd));
        expect(total(now).equals(sum(exact))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('the meters name every bend: between thresholds the bill is linear in executions', () => {
    const meters = stepFunctions.meters!(
      { stepFunctions: model([{ type: 'express', executions: 1, transitions: 1, durationMs: 900, memoryMb: 1216 }]), freeTier: true },
      prices(),
      month,
    );
    expect(meters.flatMap((meter) => meter.thresholds.map((threshold) => threshold.toFixed()))).toEqual(['3600000', '18000000', '4000']);
  });
});

describe('estimate()', () => {
  it('prices the same Step Functions line items on every platform', () => {
    const text = `name: saga
free_tier: false
traffic: { requests_per_month: 1000000 }
lambda:
  functions:
    - { name: api, memory_mb: 128, duration_ms: 50 }
containers:
  fargate: { vcpu: 1, memory_gb: 2, requests_per_second_per_task: 100 }
services:
  step_functions:
    - { name: checkout, type: standard, executions_per_month: 100000, transitions_per_execution: 10 }
    - { name: enrich, type: express, executions_per_month: 100000000, duration_ms: 801, memory_mb: 1200 }
`;
    const workload = scenarioFromYaml(parseYaml('saga.yaml', text));
    const result = estimate(workload, book('aws-2025-05-01'));
    expect(result.platforms.map((platform) => platform.id)).toEqual(['serverless', 'fargate']);
    const ours = result.platforms.map((platform) =>
      platform.lineItems.filter((item) => item.service === 'step-functions').map((item) => `${item.id} ${item.monthlyUsd.toFixed(2)}`),
    );
    expect(ours[0]).toEqual([
      'step-functions.standard.transitions.tier-1 25.00',
      'step-functions.express.requests 100.00',
      'step-functions.express.duration.tier-1 60.01',
      'step-functions.express.duration.tier-2 119.95',
      'step-functions.express.duration.tier-3 405.27',
    ]);
    expect(ours[1]).toEqual(ours[0]);
    expect(() => estimate(workload, book('aws-2020-03-12'))).toThrow(/has no Step Functions prices/);
  });
});

describe('X-Ray tracing of state machines', () => {
  it('says the traced machines as a setting not priced, as a function with active tracing is (it went unsaid)', () => {
    const said: string[] = [];
    const reader: SectionReader = { note: () => {}, notPriced: (message) => said.push(message), json: jsonData };
    const definition = { StartAt: 'X', States: { X: { Type: 'Pass', End: true } } };
    const resources = [
      { logicalId: 'Sam', type: 'AWS::Serverless::StateMachine', properties: { Tracing: { Enabled: true }, Definition: definition } },
      { logicalId: 'Cfn', type: 'AWS::StepFunctions::StateMachine', properties: { TracingConfiguration: { Enabled: 'true' }, Definition: definition } },
      { logicalId: 'Off', type: 'AWS::StepFunctions::StateMachine', properties: { TracingConfiguration: { Enabled: false }, Definition: definition } },
      ...serverlessStateMachines({ stateMachines: { plugin: { tracingConfig: { enabled: true }, definition } } }),
    ];
    stepFunctionsTemplate.section(resources, reader);
    expect(said).toEqual([
      "X-Ray tracing (TracingConfiguration, or SAM's Tracing) of state machines Sam, Cfn, plugin records traces that slcost does not price; the bill leaves them out",
    ]);
  });
});

describe('state machines logged to CloudWatch Logs', () => {
  it("says the machines that log their executions as a setting not priced, as an API's logs are (it went unsaid), and those logged to the template's own group as that group's ingest", () => {
    const said: string[] = [];
    const noted: string[] = [];
    const reader: SectionReader = { note: (message) => noted.push(message), notPriced: (message) => said.push(message), json: jsonData };
    const definition = { StartAt: 'X', States: { X: { Type: 'Pass', End: true } } };
    const to = (arn: unknown) => [{ CloudWatchLogsLogGroup: { LogGroupArn: arn } }];
    const resources = [
      {
        logicalId: 'Sam',
        type: 'AWS::Serverless::StateMachine',
        properties: { Logging: { Level: 'ALL', Destinations: to('arn:aws:logs:us-east-1:1:log-group:x') }, Definition: definition },
      },
      { logicalId: 'Cfn', type: 'AWS::StepFunctions::StateMachine', properties: { LoggingConfiguration: { Level: 'error', Destinations: to('x') }, Definition: definition } },
      { logicalId: 'Off', type: 'AWS::StepFunctions::StateMachine', properties: { LoggingConfiguration: { Level: 'OFF', Destinations: to('x') }, Definition: definition } },
      { logicalId: 'None', type: 'AWS::StepFunctions::StateMachine', properties: { LoggingConfiguration: { Destinations: to('x') }, Definition: definition } },
      {
        logicalId: 'Own',
        type: 'AWS::StepFunctions::StateMachine',
        properties: { LoggingConfiguration: { Level: 'FATAL', Destinations: to({ 'Fn::GetAtt': ['Logs', 'Arn'] }) }, Definition: definition },
      },
      ...serverlessStateMachines({ stateMachines: { plugin: { loggingConfig: { level: 'ALL', destinations: ['arn:aws:logs:us-east-1:1:log-group:y'] }, definition } } }),
    ];
    stepFunctionsTemplate.section(resources, reader);
    expect(said).toEqual([
      "logging (LoggingConfiguration, or SAM's Logging) of state machines Sam (ALL), Cfn (ERROR), plugin (ALL) sends the history of their executions to CloudWatch Logs, billed for the GB ingested and stored, which slcost does not price; the bill leaves them out",
    ]);
    expect(noted).toEqual([
      "state machine Own: its executions are logged (FATAL) to log group Logs of the template, priced as services.cloudwatch_logs' ingest_gb_per_month in the usage file gives it, which counts them",
    ]);
  });

  it("reads a log group of the template's written with !Sub, and says a Level Step Functions does not have, clipped, where it was a level of logging", () => {
    const said: string[] = [];
    const noted: string[] = [];
    const reader: SectionReader = { note: (message) => noted.push(message), notPriced: (message) => said.push(message), json: jsonData };
    const definition = { StartAt: 'X', States: { X: { Type: 'Pass', End: true } } };
    const machine = (logicalId: string, Level: unknown, arn: unknown = { 'Fn::GetAtt': ['Logs', 'Arn'] }) => ({
      logicalId,
      type: 'AWS::StepFunctions::StateMachine',
      properties: { LoggingConfiguration: { Level, Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: arn } }] }, Definition: definition },
    });
    stepFunctionsTemplate.section(
      [
        // As SAM's examples write a log group's ARN: said not priced, while the usage file's ingest for Logs priced it.
        machine('Sub', 'ALL', { 'Fn::Sub': 'arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:${Logs}:*' }),
        machine('Debug', 'Debug'),
        machine('Long', 'A'.repeat(5000)),
        machine('Number', 3),
        machine('Param', { Ref: 'Level' }),
      ],
      reader,
    );
    expect(said).toEqual([]);
    expect(noted).toEqual([
      "state machine Sub: its executions are logged (ALL) to log group Logs of the template, priced as services.cloudwatch_logs' ingest_gb_per_month in the usage file gives it, which counts them",
      `logging (LoggingConfiguration, or SAM's Logging) of state machines Debug ("Debug"), Long ("${'A'.repeat(40)}…"), Number (3): their Level is none of ALL, ERROR, FATAL and OFF, which Step Functions refuses; read as logging nothing`,
    ]);
  });
});
