// Written by src/schema/compile-validator.ts from src/schema/scenario.ts; do not edit.
// Regenerate with: UPDATE_SCHEMAS=1 npx vitest run test/schema
import type { ScenarioFile } from '../scenario.js';

const FAIL = Symbol();

/** The parsed file as zod gives it; undefined where zod is to say what is wrong (or to judge what this cannot). */
export function parseScenarioFile(input: unknown): ScenarioFile | undefined {
  const r = p0(input);
  return r === FAIL ? undefined : r;
}

function p0(v: any): any {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) return FAIL;
  for (const key in v) {
    if (v[key] === undefined) return FAIL;
    switch (key) {
      case 'name':
      case 'description':
      case 'pricing':
      case 'region':
      case 'free_tier':
      case 'traffic':
      case 'lambda':
      case 'api_gateway':
      case 'containers':
      case 'budget':
      case 'warnings':
        continue;
      default:
        return FAIL;
    }
  }
  const out: any = {};
  let r: any;
  if (!(typeof v.name === 'string' && v.name.length >= 1 && v.name.length <= 200)) return FAIL;
  out.name = v.name;
  if (v.description !== undefined) {
    if (!(typeof v.description === 'string')) return FAIL;
    out.description = v.description;
  }
  if (v.pricing !== undefined) {
    if (!(typeof v.pricing === 'string' && v.pricing.length >= 1)) return FAIL;
    out.pricing = v.pricing;
  }
  if (v.region === undefined) out.region = 'us-east-1';
  else {
    if (!(typeof v.region === 'string' && v.region.length >= 1)) return FAIL;
    out.region = v.region;
  }
  if (v.free_tier === undefined) out.free_tier = true;
  else {
    if (!(typeof v.free_tier === 'boolean')) return FAIL;
    out.free_tier = v.free_tier;
  }
  if (v.traffic !== undefined) {
    r = p1(v.traffic);
    if (r === FAIL) return FAIL;
    out.traffic = r;
  }
  r = p6(v.lambda);
  if (r === FAIL) return FAIL;
  out.lambda = r;
  if (v.api_gateway !== undefined) {
    r = p11(v.api_gateway);
    if (r === FAIL) return FAIL;
    out.api_gateway = r;
  }
  if (v.containers !== undefined) {
    r = p13(v.containers);
    if (r === FAIL) return FAIL;
    out.containers = r;
  }
  if (v.budget !== undefined) {
    r = p18(v.budget);
    if (r === FAIL) return FAIL;
    out.budget = r;
  }
  if (v.warnings !== undefined) {
    r = p21(v.warnings);
    if (r === FAIL) return FAIL;
    out.warnings = r;
  }
  return out;
}

function p1(v: any): any {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) return FAIL;
  for (const key in v) {
    if (v[key] === undefined) return FAIL;
    switch (key) {
      case 'requests_per_month':
      case 'pattern':
      case 'diurnal':
      case 'spiky':
      case 'custom':
        continue;
      default:
        return FAIL;
    }
  }
  const out: any = {};
  let r: any;
  if (v.requests_per_month !== undefined) {
    if (!(typeof v.requests_per_month === 'number' && Number.isFinite(v.requests_per_month) && v.requests_per_month >= 0 && v.requests_per_month <= 1000000000000000)) return FAIL;
    out.requests_per_month = v.requests_per_month;
  }
  if (v.pattern === undefined) out.pattern = 'steady';
  else {
    if (!(v.pattern === 'steady' || v.pattern === 'diurnal' || v.pattern === 'spiky' || v.pattern === 'custom')) return FAIL;
    out.pattern = v.pattern;
  }
  if (v.diurnal !== undefined) {
    r = p2(v.diurnal);
    if (r === FAIL) return FAIL;
    out.diurnal = r;
  }
  if (v.spiky !== undefined) {
    r = p3(v.spiky);
    if (r === FAIL) return FAIL;
    out.spiky = r;
  }
  if (v.custom !== undefined) {
    r = p4(v.custom);
    if (r === FAIL) return FAIL;
    out.custom = r;
  }
  return out;
}

