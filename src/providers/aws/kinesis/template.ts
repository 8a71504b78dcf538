// Kinesis streams in a template: `AWS::Kinesis::Stream`, on-demand when
// `StreamModeDetails.StreamMode` says so, else provisioned with its `ShardCount`.
import type { TemplateSection } from '../../../schema/template-section.js';

export const kinesisTemplate: TemplateSection = {
  types: ['AWS::Kinesis::Stream'],
  section: (resources) =>
    resources.map((resource) => {
      const details = resource.properties.StreamModeDetails as { StreamMode?: unknown } | undefined;
      if (details?.StreamMode === 'ON_DEMAND') return { name: resource.logicalId, mode: 'on_demand' };
      // CloudFormation writes numbers as strings as often as not; one it could not resolve is left for the usage file to give.
      const shards = Number(resource.properties.ShardCount);
      return { name: resource.logicalId, mode: 'provisioned', ...(Number.isInteger(shards) && shards >= 1 ? { shards } : {}) };
    }),
  usageKeys: ['records_per_month', 'record_kb'],
};
