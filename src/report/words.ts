// The engine refers to what a person can change by name only (see
// core/refer.ts): a command-line option, a scenario setting. These are the
// words a person reads for them, written once, at the edge.
import { formatError, InputErrors, PricingError, type SlcostError } from '../core/errors.js';
import { REFERENCE } from '../core/refer.js';
import { terminalText } from './escape.js';
import type { Estimate } from '../providers/aws/types.js';
import type { OptionWords } from './run.js';
const OPTIONS: Readonly<Record<string, string>> = {
  pricing: '--pricing',
  'no-free-tier': '--no-free-tier',
  'breakeven-range': 'slcost breakeven --from --to',
  'tune-function': 'slcost tune --function NAME',
  compare: '--compare',
};

const SETTINGS: Readonly<Record<string, string>> = {
  throttle: 'api_gateway.throttle.rate_limit_rps',
  'throttle-usage': 'api_gateway.throttle.rate_limit_rps in the usage file',
  'reserved-concurrency': 'lambda.functions[].reserved_concurrency',
  'reserved-concurrency-serverless': 'reservedConcurrency in serverless.yml',
  'reserved-concurrency-sam': 'ReservedConcurrentExecutions in the template',
  'account-concurrency-limit': 'lambda.account_concurrency_limit',
  'stream-shards': 'lambda.functions[].stream.shards',
  'stream-shards-usage': 'functions.<name>.stream.shards in the usage file',
  discount: 'discount_pct',
  'no-load-balancer': 'containers.load_balancer: none',
  'budget-percentile': 'budget.percentile',
  duration: 'duration_ms',
  'cpu-ms': 'lambda.functions[].cpu_ms',
  'memory-used-mb': 'lambda.functions[].memory_used_mb',
  'concurrency-per-instance': 'lambda.functions[].concurrency_per_instance',
  'init-duration-ms': 'lambda.functions[].init_duration_ms',
  'init-duration-ms-usage': 'functions.<name>.init_duration_ms in the usage file',
  'cpu-ms-usage': 'functions.<name>.cpu_ms in the usage file',
  'memory-used-mb-usage': 'functions.<name>.memory_used_mb in the usage file',
  'concurrency-per-instance-usage': 'functions.<name>.concurrency_per_instance in the usage file',
  'logs-retention-days': 'logs.retention_days',
  'logs-stored-gb': 'logs.stored_gb',
  'logs-system-log-level-warn': 'logs.system_log_level: warn',
  'logs-app-bytes': 'logs.app_bytes_per_invocation',
  'logs-log-class-infrequent': 'logs.log_class: infrequent_access',
  'compare-providers': 'compare.providers',
  'compare-gcp-region': 'compare.gcp.region',
  'compare-azure-region': 'compare.azure.region',
  'compare-azure-plan': 'compare.azure.plan',
  'compare-azure-instance-memory': 'compare.azure.instance_memory_mb',
};

/**
 * `text` with every reference to an option or a setting in words, an option in the run's own `words` where it gives
 * one; an unknown one as its bare name, and a test holds the engine to the known ones.
 */
export function inWords(text: string, words: OptionWords = {}): string {
  if (!text.includes('\uE000')) return text;
  return text.replace(REFERENCE, (_reference, kind: string, name: string) =>
    kind === 'option' ? (Object.hasOwn(words, name) ? words[name]! : (OPTIONS[name] ?? name)) : (SETTINGS[name] ?? name),
  );
}

/** Every name the engine may refer to, by kind: for the test that holds the engine's references to this table. */
export const REFERENCES = { option: Object.keys(OPTIONS), setting: Object.keys(SETTINGS) } as const;

/** An error as it is printed: where, what, and any option or setting in words; each error on a line of its own, whatever its text holds. */
export function describeError(error: SlcostError, words: OptionWords = {}): string {
  if (error instanceof InputErrors) return error.errors.map((each) => describeError(each, words)).join('\n');
  // Each line escaped on its own, so that a line break inside a name cannot start a line of its own.
  if (error instanceof PricingError && error.details.length)
    return [formatError(error), ...error.details.map((detail) => `  - ${detail}`)].map((line) => terminalText(inWords(line, words))).join('\n');
  return terminalText(inWords(formatError(error), words));
}

/** `estimate` with its warnings in words, as every renderer shows them. */
export function withWords(estimate: Estimate): Estimate {
  return estimate.warnings.some((warning) => warning.message.includes('\uE000'))
    ? { ...estimate, warnings: estimate.warnings.map((warning) => ({ ...warning, message: inWords(warning.message) })) }
    : estimate;
}