function p2(v: any): any {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) return FAIL;
  for (const key in v) {
    if (v[key] === undefined) return FAIL;
    switch (key) {
      case 'busy_hours_per_day':
      case 'peak_to_average':
        continue;
      default:
        return FAIL;
    }
  }
  const out: any = {};
  if (v.busy_hours_per_day === undefined) out.busy_hours_per_day = 8;
  else {
    if (!(Number.isSafeInteger(v.busy_hours_per_day) && v.busy_hours_per_day >= 1 && v.busy_hours_per_day <= 23)) return FAIL;
    out.busy_hours_per_day = v.busy_hours_per_day;
  }
  if (v.peak_to_average === undefined) out.peak_to_average = 3;
  else {
    if (!(typeof v.peak_to_average === 'number' && Number.isFinite(v.peak_to_average) && v.peak_to_average >= 1 && v.peak_to_average <= 24)) return FAIL;
    out.peak_to_average = v.peak_to_average;
  }
  return out;
}

function p3(v: any): any {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) return FAIL;
  for (const key in v) {
    if (v[key] === undefined) return FAIL;
    switch (key) {
      case 'event_days':
      case 'event_multiplier':
        continue;
      default:
        return FAIL;
    }
  }
  const out: any = {};
  if (!(Number.isSafeInteger(v.event_days) && v.event_days >= 1 && v.event_days <= 30)) return FAIL;
  out.event_days = v.event_days;
  if (!(typeof v.event_multiplier === 'number' && Number.isFinite(v.event_multiplier) && v.event_multiplier >= 1 && v.event_multiplier <= 1000000)) return FAIL;
  out.event_multiplier = v.event_multiplier;
  return out;
}

function p4(v: any): any {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) return FAIL;
  for (const key in v) {
    if (v[key] === undefined) return FAIL;
    switch (key) {
      case 'hourly_weights':
        continue;
      default:
        return FAIL;
    }
  }
  const out: any = {};
  let r: any;
  r = p5(v.hourly_weights);
  if (r === FAIL) return FAIL;
  out.hourly_weights = r;
  return out;
}

function p5(v: any): any {
  if (!Array.isArray(v) || !(v.length === 24)) return FAIL;
  const out = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    if (!(typeof v[i] === 'number' && Number.isFinite(v[i]) && v[i] >= 0 && v[i] <= 1000000000)) return FAIL;
    out[i] = v[i];
  }
  return out;
}

function p6(v: any): any {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) return FAIL;
  for (const key in v) {
    if (v[key] === undefined) return FAIL;
    switch (key) {
      case 'functions':
      case 'account_concurrency_limit':
      case 'idle_timeout_minutes':
      case 'cost_bomb_multiple':
      case 'provisioned_concurrency_percentile':
        continue;
      default:
        return FAIL;
    }
  }
  const out: any = {};
  let r: any;
  r = p7(v.functions);
  if (r === FAIL) return FAIL;
  out.functions = r;
  if (v.account_concurrency_limit === undefined) out.account_concurrency_limit = 1000;
  else {
    if (!(Number.isSafeInteger(v.account_concurrency_limit) && v.account_concurrency_limit >= 1 && v.account_concurrency_limit <= 10000000)) return FAIL;
    out.account_concurrency_limit = v.account_concurrency_limit;
  }
  if (v.idle_timeout_minutes === undefined) out.idle_timeout_minutes = 10;
  else {
    if (!(typeof v.idle_timeout_minutes === 'number' && Number.isFinite(v.idle_timeout_minutes) && v.idle_timeout_minutes > 0 && v.idle_timeout_minutes <= 1440)) return FAIL;
    out.idle_timeout_minutes = v.idle_timeout_minutes;
  }
  if (v.cost_bomb_multiple === undefined) out.cost_bomb_multiple = 10;
  else {
    if (!(typeof v.cost_bomb_multiple === 'number' && Number.isFinite(v.cost_bomb_multiple) && v.cost_bomb_multiple > 1 && v.cost_bomb_multiple <= 1000000)) return FAIL;
    out.cost_bomb_multiple = v.cost_bomb_multiple;
  }
  if (v.provisioned_concurrency_percentile === undefined) out.provisioned_concurrency_percentile = 100;
  else {
    if (!(typeof v.provisioned_concurrency_percentile === 'number' && Number.isFinite(v.provisioned_concurrency_percentile) && v.provisioned_concurrency_percentile >= 50 && v.provisioned_concurrency_percentile <= 100)) return FAIL;
    out.provisioned_concurrency_percentile = v.provisioned_concurrency_percentile;
  }
  return out;
}

