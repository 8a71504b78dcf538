// A scenario file in, a model Scenario out: the schema checks each field, and
// the rules that tie fields together are checked here, each error pointing at
// the field to change.
import { InputError, inputErrors } from '../core/errors.js';
import { Decimal } from '../core/money.js';
import type { ApiGateway, PricedApi } from '../providers/aws/api-gateway/types.js';
import type { Containers, Scenario } from '../providers/aws/types.js';
import type { FargateFleet } from '../providers/aws/fargate/types.js';
import type { LambdaFunction, ProvisionedConcurrency } from '../providers/aws/lambda/types.js';
import type { LoadBalancer } from '../providers/aws/load-balancer/types.js';
import type { TrafficShape } from '../core/types.js';
import { validate } from '../schema/issues.js';
import { suggest } from '../suggest.js';
import { type ScenarioFile, scenarioSchemas } from '../schema/scenario.js';
import { type FieldPath, readYamlFile, type YamlFile } from './read-yaml.js';
import { DEFAULT_REGION } from './load-pricing.js';

export interface ScenarioOptions {
  /** The pricing versions that exist, to check a scenario's `pricing:` where it is written. */
  readonly pricingIds?: readonly string[];
}

export function loadScenario(file: string, options: ScenarioOptions = {}): Scenario {
  return scenarioFromYaml(readYamlFile(file), options);
}

export function scenarioFromYaml(source: YamlFile, options: ScenarioOptions = {}): Scenario {
  const parsed = validate(scenarioSchemas().scenario, source);
  const errors: InputError[] = [];
  const fail = (message: string, path: FieldPath) => errors.push(new InputError(message, source.locate(path)));
  if (parsed.pricing !== undefined) pricingIdCheck(parsed.pricing, options.pricingIds, fail);
  const scenario = toScenario(parsed, source.file, fail);
  if (errors.length) throw inputErrors(errors);
  return scenario;
}

export type Fail = (message: string, path: FieldPath) => void;

/** A `pricing:` that names no version is an error where it is written. */
export function pricingIdCheck(id: string, ids: readonly string[] | undefined, fail: Fail): void {
  if (!ids || ids.includes(id)) return;
  const hint = suggest(id, ids);
  fail(`unknown pricing version "${id}"${hint ? `; did you mean "${hint}"?` : ''} (available: ${ids.join(', ')})`, ['pricing']);
}

function toScenario(file: ScenarioFile, path: string, fail: Fail): Scenario {
  const trafficRequests = file.traffic?.requests_per_month;
  const seen = new Set<string>();
  const functions = file.lambda.functions.map((fn, index): LambdaFunction => {
    const at: FieldPath = ['lambda', 'functions', index];
    if (seen.has(fn.name)) fail(`duplicate function name "${fn.name}"`, [...at, 'name']);
    seen.add(fn.name);
    const requests = fn.requests_per_month ?? trafficRequests;
    if (requests === undefined) fail('needs requests_per_month, or traffic.requests_per_month for every function', at);
    const requestsPerMonth = new Decimal(requests ?? 0);
    return {
      name: fn.name,
      memoryMb: fn.memory_mb,
      durationMs: new Decimal(fn.duration_ms),
      architecture: fn.architecture,
      requestsPerMonth,
      ephemeralStorageMb: fn.ephemeral_storage_mb,
      provisioned: provisioned(fn.provisioned_concurrency, requestsPerMonth, [...at, 'provisioned_concurrency'], fail),
      reservedConcurrency: fn.reserved_concurrency ?? null,
      runtime: fn.runtime ?? null,
      packageMb: fn.package_mb ?? null,
      vpc: fn.vpc,
    };
  });

  return {
    name: file.name,
    file: path,
    pricingId: file.pricing ?? null,
    region: file.region ?? DEFAULT_REGION,
    freeTier: file.free_tier,
    traffic: trafficShape(file.traffic, fail),
    trafficRequests: trafficRequests === undefined ? null : new Decimal(trafficRequests),
    functions,
    apiGateways: pricedApis(apiGateway(file.api_gateway, trafficRequests, fail)),
    containers: containersOf(file.containers, trafficRequests, file.api_gateway?.type ?? 'none', fail),
    budget: budgetOf(file.budget, file.containers, fail),
    settings: {
      accountConcurrencyLimit: file.lambda.account_concurrency_limit,
      idleTimeoutMinutes: file.lambda.idle_timeout_minutes,
      costBombMultiple: file.lambda.cost_bomb_multiple,
      provisionedConcurrencyPercentile: file.lambda.provisioned_concurrency_percentile,
      throttleRps: file.api_gateway?.throttle ? new Decimal(file.api_gateway.throttle.rate_limit_rps) : null,
      warningsOff: Object.entries(file.warnings ?? {}).flatMap(([id, on]) => (on === false ? [id] : [])),
    },
  };
}

