// S3's section of a scenario file: `services.s3`, a list of buckets.
import { Decimal } from '../../../core/money.js';
import { NONE } from '../../../core/usage.js';
import { monthlyQuantity, scenarioSection } from '../../../schema/scenario-section.js';
import type { Bucket } from './types.js';

export const s3Scenario = scenarioSection({
  key: 's3',
  group: 'services',
  schema: ({ z, monthlyOrPerRequest, resourceName }) =>
    z.optional(
      z.array(
        z.strictObject({
          name: resourceName,
          /** Average GB stored in S3 Standard over the month. */
          storage_gb: z.optional(z.number().check(z.gte(0), z.lte(1e12))),
          /** PUT, COPY, POST and LIST requests. */
          ...monthlyOrPerRequest('put_requests'),
          /** GET, SELECT and other requests. */
          ...monthlyOrPerRequest('get_requests'),
        }),
      ),
    ),
  read: (buckets, context): { s3Buckets: Bucket[] } => ({
    s3Buckets: (buckets ?? []).map((bucket, index): Bucket => {
      const at = ['s3', index];
      const putRequests = monthlyQuantity(bucket, 'put_requests', context, at);
      const getRequests = monthlyQuantity(bucket, 'get_requests', context, at);
      // A bucket with no figure at all is almost always usage left out, not a free bucket.
      if (bucket.storage_gb === undefined && !putRequests && !getRequests) {
        context.fail("a bucket needs storage_gb, put_requests_per_month or get_requests_per_month (or the requests' _per_request forms)", at);
      }
      return {
        name: bucket.name,
        storageGb: new Decimal(bucket.storage_gb ?? 0),
        putRequests: putRequests ?? NONE,
        getRequests: getRequests ?? NONE,
      };
    }),
  }),
});