function p7(v: any): any {
  if (!Array.isArray(v) || !(v.length >= 1) || !(v.length <= 1000)) return FAIL;
  const out = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const r = p8(v[i]);
    if (r === FAIL) return FAIL;
    out[i] = r;
  }
  return out;
}

function p8(v: any): any {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) return FAIL;
  for (const key in v) {
    if (v[key] === undefined) return FAIL;
    switch (key) {
      case 'name':
      case 'memory_mb':
      case 'duration_ms':
      case 'architecture':
      case 'requests_per_month':
      case 'ephemeral_storage_mb':
      case 'provisioned_concurrency':
      case 'reserved_concurrency':
      case 'runtime':
      case 'package_mb':
      case 'vpc':
        continue;
      default:
        return FAIL;
    }
  }
  const out: any = {};
  let r: any;
  if (!(typeof v.name === 'string' && v.name.length >= 1 && v.name.length <= 140)) return FAIL;
  out.name = v.name;
  if (!(Number.isSafeInteger(v.memory_mb) && v.memory_mb >= 128 && v.memory_mb <= 10240)) return FAIL;
  out.memory_mb = v.memory_mb;
  if (!(typeof v.duration_ms === 'number' && Number.isFinite(v.duration_ms) && v.duration_ms > 0 && v.duration_ms <= 900000)) return FAIL;
  out.duration_ms = v.duration_ms;
  if (v.architecture === undefined) out.architecture = 'x86_64';
  else {
    if (!(v.architecture === 'x86_64' || v.architecture === 'arm64')) return FAIL;
    out.architecture = v.architecture;
  }
  if (v.requests_per_month !== undefined) {
    if (!(typeof v.requests_per_month === 'number' && Number.isFinite(v.requests_per_month) && v.requests_per_month >= 0 && v.requests_per_month <= 1000000000000000)) return FAIL;
    out.requests_per_month = v.requests_per_month;
  }
  if (v.ephemeral_storage_mb === undefined) out.ephemeral_storage_mb = 512;
  else {
    if (!(Number.isSafeInteger(v.ephemeral_storage_mb) && v.ephemeral_storage_mb >= 512 && v.ephemeral_storage_mb <= 10240)) return FAIL;
    out.ephemeral_storage_mb = v.ephemeral_storage_mb;
  }
  if (v.provisioned_concurrency !== undefined) {
    r = p9(v.provisioned_concurrency);
    if (r === FAIL) return FAIL;
    out.provisioned_concurrency = r;
  }
  if (v.reserved_concurrency !== undefined) {
    if (!(Number.isSafeInteger(v.reserved_concurrency) && v.reserved_concurrency >= 0 && v.reserved_concurrency <= 100000)) return FAIL;
    out.reserved_concurrency = v.reserved_concurrency;
  }
  if (v.runtime !== undefined) {
    if (!(v.runtime === 'nodejs' || v.runtime === 'python' || v.runtime === 'go' || v.runtime === 'rust' || v.runtime === 'java' || v.runtime === 'java_snapstart' || v.runtime === 'dotnet_aot')) return FAIL;
    out.runtime = v.runtime;
  }
  if (v.package_mb !== undefined) {
    if (!(typeof v.package_mb === 'number' && Number.isFinite(v.package_mb) && v.package_mb >= 0 && v.package_mb <= 10240)) return FAIL;
    out.package_mb = v.package_mb;
  }
  if (v.vpc === undefined) out.vpc = false;
  else {
    if (!(typeof v.vpc === 'boolean')) return FAIL;
    out.vpc = v.vpc;
  }
  return out;
}

