// AWS's priced services and the platforms made of them. Adding a service is
// its folder, a line in SERVICES and a section in the price tables; a scenario
// and a region's prices are the sum of the services' own parts.
import type { Platform, PricedService } from '../../core/service.js';
import type { WarningKind } from '../../schema/price-section.js';
import { apiGateway } from './api-gateway/index.js';
import { cloudwatchLogs, edgeLambdaLogs, lambdaLogs } from './cloudwatch-logs/index.js';
import { commitmentPrices } from './commitments.js';
import { containersScenario } from './containers.js';
import { dynamodb } from './dynamodb/index.js';
import { ec2 } from './ec2/index.js';
import { fargate } from './fargate/index.js';
import { edgeLambda, lambda } from './lambda/index.js';
import { loadBalancer } from './load-balancer/index.js';
import { eventBridge } from './eventbridge/index.js';
import { s3 } from './s3/index.js';
import { sns } from './sns/index.js';
import { sqs } from './sqs/index.js';
import { stepFunctions } from './step-functions/index.js';
import { kinesis } from './kinesis/index.js';
import { functionsNatGateway, natGateway } from './nat-gateway/index.js';
import { dataTransfer } from './data-transfer/index.js';
import type { RegionPrices, Scenario } from './types.js';

export const SERVICES = [
  lambda,
  apiGateway,
  lambdaLogs,
  ec2,
  fargate,
  loadBalancer,
  dynamodb,
  s3,
  sqs,
  sns,
  stepFunctions,
  eventBridge,
  kinesis,
  cloudwatchLogs,
  natGateway,
  dataTransfer,
] as const;

type Intersection<U> = (U extends unknown ? (part: U) => void : never) extends (part: infer I) => void ? I : never;
type UsageOf<T> = T extends PricedService<infer S, infer _P> ? S : never;
type PricesOf<T> = T extends PricedService<infer _S, infer P> ? P : never;
/** Every service's part of a scenario, together. */
export type ServicesUsage = Intersection<UsageOf<(typeof SERVICES)[number]>>;
/** Every service's section of a region's prices, together. */
export type ServicesPrices = Intersection<PricesOf<(typeof SERVICES)[number]>>;

/** The services every platform uses alike (a table, a queue), in SERVICES' order: priced on each. */
const SHARED: readonly PricedService<Scenario, RegionPrices>[] = SERVICES.filter((service) => service.shared);

/** A scenario's platforms, in the order they are shown: each its own services, then the shared ones. */
export const PLATFORMS: readonly Platform<Scenario, RegionPrices>[] = [
  { id: 'serverless', label: 'Serverless', services: [lambda, apiGateway, lambdaLogs, functionsNatGateway, ...SHARED], present: () => true },
  // A Lambda@Edge function has no container to run in at CloudFront's edge: it stays Lambda@Edge, with its logs, beside a fleet.
  { id: 'ec2', label: 'EC2', services: [ec2, loadBalancer, edgeLambda, edgeLambdaLogs, ...SHARED], present: (scenario) => Boolean(scenario.containers?.ec2) },
  { id: 'fargate', label: 'Fargate', services: [fargate, loadBalancer, edgeLambda, edgeLambdaLogs, ...SHARED], present: (scenario) => Boolean(scenario.containers?.fargate) },
];

/** A region's sections of the price table: each service's, and the commitment discounts EC2 and Fargate share. */
export const PRICE_SECTIONS = [...SERVICES.map((service) => service.prices), commitmentPrices] as const;

/** A scenario file's service sections: each service's own, and the containers block EC2, Fargate and the load balancer share. */
export const SCENARIO_SECTIONS = [...SERVICES.flatMap((service) => (service.usage ? [service.usage] : [])), containersScenario] as const;

/** The part of a scenario the `services:` block gives: the services around the functions. */
export type AroundUsage = Omit<ServicesUsage, 'functions' | 'apiGateways' | 'containers' | 'freeTier'>;

/** The `services:` block as a scenario without one has it: every service's usage empty. */
export function noServices(): AroundUsage {
  const context = { trafficRequests: undefined, file: {}, fail: () => {} };
  return Object.assign({}, ...SCENARIO_SECTIONS.filter((section) => section.group).map((section) => section.read(undefined as never, context))) as AroundUsage;
}

/** The ids of the services' warnings that tell one of `kinds`, in SERVICES' order. */
export function serviceWarnings(...kinds: readonly WarningKind[]): string[] {
  return SERVICES.flatMap((service) => Object.entries(service.warnings ?? {}).flatMap(([id, kind]) => (kinds.includes(kind) ? [id] : [])));
}
