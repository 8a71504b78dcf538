// What kind of slcost's files a YAML document is, by the keys only that kind has: a reader given a file of another
// kind names it for what it is, in one message at the key that shows it, not a screen of "missing required field"
// and "unknown key" errors about its own keys.
import { suggest } from '../suggest.js';

export type FileKind = 'scenario' | 'usage' | 'price-table' | 'price-file' | 'offer' | 'answers' | 'serverless' | 'template-without-resources';

/** What each kind of file is called in a message about a file given where another kind goes. */
export const FILE_KIND_NAMES: Readonly<Record<FileKind, string>> = {
  scenario: 'a scenario',
  usage: 'a usage file',
  'price-table': 'a price table',
  'price-file': 'a price file',
  offer: 'an AWS Price List offer file',
  answers: 'an answers file of slcost decide',
  serverless: 'a serverless.yml',
  'template-without-resources': 'a CloudFormation or SAM template',
};

// A CloudFormation template's top-level sections: a template is told from a scenario by its Resources (or its format
// version or transform), so one that misspells Resources reads as a scenario.
const TEMPLATE_SECTIONS = ['Resources', 'Globals', 'Parameters', 'Mappings', 'Conditions', 'Outputs', 'Metadata', 'Rules'];

/** Keys of decide's answers file (its questions' ids) that no other file writes, not even misplaced (as a scenario may write `requests_per_month` outside `traffic:`). */
const ANSWER_KEYS = [
  'max_execution_minutes',
  'needs_gpu',
  'needs_sub_10ms_latency',
  'persistent_connections',
  'engineering_time_more_valuable',
  'stateful_workflows',
  'uses_relational_database',
  'aws_committed',
];

/**
 * The kind `data` is and the key that shows it, or null where no key shows one. The order settles a file with the keys
 * of two: one that writes `lambda:` is a scenario, however wrong; a usage file may write `traffic:` as a scenario does,
 * and its functions are a mapping by name, under no `name:` (a list of them under a name is a scenario that left out
 * `lambda:`).
 */
export function fileKindOf(data: unknown): { kind: FileKind; key: string } | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const has = (key: string) => Object.hasOwn(data, key);
  if (has('lambda')) return { kind: 'scenario', key: 'lambda' };
  if (has('extends')) return { kind: 'price-file', key: 'extends' };
  if (has('effective_date') && has('regions')) return { kind: 'price-table', key: 'regions' };
  for (const key of ['offerCode', 'formatVersion']) if (has(key)) return { kind: 'offer', key };
  // decide's questions: no other file writes these keys.
  const answer = has('name') ? undefined : ANSWER_KEYS.find(has);
  if (answer !== undefined) return { kind: 'answers', key: answer };
  // The Framework's file, as read-template.ts tells one from its text: read as a template wherever a template goes.
  if (has('service') && (has('provider') || has('functions'))) return { kind: 'serverless', key: 'service' };
  if (has('functions') && !has('service') && !has('name') && !Array.isArray((data as Record<string, unknown>).functions)) return { kind: 'usage', key: 'functions' };
  if (has('traffic')) return { kind: 'scenario', key: 'traffic' };
  const section = Object.keys(data).find((key) => /^[A-Z]/.test(key) && (TEMPLATE_SECTIONS.includes(key) || suggest(key, TEMPLATE_SECTIONS) !== null));
  return section === undefined ? null : { kind: 'template-without-resources', key: section };
}