/** `monthly_usd: 50` is the serverless side's budget; a mapping gives one per platform. */
export function budgetOf(block: ScenarioFile['budget'], containers: ScenarioFile['containers'], fail: Fail): Scenario['budget'] {
  if (!block) return {};
  const usd = block.monthly_usd;
  if (typeof usd === 'number') return { serverless: new Decimal(usd) };
  for (const platform of ['ec2', 'fargate'] as const) {
    if (usd[platform] !== undefined && !containers?.[platform]) fail(`a budget for ${platform}, but containers has no ${platform} to price`, ['budget', 'monthly_usd', platform]);
  }
  return Object.fromEntries(Object.entries(usd).flatMap(([platform, value]) => (value === undefined ? [] : [[platform, new Decimal(value)]])));
}

// Fargate's CPU and memory pairs, https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html
const FARGATE_MEMORY_GB: ReadonlyArray<[vcpu: number, memoryGb: readonly number[]]> = [
  [0.25, [0.5, 1, 2]],
  [0.5, range(1, 4, 1)],
  [1, range(2, 8, 1)],
  [2, range(4, 16, 1)],
  [4, range(8, 30, 1)],
  [8, range(16, 60, 4)],
  [16, range(32, 120, 8)],
  [32, [60, 120, 244]],
];

function range(from: number, to: number, step: number): number[] {
  const values: number[] = [];
  for (let value = from; value <= to; value += step) values.push(value);
  return values;
}

export function containersOf(
  block: ScenarioFile['containers'],
  trafficRequests: number | undefined,
  apiType: string,
  fail: Fail,
): Containers | null {
  if (!block) return null;
  const at = (...rest: FieldPath): FieldPath => ['containers', ...rest];
  if (!block.ec2 && !block.fargate) fail('containers needs ec2, fargate or both', at());
  const requests = block.requests_per_month ?? trafficRequests;
  if (requests === undefined) fail('containers needs requests_per_month, or traffic.requests_per_month', at());

  const lb = block.load_balancer;
  const lbType = typeof lb === 'string' ? lb : (lb?.type ?? (apiType === 'none' ? 'none' : 'alb'));
  const loadBalancer: LoadBalancer =
    lbType === 'none'
      ? { type: 'none' }
      : {
          type: 'alb',
          newConnectionsPerRequest: new Decimal(typeof lb === 'object' ? lb.new_connections_per_request : 1),
          processedKbPerRequest: new Decimal(typeof lb === 'object' ? lb.processed_kb_per_request : 10),
        };

  let fargate: FargateFleet | null = null;
  if (block.fargate) {
    const f = block.fargate;
    const allowed = FARGATE_MEMORY_GB.find(([vcpu]) => vcpu === f.vcpu);
    if (!allowed) {
      fail(`Fargate offers ${FARGATE_MEMORY_GB.map(([vcpu]) => vcpu).join(', ')} vCPU, got ${f.vcpu}`, at('fargate', 'vcpu'));
    } else if (!allowed[1].includes(f.memory_gb)) {
      fail(`with ${f.vcpu} vCPU, Fargate offers ${allowed[1].join(', ')} GB of memory, got ${f.memory_gb}`, at('fargate', 'memory_gb'));
    }
    fargate = {
      vcpu: new Decimal(f.vcpu),
      memoryGb: new Decimal(f.memory_gb),
      architecture: f.architecture,
      requestsPerSecondPerTask: new Decimal(f.requests_per_second_per_task),
      minTasks: f.min_tasks,
      pricing: f.pricing,
      discountPct: f.discount_pct === undefined ? null : new Decimal(f.discount_pct),
      ephemeralStorageGb: f.ephemeral_storage_gb,
      publicIpv4: f.public_ipv4,
    };
  }
  const e = block.ec2;
  return {
    requestsPerMonth: new Decimal(requests ?? 0),
    autoscaling: block.autoscaling,
    loadBalancer,
    ec2: e
      ? {
          instanceType: e.instance_type,
          requestsPerSecondPerInstance: new Decimal(e.requests_per_second_per_instance),
          minInstances: e.min_instances,
          pricing: e.pricing,
          discountPct: e.discount_pct === undefined ? null : new Decimal(e.discount_pct),
          publicIpv4: e.public_ipv4,
        }
      : null,
    fargate,
  };
}