function p9(v: any): any {
  if (Number.isSafeInteger(v) && v >= 0 && v <= 100000) return v;
  { const r = p10(v); if (r !== FAIL) return r; }
  return FAIL;
}

function p10(v: any): any {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) return FAIL;
  for (const key in v) {
    if (v[key] === undefined) return FAIL;
    switch (key) {
      case 'count':
      case 'hours_per_month':
      case 'requests_per_month':
      case 'duration_ms':
        continue;
      default:
        return FAIL;
    }
  }
  const out: any = {};
  if (!(Number.isSafeInteger(v.count) && v.count >= 0 && v.count <= 100000)) return FAIL;
  out.count = v.count;
  if (v.hours_per_month === undefined) out.hours_per_month = 730;
  else {
    if (!(Number.isSafeInteger(v.hours_per_month) && v.hours_per_month >= 0 && v.hours_per_month <= 730)) return FAIL;
    out.hours_per_month = v.hours_per_month;
  }
  if (v.requests_per_month !== undefined) {
    if (!(typeof v.requests_per_month === 'number' && Number.isFinite(v.requests_per_month) && v.requests_per_month >= 0 && v.requests_per_month <= 1000000000000000)) return FAIL;
    out.requests_per_month = v.requests_per_month;
  }
  if (v.duration_ms !== undefined) {
    if (!(typeof v.duration_ms === 'number' && Number.isFinite(v.duration_ms) && v.duration_ms > 0 && v.duration_ms <= 900000)) return FAIL;
    out.duration_ms = v.duration_ms;
  }
  return out;
}

function p11(v: any): any {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) return FAIL;
  for (const key in v) {
    if (v[key] === undefined) return FAIL;
    switch (key) {
      case 'type':
      case 'requests_per_month':
      case 'request_size_kb':
      case 'messages_per_month':
      case 'message_size_kb':
      case 'connection_minutes_per_month':
      case 'free_tier':
      case 'throttle':
        continue;
      default:
        return FAIL;
    }
  }
  const out: any = {};
  let r: any;
  if (!(v.type === 'none' || v.type === 'rest' || v.type === 'http' || v.type === 'websocket')) return FAIL;
  out.type = v.type;
  if (v.requests_per_month !== undefined) {
    if (!(typeof v.requests_per_month === 'number' && Number.isFinite(v.requests_per_month) && v.requests_per_month >= 0 && v.requests_per_month <= 1000000000000000)) return FAIL;
    out.requests_per_month = v.requests_per_month;
  }
  if (v.request_size_kb !== undefined) {
    if (!(typeof v.request_size_kb === 'number' && Number.isFinite(v.request_size_kb) && v.request_size_kb > 0 && v.request_size_kb <= 10485760)) return FAIL;
    out.request_size_kb = v.request_size_kb;
  }
  if (v.messages_per_month !== undefined) {
    if (!(typeof v.messages_per_month === 'number' && Number.isFinite(v.messages_per_month) && v.messages_per_month >= 0 && v.messages_per_month <= 1000000000000000)) return FAIL;
    out.messages_per_month = v.messages_per_month;
  }
  if (v.message_size_kb !== undefined) {
    if (!(typeof v.message_size_kb === 'number' && Number.isFinite(v.message_size_kb) && v.message_size_kb > 0 && v.message_size_kb <= 128)) return FAIL;
    out.message_size_kb = v.message_size_kb;
  }
  if (v.connection_minutes_per_month !== undefined) {
    if (!(typeof v.connection_minutes_per_month === 'number' && Number.isFinite(v.connection_minutes_per_month) && v.connection_minutes_per_month >= 0 && v.connection_minutes_per_month <= 1000000000000000)) return FAIL;
    out.connection_minutes_per_month = v.connection_minutes_per_month;
  }
  if (v.free_tier === undefined) out.free_tier = false;
  else {
    if (!(typeof v.free_tier === 'boolean')) return FAIL;
    out.free_tier = v.free_tier;
  }
  if (v.throttle !== undefined) {
    r = p12(v.throttle);
    if (r === FAIL) return FAIL;
    out.throttle = r;
  }
  return out;
}

