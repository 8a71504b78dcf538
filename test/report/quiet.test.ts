import { describe, expect, it } from 'vitest';
import { serviceWarnings } from '../../src/providers/aws/services.js';
import { QUIET_WARNINGS } from '../../src/report/quiet.js';

describe('--quiet keeps what may make the bill wrong or a request fail', () => {
  it("keeps each service's warnings its folder declares a limit or left out, and none it declares advice", () => {
    // DynamoDB's throttled capacity and the functions' logs a table cannot price, declared in their own folders.
    expect(serviceWarnings('limit', 'left-out')).toEqual(expect.arrayContaining(['dynamodb_capacity_below_load', 'lambda_logs_not_priced']));
    for (const id of serviceWarnings('limit', 'left-out')) expect(QUIET_WARNINGS.has(id)).toBe(true);
    for (const id of serviceWarnings('advice')) expect(QUIET_WARNINGS.has(id)).toBe(false);
  });

  it("keeps the serverless checks' limits, the worst month and the bills without their usage", () => {
    for (const id of ['concurrency_limit', 'reserved_concurrency', 'payload_limit', 'execution_time_limit', 'duration_over_timeout', 'cost_bomb', 'cost_bomb_unchecked']) {
      expect(QUIET_WARNINGS.has(id)).toBe(true);
    }
    for (const id of [
      'no_usage_given',
      'not_priced_without_usage',
      'usage_not_in_template',
      'usage_not_priced',
      'requests_below_schedule',
      'resources_not_priced',
      'settings_not_priced',
    ])
      expect(QUIET_WARNINGS.has(id)).toBe(true);
    expect(QUIET_WARNINGS.has('cold_start_share')).toBe(false);
  });
});
