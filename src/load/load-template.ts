// A serverless.yml or SAM template and its usage file in, a model Scenario out:
// the template gives the functions and the resources the services around them
// read (template-services.ts), the usage file what it cannot (requests,
// durations, messages), and the scenario-level settings in the same words as
// a scenario file.
import { clipped, InputError, inputErrors, quotedKey } from '../core/errors.js';
import { Decimal, sum } from '../core/money.js';
import { DEFAULT_LAMBDA_SETTINGS } from '../providers/aws/lambda/settings.js';
import {
  edgeLimits,
  edgeProblems,
  type EdgeProblem,
  runtimeFamily,
  isCustomRuntime,
  edgeTriggerWords,
  MAX_PARALLELIZATION_FACTOR,
  streamCap,
} from '../providers/aws/lambda/index.js';
import type { EdgeEvent, LambdaFunction } from '../providers/aws/lambda/types.js';
import type { PricedApi } from '../providers/aws/api-gateway/types.js';
import type { PriceBook, Scenario } from '../providers/aws/types.js';
import type { CompareRequest } from '../providers/aws/compare-request.js';
import type { Warning } from '../core/types.js';
import { validate } from '../schema/issues.js';
import { type UsageFile, usageSchema } from '../schema/usage.js';
import { DEFAULT_REGION } from './load-pricing.js';
import { containersOf } from '../providers/aws/containers.js';
import { refuseRanges } from './ranges.js';
import { budgetOf, growthOf, checkBudgets, checkGrowth, compareAt, type PricedFunctionField, pricedNamesCheck, pricingIdCheck, trafficShape } from './load-scenario.js';
import { readCompare } from '../schema/compare.js';
import { parseTemplate, type TemplateFile, type TemplateKind } from './read-template.js';
import { type FieldPath, readYamlFile, type YamlFile } from './read-yaml.js';
import {
  deployIn,
  limitPath,
  notesOfKind,
  readTemplateFunctions,
  type TemplateApi,
  type OtherName,
  type TemplateFunction,
  type TemplateInfo,
  templateFigures,
} from './template-functions.js';
import type { Stream } from '../providers/aws/kinesis/types.js';
import { runsAMonth } from './schedule-runs.js';
import { addToUsage, readTemplateServices } from './template-services.js';
import { scaledCapacityNotes, unpricedResources } from './template-resources.js';
import { listNames, listParts, lookalikeOf, nameKey } from '../core/names.js';
import { formatCount, numberInWords } from '../core/numbers.js';
import { mergeUsageFunctionLogs, templateFunctionLogs } from '../providers/aws/cloudwatch-logs/index.js';

export interface TemplateOptions {
  readonly usageFile: string | null;
  readonly pricingIds?: readonly string[];
  /** The price book the scenario will be priced with, to check its region and instance type where they are written. */
  readonly priceBook?: (pricingId: string | null) => PriceBook;
  /**
   * Given, a usage entry for a function the template lacks is handed here, not refused: one usage file serves both
   * versions of a template in a diff, and names the functions that only one of them has.
   */
  readonly onFunctionNotInTemplate?: (name: string, error: InputError, given: string) => void;
}

/** A template without functions is refused, for the estimate and for the usage file it would need alike. */
export function refuseNoFunctions(template: TemplateFile, info: TemplateInfo): void {
  if (info.functions.length) return;
  // A serverless.yml whose functions: the reader could not read (${file(…)}, another file) says so, at that line.
  // A SAM template's functions may be a transform's to add (a macro, AWS::Include, Fn::ForEach), which it says the same way.
  const unread = info.assumptions.filter((note) => (template.kind === 'serverless' ? /^functions\b/ : /^(?:Transform:|Resources\.Fn::(?:Transform|ForEach))/).test(note));
  // Said at the block the functions would be in, where the file has one (it named no line); a list there is no block of them.
  const key = template.kind === 'sam' ? 'Resources' : 'functions';
  const data = template.data;
  const block = typeof data === 'object' && data !== null && !Array.isArray(data) && Object.hasOwn(data, key) ? (data as Record<string, unknown>)[key] : undefined;
  const list = Array.isArray(block) && template.kind === 'sam' ? `; its Resources is a list, where CloudFormation takes a mapping of logical ids` : '';
  throw new InputError(
    `has no Lambda functions to price (${template.kind === 'sam' ? 'AWS::Serverless::Function or AWS::Lambda::Function resources' : 'functions'})${unread.length ? `: ${unread.join('; ')}` : list}`,
    block !== undefined ? template.locate([key]) : { file: template.file },
  );
}

