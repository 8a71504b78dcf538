// S3 buckets in a template: `AWS::S3::Bucket`, priced as S3 Standard. What a
// bucket stores and how often it is read only usage can tell.
import type { TemplateSection } from '../../../schema/template-section.js';

export const s3Template: TemplateSection = {
  types: ['AWS::S3::Bucket'],
  deployedName: 'BucketName',
  section: (resources) => resources.map((resource) => ({ name: resource.logicalId })),
  usageKeys: ['storage_gb', 'put_requests_per_month', 'get_requests_per_month'],
};
