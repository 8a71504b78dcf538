// CloudWatch Logs' sections of a region in the price table: `cloudwatch_logs`
// (ingestion by log class, storage, Logs Insights, the free allowances) and
// `lambda_logs` (the bands Lambda's own logs are ingested at).
import { Decimal } from '../../../core/money.js';
import { checkBands, listBands, offTiers, priceSection, toTiers } from '../../../schema/price-section.js';
import type { CloudWatchLogsPrices, LambdaLogsPrices } from './types.js';

export interface CloudWatchLogsSection {
  readonly cloudwatchLogs: CloudWatchLogsPrices | null;
}

export interface LambdaLogsSection {
  readonly lambdaLogs: LambdaLogsPrices | null;
}

export const cloudwatchLogsPrices = priceSection({
  key: 'cloudwatch_logs',
  schema: ({ z, priceString, source }) =>
    z.optional(
      z.strictObject({
        source,
        standard_ingestion_per_gb: priceString,
        infrequent_access_ingestion_per_gb: priceString,
        storage_per_gb_month: priceString,
        insights_per_gb_scanned: priceString,
        free_ingestion_gb_per_month: z.number().check(z.gte(0)),
        free_storage_gb_months: z.number().check(z.gte(0)),
        free_insights_scanned_gb_per_month: z.number().check(z.gte(0)),
      }),
    ),
  read: (logs): CloudWatchLogsSection => ({
    cloudwatchLogs: logs
      ? {
          source: logs.source,
          ingestionPerGb: { standard: new Decimal(logs.standard_ingestion_per_gb), infrequent_access: new Decimal(logs.infrequent_access_ingestion_per_gb) },
          storagePerGbMonth: new Decimal(logs.storage_per_gb_month),
          insightsPerGbScanned: new Decimal(logs.insights_per_gb_scanned),
          free: {
            ingestionGb: new Decimal(logs.free_ingestion_gb_per_month),
            storageGbMonths: new Decimal(logs.free_storage_gb_months),
            scannedGb: new Decimal(logs.free_insights_scanned_gb_per_month),
          },
        }
      : null,
  }),
  discount: ({ cloudwatchLogs: logs }, off) => ({
    cloudwatchLogs: logs && {
      ...logs,
      ingestionPerGb: { standard: off(logs.ingestionPerGb.standard), infrequent_access: off(logs.ingestionPerGb.infrequent_access) },
      storagePerGbMonth: off(logs.storagePerGbMonth),
      insightsPerGbScanned: off(logs.insightsPerGbScanned),
    },
  }),
  list: ({ cloudwatchLogs: logs }, add) => {
    if (!logs) return;
    add('ingestion.standard', 'CloudWatch Logs ingestion, Standard class', logs.ingestionPerGb.standard, 'USD per GB');
    add('ingestion.infrequent-access', 'CloudWatch Logs ingestion, Infrequent Access class', logs.ingestionPerGb.infrequent_access, 'USD per GB');
    add('storage', 'CloudWatch Logs storage (compressed)', logs.storagePerGbMonth, 'USD per GB-month');
    add('insights', 'Logs Insights queries', logs.insightsPerGbScanned, 'USD per GB scanned');
  },
});

export const lambdaLogsPrices = priceSection({
  key: 'lambda_logs',
  // Infrequent Access bands are optional: before 2025-05-01 Lambda's logs had no class of their own to be billed in.
  schema: ({ z, tiers, source }) => z.optional(z.strictObject({ source, ingestion_per_gb: tiers, infrequent_access_ingestion_per_gb: z.optional(tiers) })),
  check: (logs, fail) => {
    checkBands(logs.ingestion_per_gb, fail, 'ingestion_per_gb');
    if (logs.infrequent_access_ingestion_per_gb) checkBands(logs.infrequent_access_ingestion_per_gb, fail, 'infrequent_access_ingestion_per_gb');
  },
  read: (logs): LambdaLogsSection => ({
    lambdaLogs: logs
      ? {
          source: logs.source,
          ingestionPerGb: toTiers(logs.ingestion_per_gb),
          infrequentAccessIngestionPerGb: logs.infrequent_access_ingestion_per_gb ? toTiers(logs.infrequent_access_ingestion_per_gb) : null,
        }
      : null,
  }),
  discount: ({ lambdaLogs: logs }, off) => ({
    lambdaLogs: logs && {
      ...logs,
      ingestionPerGb: offTiers(logs.ingestionPerGb, off),
      infrequentAccessIngestionPerGb: logs.infrequentAccessIngestionPerGb && offTiers(logs.infrequentAccessIngestionPerGb, off),
    },
  }),
  list: ({ lambdaLogs: logs }, add) => {
    if (!logs) return;
    listBands(logs.ingestionPerGb, 'ingestion', 'Lambda logs ingestion (GB)', 'USD per GB', add);
    if (logs.infrequentAccessIngestionPerGb)
      listBands(logs.infrequentAccessIngestionPerGb, 'ingestion.infrequent-access', 'Lambda logs ingestion, Infrequent Access class (GB)', 'USD per GB', add);
  },
});