/** The resources a template has that cost money of their own and that slcost does not price, in a sentence. */
export function unpricedWords(unpriced: readonly { logicalId: string; type: string }[]): string {
  const named = listParts(
    unpriced.map(({ logicalId, type }) => `${clipped(logicalId)} (${type})`),
    ', ',
  );
  return `${unpriced.length === 1 ? 'a resource that costs' : 'resources that cost'} money of ${unpriced.length === 1 ? 'its' : 'their'} own and that slcost does not price: ${named}; the bill leaves ${unpriced.length === 1 ? 'it' : 'them'} out`;
}

/** A function's schedules as a sentence names them: `its schedule (rate(1 minute))`, each cut short. */
function scheduleWords(expressions: readonly string[]): string {
  return `its schedule${expressions.length > 1 ? 's' : ''} (${listParts(
    expressions.map((each) => clipped(each)),
    ', ',
  )})`;
}

export function loadTemplateScenario(file: string, text: string, kind: TemplateKind, options: TemplateOptions): Scenario {
  let template = parseTemplate(file, text, kind);
  const usageSource: YamlFile | null = options.usageFile ? readYamlFile(options.usageFile) : null;
  const usage: UsageFile = usageSource ? validate(usageSchema(), usageSource) : { free_tier: true };
  if (usageSource) {
    const refused: InputError[] = [];
    refuseRanges(usage, (message, path) => refused.push(new InputError(message, usageSource.locate(path))));
    if (refused.length) throw inputErrors(refused);
  }
  // The template's AWS::Region is the region it is priced in: the usage file's, known before the functions are read.
  if (usage.region !== undefined && usage.region !== DEFAULT_REGION) deployIn(template, usage.region);
  let info = readTemplateFunctions(template);
  refuseNoFunctions(template, info);
  // Else a serverless.yml's provider.region, known only once it is read: read again in it, from a file parsed anew, so
  // that what the first read worked out is not taken for the second's.
  const region = usage.region ?? info.region ?? DEFAULT_REGION;
  if (usage.region === undefined && region !== DEFAULT_REGION && text.includes('AWS::Region')) {
    template = parseTemplate(file, text, kind);
    deployIn(template, region);
    info = readTemplateFunctions(template);
  }
  const errors: InputError[] = [];
  const fail = (message: string, path: FieldPath, key = false) => errors.push(new InputError(message, usageSource ? usageSource.locate(path, { key }) : { file }));

  const names = info.functions.map((fn) => fn.name);
  const known = new Set(names);
  const byForm = new Map(names.map((name) => [nameKey(name), name]));
  let otherNames: ReadonlyMap<string, OtherName> | undefined;
  for (const name of Object.keys(usage.functions ?? {})) {
    if (name === '*' || known.has(name)) continue;
    // A name the template writes with other Unicode code points prints alike: "no function café; its functions are: café" said nothing.
    const alike = byForm.get(nameKey(name));
    // One that prints like a function's but holds another letter (a Cyrillic О for a Latin O) was told the list of the
    // template's functions, the one it meant looking just like it.
    const lookalike = alike === undefined ? lookalikeOf(name, names) : null;
    // A name from the console (`shop-dev-resize`) or the stack (`ResizeLambdaFunction`) was told the list of functions
    // alone, the one it meant among them under another name.
    const other = alike === undefined && !lookalike ? (otherNames ??= info.otherNames?.())?.get(name) : undefined;
    const keyedBy = info.kind === 'serverless' ? 'its key under functions' : 'its logical id';
    // The template named: one usage file given for several (estimate a.yml b.yml --usage, diff) said "the template" of either.
    const { written, ...at } = usageSource ? usageSource.locate(['functions', name], { key: true, writtenKey: true }) : { file };
    const given = quotedKey(name, written);
    const error = new InputError(
      lookalike
        ? `the template ${file} has no function ${given}: it prints like the template's "${clipped(lookalike.name)}" but writes ${lookalike.differs}; write it as the template does`
        : other
          ? `the template ${file} has no function ${given}: that is ${other.is}; a usage file names a function by ${keyedBy}: write ${clipped(other.name)}`
          : alike === undefined
            ? `the template ${file} has no function ${given}; its functions are: ${listNames(names)}`
            : `the template ${file} has no function ${given} written so: its "${clipped(alike)}" is the same name in other Unicode code points; write it as the template does`,
      at,
    );
    if (options.onFunctionNotInTemplate) options.onFunctionNotInTemplate(name, error, given);
    else errors.push(error);
  }
  if (usage.pricing !== undefined) pricingIdCheck(usage.pricing, options.pricingIds, fail);

  const notes: Warning[] = info.assumptions.map((message) => ({ id: 'template_assumption', message }));
  const defaults = usage.functions?.['*'] ?? {};
  const withoutUsage: string[] = [];
  // Given other figures (a duration, say) but no requests: "no usage given" read as though its figures went unread.
  const withoutRequests: string[] = [];
  const fromSchedule: { name: string; runs: string }[] = [];
  const untimedSchedules: string[] = [];
  const belowSchedule: string[] = [];
  const refusedDefaults = new Map<string, { message: string; others: string[] }>();
  const edgeOf = new Map((info.edge ?? []).map((each) => [each.name, each.event]));
  // What CloudFront would not run is said of the first functions one by one, then counted, as the reader's notes are:
  // thousands of edge functions each wrote several lines.
  const edgeNotes: string[] = [];
  const sayEdge = notesOfKind(edgeNotes);
  // Each function's stream as the usage file gives it: its own, or "*"'s for a function a stream invokes.
  const givenStreams: (UsageStream | undefined)[] = [];
  const functions = info.functions.map((fn): LambdaFunction & { api: TemplateApi | null } => {
    const own = usage.functions?.[fn.name] ?? {};
    const where: FieldPath = ['functions', fn.name];
    // A stream's shards bound only what the stream invokes: beside another way in they capped traffic they do not hold back.
    // A function the template gives no way in, or one of a source it cannot tell, may be told to read a stream.
    const edgeEvent = edgeOf.get(fn.name);
    if (own.stream && edgeEvent) fail(`function ${fn.name} runs as Lambda@Edge, invoked by CloudFront, not by a stream; leave stream out`, [...where, 'stream']);
    else if (own.stream && fn.trigger !== null && fn.trigger !== 'stream' && fn.trigger !== 'event')
      fail(`function ${fn.name}: stream gives the shards of the stream that invokes it, but the template's events make its trigger ${fn.trigger}; leave stream out`, [
        ...where,
        'stream',
      ]);
    givenStreams.push(own.stream ?? (fn.trigger === 'stream' ? defaults.stream : undefined));
    // Logs merge key by key: "*" may say how much the application writes, a function how long it is kept.
    const entry = { ...defaults, ...own, logs: mergeUsageFunctionLogs(defaults.logs, own.logs) };
    // Where the stored GB are said twice, if they are: a function that says them says both (its one replaces "*"'s other).
    const logsAt: FieldPath =
      own.logs && (own.logs.stored_gb !== undefined || own.logs.retention_days !== undefined || !defaults.logs) ? [...where, 'logs'] : ['functions', '*', 'logs'];
    const given = entry.requests_per_month !== undefined;
    // A schedule's runs are the template's own: with a duration_ms and no requests_per_month they are priced, never zero;
    // below them, said. Without a duration the runs are counted but not priced: a guess (its timeout, 15 minutes at most)
    // would be a bill nobody wrote, and a budget gate must not pass or fail on a file nobody filled in without saying so.
    const scheduled = fn.schedule;
    const runs = scheduled && `${runsAMonth(scheduled.runsPerMonth)} of ${scheduleWords(scheduled.expressions)}`;
    const timed = entry.duration_ms !== undefined;
    const runsPriced = !given && scheduled !== null && timed;
    if (runsPriced) fromSchedule.push({ name: fn.name, runs: runs! });
    else if (!given) {
      (Object.keys(own).length || Object.keys(defaults).length ? withoutRequests : withoutUsage).push(fn.name);
      if (runs) untimedSchedules.push(`${fn.name}: the ${runs}`);
    }
    // Below the whole runs an average month holds: 30 for a daily job's 30.42 is a month's count, not usage left out.
    if (given && scheduled && scheduled.runsPerMonth.floor().greaterThan(entry.requests_per_month!))
      belowSchedule.push(`${fn.name}: requests_per_month ${formatCount(entry.requests_per_month!)}, against the ${runs}`);
    if (given && entry.duration_ms === undefined) fail(`function ${fn.name} needs duration_ms: the template gives only its timeout (${fn.timeoutSeconds} s)`, where);
    // A figure of "*" is checked against each function it reaches, and refused once, at "*", where it is written,
    // naming every function it does not fit.
    const refuse = (key: 'cpu_ms' | 'memory_used_mb' | 'peak_memory_mb', message: string) => {
      if (own[key] !== undefined) fail(message, [...where, key]);
      else {
        const refused = refusedDefaults.get(key);
        if (refused) refused.others.push(fn.name);
        else refusedDefaults.set(key, { message, others: [] });
      }
    };
    if (entry.cpu_ms !== undefined && entry.duration_ms !== undefined && entry.cpu_ms > entry.duration_ms)
      refuse(
        'cpu_ms',
        `function ${fn.name}: cpu_ms (${numberInWords(entry.cpu_ms)}) cannot be above duration_ms (${numberInWords(entry.duration_ms)}): CPU time is part of the time a request takes`,
      );
    // A template that gives no memory size leaves the default, which it was said to give: the fix is to write one there.
    const memory = fn.memoryDefault ? `${fn.memoryMb} MB it has by default (the template gives it no memory size)` : `${fn.memoryMb} MB the template gives it`;
    if (entry.memory_used_mb !== undefined && entry.memory_used_mb > fn.memoryMb)
      refuse('memory_used_mb', `function ${fn.name}: memory_used_mb (${entry.memory_used_mb}) cannot be above the ${memory}`);
    if (entry.peak_memory_mb !== undefined && entry.peak_memory_mb > fn.memoryMb)
      refuse('peak_memory_mb', `function ${fn.name}: peak_memory_mb (${entry.peak_memory_mb}) is more than the ${memory}: a function cannot use more memory than it has`);
    if (entry.duration_ms !== undefined && entry.duration_ms > fn.timeoutSeconds * 1000) {
      notes.push({
        id: 'duration_over_timeout',
        message: `function ${fn.name}: duration_ms ${entry.duration_ms} is over its timeout of ${fn.timeoutSeconds} s; invocations would be cut off there`,
      });
    }
    const edge = edgeOf.get(fn.name) ?? null;
    const durationMs = new Decimal(entry.duration_ms ?? fn.timeoutSeconds * 1000);
    const provisioned = fn.provisionedConcurrency > 0 ? { count: fn.provisionedConcurrency, hoursPerMonth: 730, requestsPerMonth: null, durationMs: null } : null;
    // What CloudFront would not run at its edge is said, not refused: the reader infers the edge from references, and a
    // scenario's author is the one to fix it. Lambda@Edge bills neither provisioned environments nor storage above 512 MB.
    if (edge)
      sayEdgeSettings(fn.name, { ...fn, packageType: fn.image ? 'image' : 'zip', provisioned, durationMs }, fn.timeoutSeconds, edge, entry.duration_ms !== undefined, sayEdge.add);
    return {
      name: fn.name,
      // Within Lambda's limits, whole where they must be: readTemplateFunctions has checked.
      memoryMb: fn.memoryMb,
      durationMs,
      architecture: edge ? 'x86_64' : fn.architecture,
      requestsPerMonth: entry.requests_per_month !== undefined ? new Decimal(entry.requests_per_month) : runsPriced ? scheduled.runsPerMonth : new Decimal(0),
      ephemeralStorageMb: edge ? 512 : fn.ephemeralStorageMb,
      provisioned: edge ? null : provisioned,
      ...(edge ? { edge } : {}),
      usageGiven: given || runsPriced,
      reservedConcurrency: fn.reservedConcurrency,
      runtime: runtimeFamily(fn.runtime, fn.snapStart) ?? undefined,
      customRuntime: isCustomRuntime(fn.runtime),
      packageType: fn.image ? 'image' : 'zip',
      initDurationMs: entry.init_duration_ms === undefined ? null : new Decimal(entry.init_duration_ms),
      vpc: fn.vpc,
      logs: templateFunctionLogs(entry.logs, fn.logs, fail, logsAt),
      api: fn.api,
      trigger: own.stream && !edgeEvent && (fn.trigger === null || fn.trigger === 'event') ? 'stream' : fn.trigger,
      ...(fn.invokedBy === undefined ? {} : { invokedBy: fn.invokedBy }),
      ...(entry.cpu_ms === undefined ? {} : { cpuMs: new Decimal(entry.cpu_ms) }),
      ...(entry.memory_used_mb === undefined ? {} : { memoryUsedMb: entry.memory_used_mb }),
      ...(entry.concurrency_per_instance === undefined ? {} : { concurrencyPerInstance: entry.concurrency_per_instance }),
      ...(entry.cpu_bound_pct === undefined ? {} : { cpuBoundPct: entry.cpu_bound_pct }),
      ...(entry.threads === undefined ? {} : { threads: entry.threads }),
      peakMemoryMb: entry.peak_memory_mb ?? null,
    };
  });
  // "*"'s stream is for the functions a stream invokes: for a template of none it went unread without a word.
  if (defaults.stream && !info.functions.some((fn) => fn.trigger === 'stream'))
    notes.push({
      id: 'template_assumption',
      message:
        'functions."*".stream in the usage file is not read: it gives the shards of the stream that invokes a function, and a stream invokes none of the template\'s (give stream under a function\'s own name for one the template gives no way in)',
    });
  sayEdge.rest((more) => `${more} more settings of Lambda@Edge functions that CloudFront would not run at its edge; priced as the ones above`);
  notes.push(...edgeNotes.map((message): Warning => ({ id: 'template_assumption', message })));
  // The first function alone was named: given its own entry, the run refused the next, one run at a time.
  for (const [key, { message, others }] of refusedDefaults)
    fail(others.length ? `${message}; nor does it fit ${listNames(others)}, which ${others.length === 1 ? 'takes' : 'take'} it from "*" too` : message, ['functions', '*', key]);
  if (fromSchedule.length) {
    notes.push({
      id: 'template_assumption',
      message:
        fromSchedule.length === 1
          ? `function ${fromSchedule[0]!.name}: no requests_per_month in the usage file; priced at the ${fromSchedule[0]!.runs}`
          : `no requests_per_month in the usage file for functions on a schedule; priced at their schedules' runs (${listParts(
              fromSchedule.map((each) => `${each.name}: the ${each.runs}`),
              '; ',
            )})`,
    });
  }
  if (untimedSchedules.length) {
    notes.push({
      id: 'template_assumption',
      message: `counted but not priced, as the usage file gives no duration_ms: ${listParts(untimedSchedules, '; ')}; with a duration_ms the runs are priced`,
    });
  }
  if (belowSchedule.length) {
    notes.push({
      id: 'requests_below_schedule',
      message: `fewer requests than the functions' schedules run them (${listParts(belowSchedule, '; ')}); priced as the usage file gives them`,
    });
  }
  if (withoutUsage.length) {
    notes.push({
      id: 'no_usage_given',
      message:
        withoutUsage.length === 1
          ? `no usage given for ${listNames(withoutUsage)}: priced at zero requests (its unit prices are in the line items); ${addToUsage('it', usageSource?.file ?? null)}`
          : `no usage given for ${listNames(withoutUsage)}: priced at zero requests (their unit prices are in the line items); ${addToUsage('them', usageSource?.file ?? null)}`,
    });
  }
  if (withoutRequests.length) {
    notes.push({
      id: 'no_usage_given',
      message: `no requests_per_month in the usage file for ${listNames(withoutRequests)}: priced at zero requests (${withoutRequests.length === 1 ? 'its' : 'their'} unit prices are in the line items); ${addToUsage(withoutRequests.length === 1 ? 'it' : 'them', usageSource?.file ?? null)}`,
    });
  }

  const api = usage.api_gateway;
  const requestsBehind = (type: TemplateApi) => sum(functions.filter((fn) => fn.api === type).map((fn) => fn.requestsPerMonth));
  const types = [...new Set(functions.flatMap((fn) => (fn.api ? [fn.api] : [])))];
  const apiGateways = types.map((type): PricedApi => {
    const freeTier = api?.free_tier ?? false;
    if (type === 'rest') return { type, requestsPerMonth: requestsBehind(type), freeTier };
    if (type === 'http') return { type, requestsPerMonth: requestsBehind(type), requestSizeKb: new Decimal(api?.request_size_kb ?? 1), freeTier };
    if (api?.connection_minutes_per_month === undefined) {
      notes.push({
        id: 'template_assumption',
        message: 'a WebSocket API without api_gateway.connection_minutes_per_month in the usage file: connection minutes are priced at zero',
      });
    }
    return {
      type,
      messagesPerMonth: requestsBehind(type),
      messageSizeKb: new Decimal(api?.message_size_kb ?? 1),
      connectionMinutesPerMonth: new Decimal(api?.connection_minutes_per_month ?? 0),
      freeTier,
    };
  });

  // The keys as written: the schema gives free_tier when it is not.
  const writtenApi = api && (usageSource?.data as { api_gateway?: Readonly<Record<string, unknown>> }).api_gateway;
  notes.push(...unreadApiSettings(writtenApi, types).map((message): Warning => ({ id: 'template_assumption', message })));

  const trafficRequests = usage.traffic?.requests_per_month;
  const rawUsage = usageSource?.data as { services?: Record<string, unknown> } | undefined;
  const resolutions: string[] = [];
  const around = readTemplateServices({
    template,
    usageSource,
    usageServices: rawUsage?.services,
    file: usage as Readonly<Record<string, unknown>>,
    trafficRequests,
    errors,
    assumptions: resolutions,
    figures: templateFigures(info),
  });
  notes.push(...[...new Set(resolutions)].map((message): Warning => ({ id: 'template_assumption', message })), ...around.notes);
  notes.push(...scaledCapacityNotes(template, rawUsage?.services).map((message): Warning => ({ id: 'template_assumption', message })));
  const unpriced = unpricedResources(template);
  if (unpriced.length) notes.push({ id: 'resources_not_priced', message: unpricedWords(unpriced) });
  for (const message of info.notPriced ?? []) notes.push({ id: 'settings_not_priced', message });
  // The functions' requests together, as Decimals: a double would round a sum of many to 16 digits. A Lambda@Edge
  // function's stay at CloudFront's edge, beside the fleet, and are none of its work.
  const containerRequests = trafficRequests ?? sum(functions.flatMap((fn) => (fn.edge ? [] : [fn.requestsPerMonth])));
  // Once for all the functions: a map for each was the square of a template of thousands of streams and their readers.
  const pricedStreams = new Map(around.usage.kinesisStreams.map((stream) => [stream.name, stream]));
  const scenario: Scenario = {
    name: info.name,
    file,
    pricingId: usage.pricing ?? null,
    region,
    freeTier: usage.free_tier,
    traffic: trafficShape(usage.traffic, fail),
    trafficRequests: trafficRequests === undefined ? null : new Decimal(trafficRequests),
    // Copied again only where a stream or a queue bounds it: ten thousand functions copied twice were ten more megabytes at the peak.
    functions: functions.map(({ api: _api, ...fn }, index) => {
      const cap =
        templateStreamCap(info.functions[index]!, givenStreams[index], pricedStreams) ?? (fn.trigger === 'sqs' && !fn.edge ? templateQueueCap(info.functions[index]!) : null);
      return cap ? { ...fn, ...cap } : fn;
    }),
    apiGateways,
    ...around.usage,
    containers: containersOf(usage.containers, containerRequests, types.length ? 'http' : 'none', fail),
    budget: budgetOf(usage.budget),
    growth: growthOf(usage.traffic),
    budgetPercentile: usage.budget?.percentile ?? null,
    compare: compareOf(readCompare(usage.compare, fail), usageSource),
    settings: {
      ...DEFAULT_LAMBDA_SETTINGS,
      // The usage file records a throttle the reader cannot see (an HTTP API's, SAM's); it wins over the template's.
      throttleRps: api?.throttle ? new Decimal(api.throttle.rate_limit_rps) : info.throttleRps === null ? null : new Decimal(info.throttleRps),
      limitsIn: info.kind,
    },
    notes,
  };
  checkBudgets(scenario, fail);
  if (!errors.length) checkGrowth(scenario, fail);
  if (!errors.length && options.priceBook) {
    // The usage file's region wins over the template's; a region the template writes is pointed at in the template.
    const templateFail = (message: string, path: FieldPath) => errors.push(new InputError(message, template.locate(path)));
    const regionInTemplate = usage.region === undefined && info.region !== null;
    pricedNamesCheck(scenario, options.priceBook(scenario.pricingId), regionInTemplate ? templateFail : fail, {
      region: usage.region !== undefined ? ['region'] : regionInTemplate ? ['provider', 'region'] : null,
      instanceType: ['containers', 'ec2', 'instance_type'],
      // A function's architecture and memory are the template's, written on it, in Globals or under provider.
      functionField: (index, field) => ({
        fail: templateFail,
        path: limitPath(template, info.kind, info.functions[index]!, TEMPLATE_FUNCTION_FIELD[field][info.kind]),
      }),
    });
  }
  if (errors.length) throw inputErrors(errors);
  return scenario.budgetPercentile && usageSource ? { ...scenario, budgetPercentileAt: usageSource.locate(['budget', 'percentile']) } : scenario;
}

