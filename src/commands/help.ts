// Help texts. Every command's help shows a real example that works from a fresh clone.

export const MAIN_HELP = `slcost: what a serverless workload costs on AWS, line by line, offline.

Usage:
  slcost estimate FILE...   price one or more scenario files
  slcost breakeven FILE     chart cost against monthly requests, name the crossovers
  slcost help [COMMAND]     show help for a command

Options:
  -h, --help                show this help
  -V, --version             show the version

Example:
  slcost estimate scenarios/growing-api.yaml

Exit codes: 0 success, 2 bad input (the message names the file, line and field).
`;

export const ESTIMATE_HELP = `Price one or more scenario files: Lambda requests and duration, the free tier,
provisioned concurrency, ephemeral storage and API Gateway, as line items.

Usage:
  slcost estimate FILE... [options]

Options:
  -f, --format FORMAT   table (default), json, markdown or csv
  -p, --pricing ID      price with this pricing version (default: the scenario's
                        own, else the newest); ids are the files in pricing/aws/,
                        e.g. aws-2022-08-01
      --no-free-tier    leave out Lambda's always-free tier (1M requests and
                        400,000 GB-seconds a month)
  -h, --help            show this help

Examples:
  slcost estimate scenarios/growing-api.yaml
  slcost estimate scenarios/*.yaml --format json
  slcost estimate scenarios/high-traffic.yaml --pricing aws-2021-09-29 --no-free-tier

Several files are priced one by one; a bad file is reported on standard error
and the others are still priced (exit code 2). JSON for several files is one
document with an entry per scenario and a summary.
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
