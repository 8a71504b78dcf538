// DynamoDB tables in a template: `AWS::DynamoDB::Table` (on-demand when its
// BillingMode is PAY_PER_REQUEST; provisioned, CloudFormation's default,
// otherwise) and SAM's `AWS::Serverless::SimpleTable` (provisioned when it
// gives ProvisionedThroughput, else on-demand).
import type { TemplateResource, TemplateSection } from '../../../schema/template-section.js';

/** A capacity figure the template states: a number, or a string holding one (a resolved parameter). */
function units(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value);
  return undefined;
}

function record(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function entry(resource: TemplateResource): Record<string, unknown> {
  const { properties } = resource;
  const throughput = record(properties.ProvisionedThroughput);
  const provisioned = resource.type === 'AWS::Serverless::SimpleTable' ? throughput !== undefined : properties.BillingMode !== 'PAY_PER_REQUEST';
  const out: Record<string, unknown> = { name: resource.logicalId, capacity_mode: provisioned ? 'provisioned' : 'on_demand' };
  if (provisioned) {
    const read = units(throughput?.ReadCapacityUnits);
    const write = units(throughput?.WriteCapacityUnits);
    if (read !== undefined) out.read_capacity_units = read;
    if (write !== undefined) out.write_capacity_units = write;
  }
  // A stream's readers are most often Lambda triggers, whose reads are free; a usage file can say otherwise.
  if (record(properties.StreamSpecification)) out.stream_consumer = 'lambda';
  return out;
}

export const dynamodbTemplate: TemplateSection = {
  types: ['AWS::DynamoDB::Table', 'AWS::Serverless::SimpleTable'],
  section: (resources) => resources.map(entry),
  usageKeys: ['reads_per_month', 'writes_per_month', 'storage_gb'],
};
