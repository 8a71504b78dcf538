// Log groups in a template: `AWS::Logs::LogGroup`, whose `RetentionInDays`
// caps the stored GB. The stated logs are one object for the account, so the
// groups together imply one retention: the longest, or never when any group
// keeps its logs for ever (a group without `RetentionInDays`).
import type { TemplateSection } from '../../../schema/template-section.js';

export const cloudwatchLogsTemplate: TemplateSection = {
  types: ['AWS::Logs::LogGroup'],
  section: (resources) => {
    if (!resources.length) return undefined;
    const days = resources.map((resource) => Number(resource.properties.RetentionInDays));
    if (days.some((value) => !Number.isInteger(value) || value < 1)) return { retention_days: 'never' };
    return { retention_days: Math.max(...days) };
  },
  usageKeys: ['ingest_gb_per_month', 'insights_scanned_gb_per_month'],
};
