// NAT gateways in a template: each `AWS::EC2::NatGateway` is one more gateway billed by the hour.
import type { TemplateSection } from '../../../schema/template-section.js';

export const natGatewayTemplate: TemplateSection = {
  types: ['AWS::EC2::NatGateway'],
  section: (resources) => (resources.length ? { count: resources.length } : undefined),
  usageKeys: ['processed_gb_per_month'],
};
