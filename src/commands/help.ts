// Help texts. Every command's help shows a real example that works from a fresh clone.

export const MAIN_HELP = `slcost: what a serverless workload costs on AWS, line by line, offline.

Usage:
  slcost estimate FILE...   price scenario files, or templates with --usage
  slcost usage init FILE    write a usage file for a serverless.yml or SAM template
  slcost pricing list       the price tables (show ID, diff A B)
  slcost breakeven FILE     chart cost against monthly requests, name the crossovers
  slcost decide             serverless or containers? a questionnaire (--answers FILE)
  slcost diff BASE HEAD     what changed in cost between two versions of a scenario
  slcost schema             print the JSON Schema of scenarios (--output: of the JSON)
  slcost init [FILE]        write a commented starter scenario
  slcost help [COMMAND]     show help for a command

Options:
  -h, --help                show this help
  -V, --version             show the version

Example:
  slcost estimate scenarios/growing-api.yaml

Exit codes: 0 success, 1 a budget was exceeded, 2 bad input (the message names
the file, line and field).
`;

export const ESTIMATE_HELP = `Price one or more scenario files: Lambda requests and duration, the free tier,
provisioned concurrency, ephemeral storage and API Gateway, as line items.

Usage:
  slcost estimate FILE... [options]

Options:
  -f, --format FORMAT   table (default), json, markdown or csv
  -p, --pricing ID      price with this pricing version (default: the scenario's
                        own, else the newest); ids are the files in pricing/aws/,
                        e.g. aws-2022-08-01 (slcost pricing list)
      --pricing-date DATE the version in force on DATE (YYYY-MM-DD)
      --pricing-file FILE your own table: extends: ID, discount_pct and overrides
      --no-free-tier    leave out Lambda's always-free tier (1M requests and
                        400,000 GB-seconds a month)
      --budget USD      the serverless monthly budget of every file, in place of
                        the files' own budget: blocks; over it, exit code 1
  -u, --usage FILE      the usage file for serverless.yml / SAM templates: each
                        function's requests and duration, and scenario settings
  -h, --help            show this help

Examples:
  slcost estimate scenarios/growing-api.yaml
  slcost estimate scenarios/*.yaml --budget 20000
  slcost estimate scenarios/templates/image-processor/serverless.yml \
      --usage scenarios/templates/image-processor/usage.yaml
  slcost estimate scenarios/*.yaml --format json
  slcost estimate scenarios/high-traffic.yaml --pricing aws-2021-09-29 --no-free-tier

Several files are priced one by one; a bad file is reported on standard error
and the others are still priced. JSON for several files is one document with an
entry per scenario and a summary.

Exit codes: 0 priced and within every budget; 1 a budget was exceeded (one line
per scenario on standard error; the output is still printed); 2 an input was
wrong, which wins over 1.
`;

export const BREAKEVEN_HELP = `Sweep a scenario's monthly requests, holding everything else fixed, and
chart the monthly cost of serverless, EC2 and Fargate (the platforms in its
containers block); every volume where two of them cross is named under the chart.

Usage:
  slcost breakeven FILE [options]

Options:
      --from N          lowest monthly requests (default 10K); 10000, 1e6, 10M, 1.5B
      --to N            highest monthly requests (default 10B)
      --points N        volumes in the sweep, log-spaced (default 60, up to 100000)
  -f, --format FORMAT   chart (default), json or csv
  -p, --pricing ID      price with this pricing version
      --no-free-tier    leave out Lambda's always-free tier
  -h, --help            show this help

Examples:
  slcost breakeven scenarios/growing-api.yaml
  slcost breakeven scenarios/growing-api.yaml --from 1M --to 1B --format json
  slcost breakeven scenarios/high-traffic.yaml --points 200 --format csv

The crossovers are solved exactly from the cost curves (free tiers, price
bands, one more instance per capacity step), not read off the sampled points.
`;

export const DIFF_HELP = `Compare two versions of a scenario, or one scenario under two pricing
versions: every line item's and every platform total's change, in dollars and
percent, and which functions changed.

Usage:
  slcost diff BASE.yaml HEAD.yaml [options]
  slcost diff FILE.yaml --pricing-base ID [options]

Options:
      --pricing-base ID         price BASE with this pricing version
  -p, --pricing ID              price HEAD (and BASE, without --pricing-base) with it
      --fail-on-increase PCT    exit 1 when a platform's total rises by more than PCT %
      --fail-on-increase-usd USD  exit 1 when it rises by more than USD a month
  -f, --format FORMAT           table (default), json or markdown (a pull-request comment)
      --no-free-tier            leave out Lambda's always-free tier on both sides
  -h, --help                    show this help

Examples:
  slcost diff scenarios/growing-api.yaml scenarios/high-traffic.yaml
  slcost diff scenarios/high-traffic.yaml --pricing-base aws-2021-09-29 --format markdown
  slcost diff scenarios/growing-api.yaml scenarios/growing-api.yaml --fail-on-increase 10
`;

