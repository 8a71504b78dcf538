// DynamoDB tables in a template: `AWS::DynamoDB::Table` (on-demand when its
// BillingMode is PAY_PER_REQUEST; provisioned, CloudFormation's default,
// otherwise) and SAM's `AWS::Serverless::SimpleTable` (provisioned when it
// gives ProvisionedThroughput, else on-demand).
import { clipped } from '../../../core/errors.js';
import {
  intrinsicOf,
  shownProblem,
  shownValue,
  templateBoolean,
  sayNotPriced,
  type SectionReader,
  type TemplateResource,
  type TemplateSection,
} from '../../../schema/template-section.js';

/** A capacity figure the template states: a number, or a string holding one (a resolved parameter). */
function units(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value);
  return undefined;
}

function record(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function entry(resource: TemplateResource, reader: SectionReader | undefined): Record<string, unknown> {
  const { properties } = resource;
  const id = clipped(resource.logicalId);
  const throughput = record(properties.ProvisionedThroughput);
  const mode = properties.BillingMode;
  const provisioned = resource.type === 'AWS::Serverless::SimpleTable' ? throughput !== undefined : mode !== 'PAY_PER_REQUEST';
  // CloudFormation takes these two only: `pay_per_request` or an Fn::Sub taken silently as provisioned would bring
  // "a provisioned table needs read_capacity_units" for a table the template wrote as on-demand. A Ref the reader has said.
  if (resource.type === 'AWS::DynamoDB::Table' && mode !== undefined && mode !== null && mode !== 'PAY_PER_REQUEST' && mode !== 'PROVISIONED' && intrinsicOf(mode) !== 'Ref')
    reader?.note(
      `Resources.${id}.Properties.BillingMode: ${shownProblem(mode, 'is neither PROVISIONED nor PAY_PER_REQUEST (CloudFormation refuses it)')}; priced as provisioned, CloudFormation's default`,
    );
  const out: Record<string, unknown> = { name: resource.logicalId, capacity_mode: provisioned ? 'provisioned' : 'on_demand' };
  // Two indexes of one name, which DynamoDB refuses to create, were each counted (a provisioned index's capacity twice).
  const indexNames = (['GlobalSecondaryIndexes', 'LocalSecondaryIndexes'] as const).flatMap((key) =>
    Array.isArray(properties[key]) ? (properties[key] as unknown[]).map((index) => record(index)?.IndexName).filter((name): name is string => typeof name === 'string') : [],
  );
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const name of indexNames) (seen.has(name) ? twice : seen).add(name);
  if (twice.size)
    reader?.note(
      `Resources.${id}.Properties: ${twice.size === 1 ? 'an index name is' : 'index names are'} written twice (${[...twice].map((name) => shownValue(name)).join(', ')}), which DynamoDB refuses; each index is priced as written`,
    );
  if (provisioned) {
    // A capacity the template writes but that is no whole number (`"1e3"`, `ten`, a Fn::Sub) was left out without a
    // word: the table went unpriced as one that "needs read_capacity_units", which the template had given.
    const written = properties.ProvisionedThroughput;
    if (written !== undefined && written !== null && !throughput && intrinsicOf(written) !== 'Ref')
      reader?.note(`Resources.${id}.Properties.ProvisionedThroughput: ${shownProblem(written, 'is not a mapping of ReadCapacityUnits and WriteCapacityUnits')}; not read`);
    const capacity = (field: 'ReadCapacityUnits' | 'WriteCapacityUnits') => {
      const value = throughput?.[field];
      const read = units(value);
      if (read === undefined && value !== undefined && value !== null && intrinsicOf(value) !== 'Ref')
        reader?.note(`Resources.${id}.Properties.ProvisionedThroughput.${field}: ${shownProblem(value, 'is not a number of capacity units (a whole number)')}; not read`);
      return read;
    };
    let read = capacity('ReadCapacityUnits');
    let write = capacity('WriteCapacityUnits');
    // A provisioned table's global secondary indexes hold capacity of their own, billed as the table's is (100 WCU an
    // index would otherwise be left off the bill): added to the table's, and said.
    const indexes = Array.isArray(properties.GlobalSecondaryIndexes) ? properties.GlobalSecondaryIndexes : [];
    let indexRead = 0;
    let indexWrite = 0;
    let unreadable = 0;
    let counted = 0;
    // An index's figure that is no whole number of units (2.5, -7, 1e308) is not read: added to the table's, the error
    // quoted a sum the template nowhere writes (7.5 for a table of 5), or `.inf` for two of 1e308.
    const indexUnits = (value: unknown) => {
      const read = units(value);
      return read !== undefined && Number.isSafeInteger(read) && read >= 1 ? read : undefined;
    };
    for (const index of indexes) {
      const own = record(record(index)?.ProvisionedThroughput);
      const indexReads = indexUnits(own?.ReadCapacityUnits);
      const indexWrites = indexUnits(own?.WriteCapacityUnits);
      if (indexReads === undefined || indexWrites === undefined) unreadable++;
      if (indexReads !== undefined || indexWrites !== undefined) counted++;
      indexRead += indexReads ?? 0;
      indexWrite += indexWrites ?? 0;
    }
    if (indexRead || indexWrite) {
      if (read !== undefined) read += indexRead;
      if (write !== undefined) write += indexWrite;
      reader?.note(
        `Resources.${id}.Properties.GlobalSecondaryIndexes: ${counted === 1 ? 'an index holds' : `${counted} indexes hold`} ${indexRead} RCU and ${indexWrite} WCU beside the table's, added to its capacity`,
      );
    }
    if (unreadable)
      reader?.note(
        `Resources.${id}.Properties.GlobalSecondaryIndexes: ${unreadable === 1 ? 'an index gives' : `${unreadable} indexes give`} no ProvisionedThroughput the template alone can read (a provisioned table's indexes need one); its capacity is not priced`,
      );
    if (read !== undefined) out.read_capacity_units = read;
    if (write !== undefined) out.write_capacity_units = write;
  }
  // An on-demand table's indexes bill the write request units of each write that changes them, beside the table's:
  // writes_per_month prices the table's own, so an index that takes every item near doubled the writes unsaid.
  const indexCount = (['GlobalSecondaryIndexes', 'LocalSecondaryIndexes'] as const).reduce(
    (count, key) => count + (Array.isArray(properties[key]) ? (properties[key] as unknown[]).length : 0),
    0,
  );
  if (!provisioned && indexCount)
    sayNotPriced(
      reader,
      `Resources.${id}: its ${indexCount === 1 ? 'secondary index is' : `${indexCount} secondary indexes are`} billed the write request units of each write that changes ${indexCount === 1 ? 'it' : 'them'}, beside the table's own, which slcost does not count from writes_per_month; the bill leaves them out (add them to writes_per_month)`,
    );
  // Standard-IA stores for less and reads and writes for more: priced as Standard, the bill is off both ways, so it is said.
  if (properties.TableClass !== undefined && properties.TableClass !== null && properties.TableClass !== 'STANDARD')
    reader?.note(`Resources.${id}.Properties.TableClass: ${shownValue(properties.TableClass)} is priced as the STANDARD table class, the one slcost prices`);
  // Continuous backups bill by the GB-month of the table's data, and slcost has no price for them: said, not priced.
  const recovery = record(properties.PointInTimeRecoverySpecification);
  if (recovery && templateBoolean(recovery.PointInTimeRecoveryEnabled) === true)
    sayNotPriced(
      reader,
      `Resources.${id}.Properties.PointInTimeRecoverySpecification: point-in-time recovery is billed by the GB-month of the table's data, and slcost does not price it; the bill leaves it out`,
    );
  // Kinesis Data Streams for DynamoDB bills its change data capture units (one a KB of each item written) on the
  // table's bill, whatever the stream it writes to is priced at.
  if (record(properties.KinesisStreamSpecification))
    sayNotPriced(
      reader,
      `Resources.${id}.Properties.KinesisStreamSpecification: each write's change data capture units (one a KB of the item) sent to a Kinesis data stream are billed by the million, and slcost does not price them; the bill leaves them out`,
    );
  // A stream's readers are most often Lambda triggers, whose reads are free; a usage file can say otherwise.
  if (record(properties.StreamSpecification)) out.stream_consumer = 'lambda';
  return out;
}

