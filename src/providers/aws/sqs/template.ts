// SQS queues in a template: `AWS::SQS::Queue`, FIFO when `FifoQueue` is true.
import { clipped } from '../../../core/errors.js';
import { intrinsicOf, shownValue, templateBoolean, type TemplateSection } from '../../../schema/template-section.js';

export const sqsTemplate: TemplateSection = {
  types: ['AWS::SQS::Queue'],
  deployedName: 'QueueName',
  properties: {
    'AWS::SQS::Queue': {
      reads: ['FifoQueue', 'QueueName'],
      others: [
        'ContentBasedDeduplication',
        'DeduplicationScope',
        'DelaySeconds',
        'FifoThroughputLimit',
        'KmsDataKeyReusePeriodSeconds',
        'KmsMasterKeyId',
        'MaximumMessageSize',
        'MessageRetentionPeriod',
        'ReceiveMessageWaitTimeSeconds',
        'RedriveAllowPolicy',
        'RedrivePolicy',
        'SqsManagedSseEnabled',
        'Tags',
        'VisibilityTimeout',
      ],
    },
  },
  section: (resources, reader) =>
    resources.map((resource) => {
      const written = resource.properties.FifoQueue;
      const fifo = templateBoolean(written);
      // A FifoQueue that is no truth value (`yes`, `1`), or a .fifo name without it (both refused by CloudFormation), is
      // said: priced as a standard queue, its requests cost a fifth below what a FIFO queue's do.
      // A Ref the reader kept (to one of the template's resources) it has said already.
      const intrinsic = intrinsicOf(written);
      if (written !== undefined && written !== null && fifo === null && intrinsic !== 'Ref')
        reader?.note(
          `Resources.${clipped(resource.logicalId)}.Properties.FifoQueue: ${intrinsic === null ? `${shownValue(written)} is neither true nor false` : `${intrinsic} cannot be worked out from the template alone`}; priced as a standard queue`,
        );
      const name = resource.properties.QueueName;
      if (fifo !== true && typeof name === 'string' && name.endsWith('.fifo'))
        reader?.note(
          `Resources.${clipped(resource.logicalId)}.Properties.QueueName: ends in .fifo, but FifoQueue is not true (CloudFormation refuses such a queue); priced as a standard queue`,
        );
      return { name: resource.logicalId, type: fifo === true ? 'fifo' : 'standard' };
    }),
  usageKeys: ['messages_per_month'],
};
