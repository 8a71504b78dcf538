// slcost init: a starter scenario that prices as it is and explains each field.
import { dirname, relative, resolve } from 'node:path';
import { shellWord, terminalText } from '../report/escape.js';
import { shippedSchemasDir } from './schema.js';
import { type Io, refuseExistingOutput, writeOutputFile } from './shell.js';

export function starterScenario(schemaPath: string): string {
  return `# yaml-language-server: $schema=${schemaPath}
# A starter slcost scenario: one API function behind an HTTP API, compared with
# the same work on EC2 and Fargate. Price it with: slcost estimate <this file>
# Every key is checked; a misspelt one is an error, never a silent default.

name: My API
# pricing: aws-2024-02-01      # a pricing version; default: the newest
# region: us-east-1            # default us-east-1
# free_tier: true              # the always-free tiers, Lambda's and the services'; default true

traffic:
  requests_per_month: 5000000  # the month's requests; functions and the API default to it
  pattern: diurnal             # steady | diurnal | spiky | custom
  diurnal:
    busy_hours_per_day: 10     # busy hours in the middle of the day
    peak_to_average: 2         # a busy hour against the day's average hour

lambda:
  functions:
    - name: api
      memory_mb: 512           # 128 to 10240
      duration_ms: 120         # average duration of one invocation
      architecture: arm64      # x86_64 | arm64 (about 20% cheaper)
      trigger: api             # what invokes it: api | url | s3 | sqs | sns | eventbridge |
                               # stream | step_functions | schedule | event; cold-start advice
                               # only where someone waits, the cost-bomb check only where
                               # traffic can flood in
      # provisioned_concurrency: 2     # environments kept warm all month
      # ephemeral_storage_mb: 512      # 512 (free) to 10240
      # logs: { app_bytes_per_invocation: 400, retention_days: 30 }   # its own logs (default: 264 B, kept forever)
      # reserved_concurrency: 20       # at most 20 at once: caps its worst month

api_gateway:
  type: http                   # none | rest | http | websocket
  # throttle: { rate_limit_rps: 50 }   # requests a second; caps the API's worst month

# The services around the functions, priced alike on every platform; each figure
# for the month (_per_month) or per request of the traffic (_per_request):
# services:
#   dynamodb: [{ name: users, reads_per_request: 1, writes_per_request: 0.1, item_kb: 1, storage_gb: 5 }]
#   sqs: [{ name: jobs, messages_per_request: 1, message_kb: 4 }]
#   s3: [{ name: uploads, storage_gb: 100, put_requests_per_request: 0.01, get_requests_per_request: 0.1 }]
#   data_transfer: { response_kb: 10 }

containers:                    # the same workload on containers, to compare
  ec2: { instance_type: t4g.small, requests_per_second_per_instance: 100, min_instances: 2 }
  fargate: { vcpu: 0.5, memory_gb: 1, architecture: arm64, requests_per_second_per_task: 50, min_tasks: 2 }

# budget:
#   monthly_usd: 25            # over it, slcost estimate exits 1
`;
}

/** Writes the starter to `file` and returns its path; refuses to overwrite without `force`. */
export function writeStarter(file: string, force: boolean): string {
  refuseExistingOutput(file, force, 'exists already; choose another name or pass --force to overwrite it');
  const schema = relative(dirname(resolve(file)), `${shippedSchemasDir()}scenario.schema.json`)
    .split('\\')
    .join('/');
  writeOutputFile(file, starterScenario(schema), force ? 'w' : 'wx');
  return file;
}

export async function initCommand(file: string, flags: { readonly force?: boolean }, io: Io): Promise<number> {
  writeStarter(file, Boolean(flags.force));
  // The name as text: a line break or an escape sequence in it reached the terminal raw (OSC 52 writes the clipboard).
  io.stdout(`wrote ${terminalText(file)}\nprice it with: slcost estimate ${terminalText(shellWord(file))}\n`);
  return 0;
}