function provisioned(
  value: ScenarioFile['lambda']['functions'][number]['provisioned_concurrency'],
  functionRequests: Decimal,
  at: FieldPath,
  fail: Fail,
): ProvisionedConcurrency | null {
  if (value === undefined) return null;
  if (typeof value === 'number') return { count: value, hoursPerMonth: 730, requestsPerMonth: null, durationMs: null };
  const served = value.requests_per_month === undefined ? null : new Decimal(value.requests_per_month);
  if (served?.greaterThan(functionRequests)) {
    fail(`serves more invocations (${value.requests_per_month}) than the function has (${functionRequests.toFixed()})`, [...at, 'requests_per_month']);
  }
  return {
    count: value.count,
    hoursPerMonth: value.hours_per_month,
    requestsPerMonth: served,
    durationMs: value.duration_ms === undefined ? null : new Decimal(value.duration_ms),
  };
}

export function trafficShape(traffic: ScenarioFile['traffic'], fail: Fail): TrafficShape {
  if (!traffic) return { pattern: 'steady' };
  const at = (...rest: FieldPath): FieldPath => ['traffic', ...rest];
  for (const block of ['diurnal', 'spiky', 'custom'] as const) {
    if (traffic[block] !== undefined && traffic.pattern !== block) fail(`${block} settings are given but pattern is ${traffic.pattern}`, at(block));
  }
  switch (traffic.pattern) {
    case 'steady':
      return { pattern: 'steady' };
    case 'diurnal': {
      const busyHoursPerDay = traffic.diurnal?.busy_hours_per_day ?? 8;
      const peakToAverage = new Decimal(traffic.diurnal?.peak_to_average ?? 3);
      if (peakToAverage.times(busyHoursPerDay).greaterThan(24)) {
        fail(`busy_hours_per_day × peak_to_average must be at most 24 (a day holds 24 average hours), got ${busyHoursPerDay} × ${peakToAverage}`, at('diurnal'));
      }
      return { pattern: 'diurnal', busyHoursPerDay, peakToAverage };
    }
    case 'spiky':
      if (!traffic.spiky) {
        fail('pattern spiky needs spiky: { event_days, event_multiplier }', at('pattern'));
        return { pattern: 'steady' };
      }
      return { pattern: 'spiky', eventDays: traffic.spiky.event_days, eventMultiplier: new Decimal(traffic.spiky.event_multiplier) };
    case 'custom': {
      const weights = traffic.custom?.hourly_weights;
      if (!weights) {
        fail('pattern custom needs custom: { hourly_weights: [24 numbers] }', at('pattern'));
        return { pattern: 'steady' };
      }
      if (weights.every((weight) => weight === 0)) fail('hourly_weights are all zero', at('custom', 'hourly_weights'));
      return { pattern: 'custom', hourlyWeights: weights.map((weight) => new Decimal(weight)) };
    }
  }
}

export function pricedApis(api: ApiGateway): PricedApi[] {
  return api.type === 'none' ? [] : [api];
}

function apiGateway(api: ScenarioFile['api_gateway'], trafficRequests: number | undefined, fail: Fail): ApiGateway {
  if (!api || api.type === 'none') {
    if (api) {
      for (const key of Object.keys(api)) if (key !== 'type' && key !== 'free_tier') fail(`type is none, so ${key} has no effect; remove it`, ['api_gateway', key]);
    }
    return { type: 'none' };
  }
  const at = (key: string): FieldPath => ['api_gateway', key];
  const onlyFor = (key: keyof typeof api, types: readonly string[]) => {
    if (api[key] !== undefined && !types.includes(api.type)) fail(`${key} applies to ${types.join(' and ')} APIs, not ${api.type}`, at(key));
  };
  onlyFor('request_size_kb', ['http']);
  onlyFor('requests_per_month', ['rest', 'http']);
  onlyFor('messages_per_month', ['websocket']);
  onlyFor('message_size_kb', ['websocket']);
  onlyFor('connection_minutes_per_month', ['websocket']);

  if (api.type === 'websocket') {
    const messages = api.messages_per_month ?? trafficRequests;
    if (messages === undefined) fail('a websocket API needs messages_per_month (or traffic.requests_per_month)', ['api_gateway']);
    if (api.connection_minutes_per_month === undefined) fail('a websocket API needs connection_minutes_per_month', ['api_gateway']);
    return {
      type: 'websocket',
      messagesPerMonth: new Decimal(messages ?? 0),
      messageSizeKb: new Decimal(api.message_size_kb ?? 1),
      connectionMinutesPerMonth: new Decimal(api.connection_minutes_per_month ?? 0),
      freeTier: api.free_tier,
    };
  }
  const requests = api.requests_per_month ?? trafficRequests;
  if (requests === undefined) fail(`a ${api.type} API needs requests_per_month (or traffic.requests_per_month)`, ['api_gateway']);
  const requestsPerMonth = new Decimal(requests ?? 0);
  if (api.type === 'rest') return { type: 'rest', requestsPerMonth, freeTier: api.free_tier };
  return { type: 'http', requestsPerMonth, requestSizeKb: new Decimal(api.request_size_kb ?? 1), freeTier: api.free_tier };
}
