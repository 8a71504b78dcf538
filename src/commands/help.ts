// Help texts. Every command's help shows a real example that works from a fresh clone.

export const MAIN_HELP = `slcost: what a serverless workload costs on AWS, line by line, offline.

Usage:
  slcost estimate FILE...   price one or more scenario files
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
