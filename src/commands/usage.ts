// slcost usage init: a usage file for a template, listing every function it
// found with its settings, and every resource a priced service reads with the
// figures only usage can give, ready to fill in.
import { InputError } from '../core/errors.js';
import { formatCount, formatCounted } from '../core/numbers.js';
import { refuseNoFunctions, unpricedWords } from '../load/load-template.js';
import { unpricedResources } from '../load/template-resources.js';
import { parseTemplate, templateKind } from '../load/read-template.js';
import { FILE_KIND_NAMES, fileKindOf } from '../load/file-kind.js';
import { filesReadSoFar, inputName, parseYaml, readInputText, relativeFileReader, yamlScalar } from '../load/read-yaml.js';
import { readTemplateFunctions, type TemplateInfo, templateFigures } from '../load/template-functions.js';
import { runsInWords } from '../load/schedule-runs.js';
import { type ImpliedSection, impliedSections, isMonthlyUsage } from '../load/template-services.js';
import { shellWord, terminalText } from '../report/escape.js';
import { wrapProse } from '../report/prose.js';
import { type Io, refuseExistingOutput, refuseOutputOverInput, writeOutputFile } from './shell.js';

export function usageFileFor(
  template: string,
  info: TemplateInfo,
  services: readonly ImpliedSection[] = [],
  unpriced: readonly { logicalId: string; type: string }[] = [],
  readerFor?: (section: ImpliedSection['template']) => (relativePath: string) => unknown,
): string {
  const lines = [
    // The template's name on a line of its own: a long path does not push the sentence past the screen. As text: a line
    // break in a file's name would end the comment and start YAML of its own, and an escape sequence act on a terminal.
    `# Usage for ${terminalText(template)}:`,
    "# what the template cannot say. Fill in each function's requests and average",
    '# duration; a function left without requests_per_month is priced at zero',
    '# requests (one on a schedule, at its runs). Price it with:',
    `#   slcost estimate ${terminalText(shellWord(template))} --usage <this file>`,
    '',
    "# free_tier: true              # the always-free tiers, Lambda's and the services'",
    "# region: us-east-1            # default: the template's region, else us-east-1",
    '# traffic: { pattern: steady } # steady | diurnal | spiky | custom, as in scenario files',
    '# api_gateway: { request_size_kb: 1, free_tier: false }',
    '# containers: { ec2: { instance_type: t4g.small, requests_per_second_per_instance: 100 } }',
    '# budget: { monthly_usd: 50 }',
    '',
    'functions:',
    '  # "*": { requests_per_month: 1000000, duration_ms: 100 }   # defaults for every function',
    "  # a function's own logs, over its log group's retention and class and its LoggingConfig in the template:",
    '  #   logs: { app_bytes_per_invocation: 400, system_log_level: warn, retention_days: 30 }',
    '  #   logs: { log_class: infrequent_access }   # standard | infrequent_access',
    '  # for --compare: cpu_ms, memory_used_mb, concurrency_per_instance; for the memory advice and',
    '  # slcost tune: cpu_bound_pct, threads, peak_memory_mb (docs/providers.md, docs/memory.md)',
  ];
  for (const fn of info.functions) {
    const api = fn.api ? `, behind ${fn.api === 'rest' ? 'a REST' : fn.api === 'http' ? 'an HTTP' : 'a WebSocket'} API` : '';
    const pc = fn.provisionedConcurrency ? `, ${fn.provisionedConcurrency} provisioned` : '';
    // A limit a month's requests can be throttled at: the file's requests are what arrive, and the estimate bills those it serves.
    const reserved = fn.reservedConcurrency === null ? '' : `, reserved concurrency ${formatCount(fn.reservedConcurrency)}`;
    const kept = `${fn.logs.retentionDays === null ? '' : `, logs kept ${fn.logs.retentionDays} days`}${fn.logs.logClass === 'infrequent_access' ? ', logs in the Infrequent Access class' : ''}${fn.logs.systemLogLevel === 'warn' ? ', system logs at WARN' : ''}`;
    // A comment holds a name as text (terminalText): a line break in it would end the comment and start YAML of its own.
    lines.push(`  # ${terminalText(fn.name)}: ${fn.memoryMb} MB, ${fn.architecture}, timeout ${fn.timeoutSeconds} s${pc}${reserved}${api}${kept}`);
    // No placeholder count: a function left as written is one without usage, priced at zero with a no_usage_given warning, never a silent zero.
    // A schedule's runs are priced when requests_per_month is left out: the comment says how many, not "add" a figure the template gives.
    const add = fn.schedule
      ? `# requests_per_month: ${runsInWords(fn.schedule.runsPerMonth)} from its schedule (priced so when left out); more if anything else invokes it`
      : '# add requests_per_month: its invocations a month';
    lines.push(`  ${yamlScalar(fn.name)}: { duration_ms: ${Math.min(fn.timeoutSeconds * 1000, 100)} }   ${add}`);
  }
  const figures = templateFigures(info);
  if (services.length) {
    // What the template alone gives (a gateway's hours, a table's provisioned capacity, a stream's shards) is priced from
    // it, so a file left as written is not a bill of zero.
    lines.push(
      '',
      '# The services around the functions: each figure left out is priced at zero; what the template gives',
      "# (a NAT gateway's hours, a table's provisioned capacity, a stream's shards) is priced as it is.",
      'services:',
    );
    for (const { key, template: section, resources, implied } of services) {
      // The figures are named in a comment, not written as zeros: an entry left as written is one without usage, and says so.
      const counts = section.usageKeys.filter(isMonthlyUsage);
      const sizes = section.usageKeys.filter((usageKey) => !isMonthlyUsage(usageKey));
      const also = sizes.length ? ` (and ${sizes.join(', ')}: the section's default when left out)` : '';
      const readFile = readerFor?.(section);
      const given = figures.get(key);
      // A figure the template gives (a state machine's runs from its schedule) is said with its count, not asked for.
      const add = (entry: Record<string, unknown>) => {
        const known = (typeof entry.name === 'string' && given?.get(entry.name)) || [];
        const wanted = [...counts, ...(section.needs?.(entry, readFile) ?? [])].filter((usageKey) => !known.some((figure) => figure.usageKey === usageKey));
        const said = known.map(({ usageKey, value, from }) => `${usageKey}: ${runsInWords(value)} from ${from} (priced so when left out)`);
        const words = [...(wanted.length ? [`add ${wanted.join(', ')}`] : []), ...said];
        return words.length ? `   # ${words.join('; ')}` : '';
      };
      // Looked up once per entry: a find over every resource for each was the square of the resources (docs/performance.md).
      const types = new Map<unknown, string>();
      for (const { resource } of resources) if (!types.has(resource.logicalId)) types.set(resource.logicalId, resource.type);
      const typeOf = (name: unknown) => types.get(name);
      lines.push(`  ${key}:`);
      if (Array.isArray(implied)) {
        for (const entry of implied as Record<string, unknown>[]) {
          const name = String(entry.name);
          lines.push(`    # ${terminalText(name)}: ${typeOf(entry.name) ?? resources.map(({ resource }) => resource.type).join(', ')}${also}`);
          lines.push(`    - { name: ${yamlScalar(name)} }${add(entry)}`);
        }
      } else {
        const aside = (resource: (typeof resources)[number]['resource']) => {
          const said = section.aside?.(resource);
          return said ? ` (${terminalText(said)})` : '';
        };
        lines.push(`    # ${resources.map(({ resource }) => `${terminalText(resource.logicalId)}: ${resource.type}${aside(resource)}`).join(', ')}${also}`);
        lines.push(`    {}${add(implied as Record<string, unknown>)}`);
      }
    }
  }
  // No figure for them would be read: said here, as the estimate says it, so that nobody fills in a bill that lacks them.
  if (unpriced.length) lines.push('', ...wrapProse(terminalText(`Not priced: ${unpricedWords(unpriced)}.`), 78, 0).map((line) => `# ${line}`));
  return `${lines.join('\n')}\n`;
}

