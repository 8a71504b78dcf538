// Data transfer has no resource of its own in a template: how much a workload
// sends is usage, given in the scenario or the usage file.
import type { TemplateSection } from '../../../schema/template-section.js';

export const dataTransferTemplate: TemplateSection = {
  types: [],
  section: () => undefined,
  usageKeys: ['internet_out_gb_per_month'],
};