/** The usage file's `compare:` as a scenario's, with where it writes the settings a provider's table may not price. */
function compareOf(request: CompareRequest | null, usageSource: YamlFile | null): CompareRequest | null {
  if (!request || !usageSource) return request;
  return { ...request, at: compareAt((usageSource.data as { compare?: unknown }).compare, usageSource) };
}

type UsageStream = NonNullable<NonNullable<UsageFile['functions']>[string]['stream']>;

/**
 * How many of a template's function's executions its streams let run at once: the usage file's stream where it gives
 * one (with the largest parallelization factor the template gives its streams, else 1); else each of its streams that is
 * a provisioned Kinesis stream of the template, at the shards it is priced with (the template's ShardCount, or the
 * usage file's), × its factor, added up. Not known (null) where any of its streams is another (a table's, an on-demand
 * stream, Kafka) or its factor cannot be told; absent where another way in runs it too.
 */
function templateStreamCap(fn: TemplateFunction, given: UsageStream | undefined, byName: ReadonlyMap<string, Stream>): Pick<LambdaFunction, 'streamShards'> | null {
  // A source switched off reads none of its shards beside those that are on; where every one is off, the usage file's
  // runs are priced as though they were on, and so is the cap.
  const on = (fn.streams ?? []).filter((stream) => stream.enabled);
  const sources = on.length ? on : (fn.streams ?? []);
  if (given) {
    // The cap bounds the worst month from above: of streams with factors unlike each other, the largest, and where one's
    // cannot be told, the most Lambda allows. The first of them, or 1, understated it.
    const factors = sources.map((stream) => stream.parallelizationFactor ?? MAX_PARALLELIZATION_FACTOR);
    // A Kafka topic's partitions, where every source is one: each read one batch at a time, with no factor of its own.
    const kafka = sources.length > 0 && sources.every((stream) => stream.kafka);
    return streamCap(given.shards, given.parallelization_factor ?? (factors.length ? Math.max(...factors) : 1), kafka);
  }
  if (fn.trigger !== 'stream' || !sources.length) return null;
  const parts = sources.map((source) => {
    const stream = source.kinesis === null ? undefined : byName.get(source.kinesis);
    if (stream?.mode !== 'provisioned' || !stream.shards.isInteger() || stream.shards.lessThan(1) || source.parallelizationFactor === null) return null;
    return { shards: stream.shards.toNumber(), parallelizationFactor: source.parallelizationFactor };
  });
  return { streamShards: parts.some((part) => part === null) ? null : parts.flatMap((part) => part ?? []) };
}