/** What a file given to usage init is instead, when it reads as another of slcost's files: a scenario gives its own usage. */
function otherKind(file: string, text: string): string {
  let data: unknown;
  try {
    data = parseYaml(inputName(file), text).data;
  } catch {
    return '';
  }
  const kind = fileKindOf(data)?.kind;
  if (kind === 'scenario') return `: it is a scenario, which gives its functions' usage itself; price it with slcost estimate ${shellWord(file)}`;
  if (kind === 'usage') return ': it is a usage file; give the template whose functions it describes';
  return kind === undefined || kind === 'template-without-resources' ? '' : `: it is ${FILE_KIND_NAMES[kind]}`;
}

/** `slcost usage init TEMPLATE`, with its options as commander gives them (see program.ts). */
export async function usageCommand(template: string, flags: { readonly output: string; readonly force?: boolean }, io: Io): Promise<number> {
  const text = readInputText(template);
  const kind = templateKind(text);
  if (!kind) throw new InputError(`is not a serverless.yml or a SAM template${otherKind(template, text)}`, { file: template });
  const parsed = parseTemplate(template, text, kind);
  const info = readTemplateFunctions(parsed);
  // A file for a template the estimate refuses would say "fill it in, then: slcost estimate", and the estimate refuse it.
  refuseNoFunctions(parsed, info);
  const services = impliedSections(parsed, []);
  const resources = services.reduce((count, section) => count + section.resources.length, 0);
  const output = flags.output;
  // A state machine's DefinitionUri is read as the estimate reads it, to ask a looping one for its transitions.
  const usageText = usageFileFor(template, info, services, unpricedResources(parsed), (section) => relativeFileReader(template, section.fileText));
  // Before --force is asked, and after the files the template names are read: `usage init template.yaml -o
  // template.yaml --force` replaced the template with its usage file.
  refuseOutputOverInput(output, filesReadSoFar(), 'is a file this reads (the template, or a file it names); --output would replace it with the usage file: choose another name');
  refuseExistingOutput(output, flags.force === true, 'exists already; choose another name with --output or pass --force to overwrite it');
  writeOutputFile(output, usageText);
  const functions = formatCounted(info.functions.length, 'function');
  const listed = resources ? `${functions} and ${formatCounted(resources, 'resource')}` : functions;
  // The command on a line of its own: after a file's name and its counts, one line ran past 80 columns.
  io.stdout(`wrote ${terminalText(output)} with ${listed}\nfill it in, then: slcost estimate ${terminalText(shellWord(template))} --usage ${terminalText(shellWord(output))}\n`);
  return 0;
}