function p12(v: any): any {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) return FAIL;
  for (const key in v) {
    if (v[key] === undefined) return FAIL;
    switch (key) {
      case 'rate_limit_rps':
      case 'burst_limit':
        continue;
      default:
        return FAIL;
    }
  }
  const out: any = {};
  if (!(typeof v.rate_limit_rps === 'number' && Number.isFinite(v.rate_limit_rps) && v.rate_limit_rps > 0 && v.rate_limit_rps <= 10000000)) return FAIL;
  out.rate_limit_rps = v.rate_limit_rps;
  if (v.burst_limit !== undefined) {
    if (!(Number.isSafeInteger(v.burst_limit) && v.burst_limit >= 0 && v.burst_limit <= 10000000)) return FAIL;
    out.burst_limit = v.burst_limit;
  }
  return out;
}

function p13(v: any): any {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) return FAIL;
  for (const key in v) {
    if (v[key] === undefined) return FAIL;
    switch (key) {
      case 'requests_per_month':
      case 'autoscaling':
      case 'load_balancer':
      case 'ec2':
      case 'fargate':
        continue;
      default:
        return FAIL;
    }
  }
  const out: any = {};
  let r: any;
  if (v.requests_per_month !== undefined) {
    if (!(typeof v.requests_per_month === 'number' && Number.isFinite(v.requests_per_month) && v.requests_per_month >= 0 && v.requests_per_month <= 1000000000000000)) return FAIL;
    out.requests_per_month = v.requests_per_month;
  }
  if (v.autoscaling === undefined) out.autoscaling = true;
  else {
    if (!(typeof v.autoscaling === 'boolean')) return FAIL;
    out.autoscaling = v.autoscaling;
  }
  if (v.load_balancer !== undefined) {
    r = p14(v.load_balancer);
    if (r === FAIL) return FAIL;
    out.load_balancer = r;
  }
  if (v.ec2 !== undefined) {
    r = p16(v.ec2);
    if (r === FAIL) return FAIL;
    out.ec2 = r;
  }
  if (v.fargate !== undefined) {
    r = p17(v.fargate);
    if (r === FAIL) return FAIL;
    out.fargate = r;
  }
  return out;
}

function p14(v: any): any {
  if (v === 'alb' || v === 'none') return v;
  { const r = p15(v); if (r !== FAIL) return r; }
  return FAIL;
}

function p15(v: any): any {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) return FAIL;
  for (const key in v) {
    if (v[key] === undefined) return FAIL;
    switch (key) {
      case 'type':
      case 'new_connections_per_request':
      case 'processed_kb_per_request':
        continue;
      default:
        return FAIL;
    }
  }
  const out: any = {};
  if (!(v.type === 'alb' || v.type === 'none')) return FAIL;
  out.type = v.type;
  if (v.new_connections_per_request === undefined) out.new_connections_per_request = 1;
  else {
    if (!(typeof v.new_connections_per_request === 'number' && Number.isFinite(v.new_connections_per_request) && v.new_connections_per_request >= 0 && v.new_connections_per_request <= 1)) return FAIL;
    out.new_connections_per_request = v.new_connections_per_request;
  }
  if (v.processed_kb_per_request === undefined) out.processed_kb_per_request = 10;
  else {
    if (!(typeof v.processed_kb_per_request === 'number' && Number.isFinite(v.processed_kb_per_request) && v.processed_kb_per_request >= 0 && v.processed_kb_per_request <= 10485760)) return FAIL;
    out.processed_kb_per_request = v.processed_kb_per_request;
  }
  return out;
}