/**
 * How many of a template's function's executions its SQS queues' event sources let run at once: each one's maximum
 * concurrency, added up. None (null) where any of them sets none, or where another way in runs it too.
 */
function templateQueueCap(fn: TemplateFunction): Pick<LambdaFunction, 'queueMaximumConcurrency'> | null {
  // A source switched off polls none of its queue beside those that are on; where every one is off, the usage file's
  // runs are priced as though they were on, and so is the cap.
  const on = (fn.queues ?? []).filter((queue) => queue.enabled);
  const sources = on.length ? on : (fn.queues ?? []);
  if (!sources.length || sources.some((queue) => queue.maximumConcurrency === null)) return null;
  return { queueMaximumConcurrency: sources.map((queue) => queue.maximumConcurrency!) };
}

/**
 * A template's Lambda@Edge function as Lambda@Edge can run it: each setting CloudFront refuses at its edge said in a
 * note, with how it is priced (x86_64; no provisioned concurrency; 512 MB of storage; a memory size or a run past the
 * trigger's limits as written). `timed`: the usage file gives its duration (else its timeout stands in, and is not held to them).
 */
function sayEdgeSettings(
  name: string,
  written: Parameters<typeof edgeProblems>[0],
  timeoutSeconds: number,
  event: EdgeEvent,
  timed: boolean,
  say: (message: () => string) => void,
): void {
  const priced: Record<EdgeProblem['field'], string> = {
    architecture: 'priced at x86_64',
    package_type: 'priced as written',
    vpc: 'priced as written',
    provisioned_concurrency: 'its provisioned concurrency is not priced',
    ephemeral_storage_mb: 'priced with 512 MB',
    memory_mb: 'priced as written',
    duration_ms: 'priced as the usage file gives it',
  };
  for (const problem of edgeProblems(written, event)) {
    if (problem.field === 'duration_ms' && !timed) continue;
    say(() => `function ${name} runs as Lambda@Edge: ${problem.message}; ${priced[problem.field]}`);
  }
  // CloudFront refuses to associate a function whose timeout is past its trigger's, whatever its runs take: the template
  // does not deploy as it stands, which went unsaid where the usage file's duration was within the limit.
  const { maxDurationMs } = edgeLimits(event);
  if (timeoutSeconds * 1000 > maxDurationMs)
    say(
      () =>
        `function ${name} runs as Lambda@Edge: its timeout of ${formatCount(timeoutSeconds)} s is past ${edgeTriggerWords(event)}'s ${formatCount(maxDurationMs / 1000)} s, which CloudFront refuses to associate; its runs are priced as ${timed ? 'the usage file gives them' : 'written'}`,
    );
}

