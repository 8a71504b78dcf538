// SQS queues in a template: `AWS::SQS::Queue`, FIFO when `FifoQueue` is true.
import type { TemplateSection } from '../../../schema/template-section.js';

export const sqsTemplate: TemplateSection = {
  types: ['AWS::SQS::Queue'],
  section: (resources) =>
    resources.map((resource) => ({
      name: resource.logicalId,
      type: resource.properties.FifoQueue === true || resource.properties.FifoQueue === 'true' ? 'fifo' : 'standard',
    })),
  usageKeys: ['messages_per_month'],
};