export const dynamodbTemplate: TemplateSection = {
  types: ['AWS::DynamoDB::Table', 'AWS::Serverless::SimpleTable'],
  deployedName: 'TableName',
  properties: {
    'AWS::DynamoDB::Table': {
      reads: [
        'BillingMode',
        'GlobalSecondaryIndexes',
        'KinesisStreamSpecification',
        'PointInTimeRecoverySpecification',
        'ProvisionedThroughput',
        'StreamSpecification',
        'TableClass',
      ],
      others: [
        'AttributeDefinitions',
        'ContributorInsightsSpecification',
        'DeletionProtectionEnabled',
        'ImportSourceSpecification',
        'KeySchema',
        'LocalSecondaryIndexes',
        'OnDemandThroughput',
        'ResourcePolicy',
        'SSESpecification',
        'TableName',
        'Tags',
        'TimeToLiveSpecification',
        'WarmThroughput',
      ],
    },
    'AWS::Serverless::SimpleTable': {
      reads: ['PointInTimeRecoverySpecification', 'ProvisionedThroughput'],
      others: ['PrimaryKey', 'SSESpecification', 'TableName', 'Tags'],
    },
  },
  section: (resources, reader) => resources.map((resource) => entry(resource, reader)),
  usageKeys: ['reads_per_month', 'writes_per_month', 'storage_gb'],
  modeFields: { capacity_mode: ['read_capacity_units', 'write_capacity_units'] },
  // A provisioned table whose capacity the template does not give (a parameter without a default) is priced from the
  // usage file's: `usage init` asked for its reads and writes alone, and the file filled in as it asked was refused.
  needs: (entry) => (entry.capacity_mode === 'provisioned' ? (['read_capacity_units', 'write_capacity_units'] as const).filter((field) => entry[field] === undefined) : []),
};