/** Where each kind of template writes a function's setting whose price a table may lack (on the function, else in Globals or provider). */
const TEMPLATE_FUNCTION_FIELD: Readonly<Record<PricedFunctionField, Readonly<Record<TemplateInfo['kind'], string>>>> = {
  architecture: { sam: 'Architectures', serverless: 'architecture' },
  memory: { sam: 'MemorySize', serverless: 'memorySize' },
  'ephemeral storage': { sam: 'EphemeralStorage.Size', serverless: 'ephemeralStorageSize' },
  // A distribution's association puts a SAM function at the edge: the error is at the function.
  'Lambda@Edge': { sam: 'AutoPublishAlias', serverless: 'events' },
};

/** The kinds of API each of a usage file's api_gateway settings is for: throttle and free_tier are for any. */
const API_SETTINGS: readonly { readonly key: string; readonly types: readonly TemplateApi[]; readonly what: string }[] = [
  { key: 'request_size_kb', types: ['http'], what: 'an HTTP API' },
  { key: 'message_size_kb', types: ['websocket'], what: 'a WebSocket API' },
  { key: 'connection_minutes_per_month', types: ['websocket'], what: 'a WebSocket API' },
  { key: 'throttle', types: ['rest', 'http', 'websocket'], what: 'an API' },
  { key: 'free_tier', types: ['rest', 'http', 'websocket'], what: 'an API' },
];

/**
 * The usage file's api_gateway settings for a kind of API the template has none of, said: a request size for a
 * template of a REST API, or the whole block for one of no API, went unread without a word, where a scenario refuses
 * such a key beside another type of API.
 */
function unreadApiSettings(api: Readonly<Record<string, unknown>> | undefined, types: readonly TemplateApi[]): string[] {
  if (!api) return [];
  const unread = API_SETTINGS.filter(({ key, types: sized }) => Object.hasOwn(api, key) && !sized.some((type) => types.includes(type)));
  if (!unread.length) return [];
  if (!types.length) return [`api_gateway in the usage file is not read (${listNames(unread.map(({ key }) => key))}): the template has no API Gateway API`];
  return unread.map(({ key, what }) => `api_gateway.${key} in the usage file is not read: it is for ${what}, and the template has none`);
}