export const SCHEMA_HELP = `Print a JSON Schema: of the scenario format (for editors), or of the JSON
that slcost estimate --format json prints.

Usage:
  slcost schema [scenario | output | outputs]

Options:
      --output          the same as "output": one file's estimate document
  -h, --help            show this help

Examples:
  slcost schema > scenario.schema.json
  slcost schema --output
`;

export const INIT_HELP = `Write a commented starter scenario that estimates as it is; its first line
points YAML editors at the scenario JSON Schema.

Usage:
  slcost init [FILE]    (default scenario.yaml)

Options:
      --force           overwrite FILE if it exists
  -h, --help            show this help

Examples:
  slcost init my-api.yaml
`;

export const DECIDE_HELP = `Should it be serverless, containers, a VM, or a mix? Answer a few questions,
one at a time (arrow keys, Enter; Ctrl-C leaves), and get a recommendation with
the path your answers took, the reasons and the caveats.

Usage:
  slcost decide [options]

Options:
      --scenario FILE   answer volume, traffic, duration and memory from a scenario,
                        price it, and let the cost comparison weigh in
      --answers FILE    answer from a YAML file instead of asking (for scripts and
                        CI); keys: max_execution_minutes, needs_gpu, memory_gb,
                        needs_sub_10ms_latency, persistent_connections,
                        traffic_pattern (steady|diurnal|spiky|unpredictable),
                        requests_per_month, engineering_time_more_valuable,
                        stateful_workflows, uses_relational_database, aws_committed
  -f, --format FORMAT   table (default), json or markdown
  -p, --pricing ID      price the scenario with this pricing version
      --no-free-tier    leave out Lambda's always-free tier
  -h, --help            show this help

Examples:
  slcost decide
  slcost decide --scenario scenarios/high-traffic.yaml
  slcost decide --answers scenarios/answers/spiky-api.yaml --format json
`;

export const USAGE_HELP = `Write a usage file for a serverless.yml or SAM template: every function it
has, with its memory, architecture, timeout and API as comments, and a line to
fill in with its requests a month and average duration.

Usage:
  slcost usage init TEMPLATE [options]

Options:
  -o, --output FILE     where to write it (default usage.yaml)
      --force           overwrite it if it exists
  -h, --help            show this help

Examples:
  slcost usage init scenarios/templates/image-processor/serverless.yml --output my-usage.yaml
  slcost usage init scenarios/templates/thumbnail-sam/template.yaml --force
`;

export const PRICING_HELP = `The versioned price tables that ship with slcost: which exist, what one
holds, and what changed between two.

Usage:
  slcost pricing list
  slcost pricing show ID [--service SERVICE] [--region REGION]
  slcost pricing diff A B
  slcost pricing import OFFER.json|OFFER.csv... [--region R] [--base ID] [--output FILE]

Options:
      --service SERVICE   lambda, api_gateway, ec2, fargate, load_balancer or commitments
      --region REGION     one region only; for import, the region to read (default
                          us-east-1)
      --base ID           import: the version the imported prices are laid over
                          (default the newest)
  -o, --output FILE       import: where to write (default prices-REGION.yaml)
      --force             import: overwrite the output
  -f, --format FORMAT     table (default) or json
  -h, --help              show this help

Examples:
  slcost pricing list
  slcost pricing show aws-2024-02-01 --service lambda --region us-east-1
  slcost pricing diff aws-2022-03-24 aws-2022-08-01
  slcost pricing import AWSLambda-us-east-1.json AmazonEC2-us-east-1.csv

import reads AWS Price List Bulk API offer files (AWSLambda, AmazonApiGateway,
AmazonECS, AmazonEC2; JSON or CSV, streamed), matches prices on usage types and
attributes, and writes a --pricing-file of them over a shipped version.
`;

/** The help of each command, by name. */
export const HELP: Readonly<Record<string, string>> = {
  estimate: ESTIMATE_HELP,
  breakeven: BREAKEVEN_HELP,
  diff: DIFF_HELP,
  schema: SCHEMA_HELP,
  init: INIT_HELP,
  decide: DECIDE_HELP,
  usage: USAGE_HELP,
  pricing: PRICING_HELP,
};
