// Kinesis streams in a template: `AWS::Kinesis::Stream`, on-demand when
// `StreamModeDetails.StreamMode` says so, else provisioned with its `ShardCount`.
import { clipped } from '../../../core/errors.js';
import { formatCount } from '../../../core/numbers.js';
import { intrinsicOf, shownProblem, sayNotPriced, type SectionReader, type TemplateResource, type TemplateSection } from '../../../schema/template-section.js';

const MODES = ['ON_DEMAND', 'PROVISIONED'];

/** The stream's mode as CloudFormation reads it; what it would refuse is said and read as its default, provisioned. */
function modeOf(resource: TemplateResource, reader: SectionReader | undefined): 'on_demand' | 'provisioned' {
  const where = `Resources.${clipped(resource.logicalId)}.Properties.StreamModeDetails`;
  const details = resource.properties.StreamModeDetails;
  if (details === undefined || details === null) return 'provisioned';
  // `StreamModeDetails: ON_DEMAND`, or `StreamMode: on_demand`, taken silently as a provisioned stream, would price shards
  // where the template meant none, or say "a provisioned stream needs shards" of a stream it wrote as on-demand.
  if (typeof details !== 'object' || Array.isArray(details) || intrinsicOf(details) !== null) {
    if (intrinsicOf(details) !== 'Ref') reader?.note(`${where}: ${shownProblem(details, 'is not a mapping with StreamMode')}; priced as provisioned, CloudFormation's default`);
    return 'provisioned';
  }
  const mode = (details as Readonly<Record<string, unknown>>).StreamMode;
  if (mode === 'ON_DEMAND') return 'on_demand';
  if (mode !== undefined && mode !== null && !MODES.includes(mode as string) && intrinsicOf(mode) !== 'Ref')
    reader?.note(`${where}.StreamMode: ${shownProblem(mode, 'is neither ON_DEMAND nor PROVISIONED (CloudFormation refuses it)')}; priced as provisioned, CloudFormation's default`);
  return 'provisioned';
}

/** The shards a provisioned stream holds, when the template states a whole number of them. */
function shardsOf(resource: TemplateResource, reader: SectionReader | undefined): number | undefined {
  const written = resource.properties.ShardCount;
  if (written === undefined || written === null) return undefined;
  // In decimal digits only (Number() reads "0x10" as 16 shards); 2.5 or "two" is said and not read.
  const shards = typeof written === 'number' ? written : typeof written === 'string' && /^\s*\d+\s*$/.test(written) ? Number(written) : Number.NaN;
  if (Number.isInteger(shards) && shards >= 1) return shards;
  if (intrinsicOf(written) !== 'Ref')
    reader?.note(`Resources.${clipped(resource.logicalId)}.Properties.ShardCount: ${shownProblem(written, 'is not a number of shards (a whole number, 1 or more)')}; not read`);
  return undefined;
}

/**
 * Retention past the 24 hours a stream's price includes is billed on its own (to 7 days by the shard-hour, past them
 * by the GB-month), and slcost has no price for it: it is said, so that a year's retention is not left out unsaid.
 */
function noteRetention(resource: TemplateResource, reader: SectionReader | undefined): void {
  const written = resource.properties.RetentionPeriodHours;
  if (written === undefined || written === null) return;
  const where = `Resources.${clipped(resource.logicalId)}.Properties.RetentionPeriodHours`;
  const hours = typeof written === 'number' ? written : typeof written === 'string' && /^\s*\d+\s*$/.test(written) ? Number(written) : Number.NaN;
  if (Number.isInteger(hours)) {
    if (hours > 24)
      sayNotPriced(
        reader,
        `${where}: ${formatCount(hours)} hours of retention, past the 24 a stream's price includes, are billed (to 7 days by the shard-hour, past them by the GB-month) and slcost does not price them; the bill leaves them out`,
      );
    return;
  }
  if (intrinsicOf(written) !== 'Ref') reader?.note(`${where}: ${shownProblem(written, 'is not a number of hours')}; not read`);
}

export const kinesisTemplate: TemplateSection = {
  types: ['AWS::Kinesis::Stream'],
  deployedName: 'StreamName',
  properties: {
    'AWS::Kinesis::Stream': {
      reads: ['RetentionPeriodHours', 'ShardCount', 'StreamModeDetails'],
      others: ['DesiredShardLevelMetrics', 'MaxRecordSizeInKiB', 'Name', 'StreamEncryption', 'Tags', 'WarmThroughputMiBps'],
    },
  },
  section: (resources, reader) =>
    resources.map((resource) => {
      noteRetention(resource, reader);
      if (modeOf(resource, reader) === 'on_demand') return { name: resource.logicalId, mode: 'on_demand' };
      const shards = shardsOf(resource, reader);
      // One the template does not state is left for the usage file to give.
      return { name: resource.logicalId, mode: 'provisioned', ...(shards === undefined ? {} : { shards }) };
    }),
  usageKeys: ['records_per_month', 'record_kb'],
  modeFields: { mode: ['shards'] },
  // A provisioned stream whose ShardCount the template does not state is priced from the usage file's shards: `usage
  // init` asked for its records alone, and the file filled in as it asked was refused for the shards it lacked.
  needs: (entry) => (entry.mode === 'provisioned' && entry.shards === undefined ? ['shards'] : []),
};