function p16(v: any): any {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) return FAIL;
  for (const key in v) {
    if (v[key] === undefined) return FAIL;
    switch (key) {
      case 'instance_type':
      case 'requests_per_second_per_instance':
      case 'min_instances':
      case 'pricing':
      case 'discount_pct':
      case 'public_ipv4':
        continue;
      default:
        return FAIL;
    }
  }
  const out: any = {};
  if (!(typeof v.instance_type === 'string' && v.instance_type.length >= 1)) return FAIL;
  out.instance_type = v.instance_type;
  if (!(typeof v.requests_per_second_per_instance === 'number' && Number.isFinite(v.requests_per_second_per_instance) && v.requests_per_second_per_instance > 0 && v.requests_per_second_per_instance <= 10000000)) return FAIL;
  out.requests_per_second_per_instance = v.requests_per_second_per_instance;
  if (v.min_instances === undefined) out.min_instances = 1;
  else {
    if (!(Number.isSafeInteger(v.min_instances) && v.min_instances >= 0 && v.min_instances <= 100000)) return FAIL;
    out.min_instances = v.min_instances;
  }
  if (v.pricing === undefined) out.pricing = 'on_demand';
  else {
    if (!(v.pricing === 'on_demand' || v.pricing === 'savings_plan_1yr' || v.pricing === 'savings_plan_3yr')) return FAIL;
    out.pricing = v.pricing;
  }
  if (v.discount_pct !== undefined) {
    if (!(typeof v.discount_pct === 'number' && Number.isFinite(v.discount_pct) && v.discount_pct >= 0 && v.discount_pct < 100)) return FAIL;
    out.discount_pct = v.discount_pct;
  }
  if (v.public_ipv4 === undefined) out.public_ipv4 = false;
  else {
    if (!(typeof v.public_ipv4 === 'boolean')) return FAIL;
    out.public_ipv4 = v.public_ipv4;
  }
  return out;
}

function p17(v: any): any {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) return FAIL;
  for (const key in v) {
    if (v[key] === undefined) return FAIL;
    switch (key) {
      case 'vcpu':
      case 'memory_gb':
      case 'architecture':
      case 'requests_per_second_per_task':
      case 'min_tasks':
      case 'pricing':
      case 'discount_pct':
      case 'ephemeral_storage_gb':
      case 'public_ipv4':
        continue;
      default:
        return FAIL;
    }
  }
  const out: any = {};
  if (!(typeof v.vcpu === 'number' && Number.isFinite(v.vcpu) && v.vcpu > 0 && v.vcpu <= 32)) return FAIL;
  out.vcpu = v.vcpu;
  if (!(typeof v.memory_gb === 'number' && Number.isFinite(v.memory_gb) && v.memory_gb > 0 && v.memory_gb <= 244)) return FAIL;
  out.memory_gb = v.memory_gb;
  if (v.architecture === undefined) out.architecture = 'x86_64';
  else {
    if (!(v.architecture === 'x86_64' || v.architecture === 'arm64')) return FAIL;
    out.architecture = v.architecture;
  }
  if (!(typeof v.requests_per_second_per_task === 'number' && Number.isFinite(v.requests_per_second_per_task) && v.requests_per_second_per_task > 0 && v.requests_per_second_per_task <= 10000000)) return FAIL;
  out.requests_per_second_per_task = v.requests_per_second_per_task;
  if (v.min_tasks === undefined) out.min_tasks = 1;
  else {
    if (!(Number.isSafeInteger(v.min_tasks) && v.min_tasks >= 0 && v.min_tasks <= 100000)) return FAIL;
    out.min_tasks = v.min_tasks;
  }
  if (v.pricing === undefined) out.pricing = 'on_demand';
  else {
    if (!(v.pricing === 'on_demand' || v.pricing === 'savings_plan_1yr' || v.pricing === 'savings_plan_3yr' || v.pricing === 'spot')) return FAIL;
    out.pricing = v.pricing;
  }
  if (v.discount_pct !== undefined) {
    if (!(typeof v.discount_pct === 'number' && Number.isFinite(v.discount_pct) && v.discount_pct >= 0 && v.discount_pct < 100)) return FAIL;
    out.discount_pct = v.discount_pct;
  }
  if (v.ephemeral_storage_gb === undefined) out.ephemeral_storage_gb = 20;
  else {
    if (!(Number.isSafeInteger(v.ephemeral_storage_gb) && v.ephemeral_storage_gb >= 20 && v.ephemeral_storage_gb <= 200)) return FAIL;
    out.ephemeral_storage_gb = v.ephemeral_storage_gb;
  }
  if (v.public_ipv4 === undefined) out.public_ipv4 = false;
  else {
    if (!(typeof v.public_ipv4 === 'boolean')) return FAIL;
    out.public_ipv4 = v.public_ipv4;
  }
  return out;
}

