import { describe, expect, it } from 'vitest';
import { QUIET_WARNINGS } from '../../src/report/quiet.js';

describe('--quiet keeps what may make the bill wrong or a request fail', () => {
  it("keeps the serverless checks' limits and each service's warnings declared a limit or left out, and no advice", () => {
    expect([...QUIET_WARNINGS].sort()).toEqual(
      [
        'concurrency_limit',
        'reserved_concurrency',
        'payload_limit',
        'execution_time_limit',
        'duration_over_timeout',
        'cost_bomb',
        'cost_bomb_unchecked',
        'no_usage_given',
        'not_priced_without_usage',
        'usage_not_in_template',
        // Declared by DynamoDB (`limit`) and the functions' logs (`left-out`) in their own folders.
        'dynamodb_capacity_below_load',
        'lambda_logs_not_priced',
      ].sort(),
    );
  });
});