function p18(v: any): any {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) return FAIL;
  for (const key in v) {
    if (v[key] === undefined) return FAIL;
    switch (key) {
      case 'monthly_usd':
        continue;
      default:
        return FAIL;
    }
  }
  const out: any = {};
  let r: any;
  r = p19(v.monthly_usd);
  if (r === FAIL) return FAIL;
  out.monthly_usd = r;
  return out;
}

function p19(v: any): any {
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1000000000000 && /^-?\d+(\.\d{1,2})?$/.test(String(v))) return v;
  { const r = p20(v); if (r !== FAIL) return r; }
  return FAIL;
}

function p20(v: any): any {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) return FAIL;
  for (const key in v) {
    if (v[key] === undefined) return FAIL;
    switch (key) {
      case 'serverless':
      case 'ec2':
      case 'fargate':
        continue;
      default:
        return FAIL;
    }
  }
  const out: any = {};
  if (v.serverless !== undefined) {
    if (!(typeof v.serverless === 'number' && Number.isFinite(v.serverless) && v.serverless >= 0 && v.serverless <= 1000000000000 && /^-?\d+(\.\d{1,2})?$/.test(String(v.serverless)))) return FAIL;
    out.serverless = v.serverless;
  }
  if (v.ec2 !== undefined) {
    if (!(typeof v.ec2 === 'number' && Number.isFinite(v.ec2) && v.ec2 >= 0 && v.ec2 <= 1000000000000 && /^-?\d+(\.\d{1,2})?$/.test(String(v.ec2)))) return FAIL;
    out.ec2 = v.ec2;
  }
  if (v.fargate !== undefined) {
    if (!(typeof v.fargate === 'number' && Number.isFinite(v.fargate) && v.fargate >= 0 && v.fargate <= 1000000000000 && /^-?\d+(\.\d{1,2})?$/.test(String(v.fargate)))) return FAIL;
    out.fargate = v.fargate;
  }
  return out;
}

function p21(v: any): any {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) return FAIL;
  for (const key in v) {
    if (v[key] === undefined) return FAIL;
    switch (key) {
      case 'concurrency_limit':
      case 'reserved_concurrency':
      case 'cost_bomb':
      case 'cold_start_share':
      case 'execution_time_limit':
      case 'payload_limit':
      case 'free_tier_with_provisioned_concurrency':
        continue;
      default:
        return FAIL;
    }
  }
  const out: any = {};
  if (v.concurrency_limit !== undefined) {
    if (!(typeof v.concurrency_limit === 'boolean')) return FAIL;
    out.concurrency_limit = v.concurrency_limit;
  }
  if (v.reserved_concurrency !== undefined) {
    if (!(typeof v.reserved_concurrency === 'boolean')) return FAIL;
    out.reserved_concurrency = v.reserved_concurrency;
  }
  if (v.cost_bomb !== undefined) {
    if (!(typeof v.cost_bomb === 'boolean')) return FAIL;
    out.cost_bomb = v.cost_bomb;
  }
  if (v.cold_start_share !== undefined) {
    if (!(typeof v.cold_start_share === 'boolean')) return FAIL;
    out.cold_start_share = v.cold_start_share;
  }
  if (v.execution_time_limit !== undefined) {
    if (!(typeof v.execution_time_limit === 'boolean')) return FAIL;
    out.execution_time_limit = v.execution_time_limit;
  }
  if (v.payload_limit !== undefined) {
    if (!(typeof v.payload_limit === 'boolean')) return FAIL;
    out.payload_limit = v.payload_limit;
  }
  if (v.free_tier_with_provisioned_concurrency !== undefined) {
    if (!(typeof v.free_tier_with_provisioned_concurrency === 'boolean')) return FAIL;
    out.free_tier_with_provisioned_concurrency = v.free_tier_with_provisioned_concurrency;
  }
  return out;
}
