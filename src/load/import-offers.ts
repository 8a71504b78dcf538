// Offer files in, the sections of a price table out: prices are matched on
// their usage type (with the region prefix taken off) and attributes, never
// on SKUs, which differ by region and have been seen swapped in public copies.
import { clipped, InputError } from '../core/errors.js';
import { Decimal } from '../core/money.js';
import { formatCount } from '../core/numbers.js';
import { INSTANCE_TYPE } from '../providers/aws/ec2/prices.js';
import { type OfferMeta, type OfferPrice, readCsvOffer, readJsonOffer } from './offer-file.js';

/** The regions' names in offer files that give `location` but no `regionCode`. */
const LOCATIONS: Record<string, string> = {
  'us-east-1': 'US East (N. Virginia)',
  'us-west-2': 'US West (Oregon)',
  'eu-west-1': 'EU (Ireland)',
  'eu-central-1': 'EU (Frankfurt)',
  'ap-northeast-2': 'Asia Pacific (Seoul)',
  'ap-southeast-1': 'Asia Pacific (Singapore)',
};

/**
 * The usage types each offer's section is read from, one rate or band of rates each (Lambda@Edge's pair apart:
 * edgeRates says one without the other). An offer of some of them for the region had the rest left as the base table
 * has them without a word, under a `source:` that names the offer.
 */
const READ_TYPES: Readonly<Record<string, readonly string[]>> = {
  AWSLambda: [
    'Request',
    'Lambda-GB-Second',
    'Lambda-GB-Second-ARM',
    'Lambda-Provisioned-Concurrency',
    'Lambda-Provisioned-Concurrency-ARM',
    'Lambda-Provisioned-GB-Second',
    'Lambda-Provisioned-GB-Second-ARM',
    'Lambda-Storage-GB-Second',
  ],
  AmazonApiGateway: ['ApiGatewayRequest', 'ApiGatewayHttpRequest', 'ApiGatewayMessage', 'ApiGatewayMinute'],
  AmazonECS: ['Fargate-vCPU-Hours:perCPU', 'Fargate-GB-Hours', 'Fargate-ARM-vCPU-Hours:perCPU', 'Fargate-ARM-GB-Hours', 'Fargate-EphemeralStorage-GB-Hours'],
};

/**
 * The usage types slcost keeps the rows of, without their region prefix: those READ_TYPES names, with Lambda's
 * `Request-ARM` and Lambda@Edge's pair, which it does not.
 */
const WANTED: ReadonlySet<string> = new Set([...Object.values(READ_TYPES).flat(), 'Request-ARM', 'Lambda-Edge-Request', 'Lambda-Edge-GB-Second']);

/** What of its section an offer leaves to the base table: the usage types of READ_TYPES it gives no row of for the region, where it gives some. */
function notGiven(offer: string, prices: readonly OfferPrice[], region: string): string | null {
  const types = READ_TYPES[offer] ?? [];
  const given = new Set(prices.map(usageType));
  const lacking = types.filter((type) => !given.has(type));
  // None given is no region's offer: the import refuses it ("has no lambda prices").
  if (!lacking.length || lacking.length === types.length) return null;
  return `the ${offer} offer gives no ${lacking.join(', ')} price for ${region}; ${lacking.length === 1 ? 'it is' : 'those are'} left as the base table has ${lacking.length === 1 ? 'it' : 'them'}`;
}

type Band = { up_to?: number; usd: string };

/** The most instance types an import takes: ten times what AWS sells in a region. */
export const MAX_INSTANCE_TYPES = 10_000;
type Section = Record<string, unknown>;

export interface ImportResult {
  readonly offers: readonly OfferMeta[];
  /** Table sections for the region, in the shape of a pricing file. */
  readonly sections: Record<string, Section>;
  /** What of the offers the table leaves out, in words: a rate whose pair the offers lack. */
  readonly notes: readonly string[];
}

/** `USE1-Lambda-GB-Second` → `Lambda-GB-Second`; `Request` stays `Request`. */
function usageType(price: OfferPrice): string {
  return (price.attributes.usagetype ?? '').replace(/^[A-Z]{2,5}\d?-/, '');
}

const plain = (value: Decimal) => value.toFixed();

function edgeRates(requests: string | undefined, duration: string | undefined, notes: string[]): Section {
  if (requests !== undefined && duration !== undefined) return { edge_requests_per_million_usd: requests, edge_duration_per_gb_second: duration };
  // One alone was left out in silence, the base table's pair priced in place of the rate the offer gave.
  if (requests !== undefined || duration !== undefined) {
    const [given, lacking] = requests !== undefined ? ['Lambda-Edge-Request', 'Lambda-Edge-GB-Second'] : ['Lambda-Edge-GB-Second', 'Lambda-Edge-Request'];
    notes.push(`the AWSLambda offer gives ${given} but not ${lacking}; Lambda@Edge's two rates are read together, so both are left as the base table has them`);
  }
  return {};
}

/** A usage type's rows in the order of where each begins, compared as decimals (a range may be past a double's digits). */
function byBegin(rows: readonly OfferPrice[]): OfferPrice[] {
  return [...rows].sort((a, b) => new Decimal(a.beginRange).comparedTo(b.beginRange));
}

/**
 * A tiered price from its rows, in the order of where each begins (byBegin); a leading $0 row
 * is a free allowance (returned apart, as slcost keeps free tiers out of the bands).
 * @param scale multiplies each price (1,000,000 to turn a price per request into one per million)
 */
function bandsOf(rows: readonly OfferPrice[], scale = 1): { bands: Band[]; free: number } {
  const sorted = [...rows];
  let free = 0;
  if (sorted.length > 1 && new Decimal(sorted[0]!.usd).isZero()) {
    free = Number(sorted[0]!.endRange);
    sorted.shift();
  }
  const bands = sorted.map((row, index) => {
    const usd = plain(new Decimal(row.usd).times(scale));
    const last = index === sorted.length - 1;
    return last || row.endRange === 'Inf' ? { usd } : { up_to: Number(row.endRange), usd };
  });
  return { bands, free };
}

/**
 * The rows of one usage type are one run of ranges from 0 to Inf, each
 * beginning where the one before ends. A gap, an overlap or a second price for
 * a range (two SKUs of one usage type) was laid into bands in silence: the
 * first row's price kept, a band's start moved to the end of the one before.
 */
function checkRun(sorted: readonly OfferPrice[], type: string, file: string): void {
  if (!sorted.length) return;
  // A band's end is written into the table as a number: 123456789012345678 was written as 123456789012345680.
  const inexact = sorted.find((row) => row.endRange !== 'Inf' && !new Decimal(Number(row.endRange)).equals(row.endRange));
  if (inexact) {
    throw new InputError(
      `SKU ${JSON.stringify(clipped(inexact.sku))}: its ${type} range ends at ${clipped(inexact.endRange)}, which a price table cannot hold as written (it holds 15 significant digits)`,
      { file },
    );
  }
  let end = '0';
  const broken = sorted.some((row) => {
    const off = end === 'Inf' || !new Decimal(row.beginRange).equals(end);
    end = row.endRange;
    return off;
  });
  if (!broken && end === 'Inf') return;
  const shown = sorted.slice(0, 6).map((row) => `${clipped(row.beginRange)}–${clipped(row.endRange)} (SKU ${JSON.stringify(clipped(row.sku))})`);
  const more = sorted.length > shown.length ? ` and ${sorted.length - shown.length} more` : '';
  throw new InputError(
    `its ${type} prices cover ${shown.join(', ')}${more}, not one run of ranges from 0 to Inf, each beginning where the one before ends; is it one region's offer file as AWS publishes it?`,
    { file },
  );
}

export function importOffers(files: readonly string[], region: string): ImportResult {
  const offers: OfferMeta[] = [];
  // Each offer's prices, as its one file gave them (a copy of every row's attributes, to say which offer it came from, cost a second of 100,000 rows).
  const pricesOf = new Map<string, readonly OfferPrice[]>();
  const inRegion = (a: Readonly<Record<string, string>>) => (a.regioncode ? a.regioncode === region : a.location === LOCATIONS[region]);
  const keep = (_family: string, a: Readonly<Record<string, string>>) => {
    if (!inRegion(a)) return false;
    const type = (a.usagetype ?? '').replace(/^[A-Z]{2,5}\d?-/, '');
    if (WANTED.has(type) || /PublicIPv4:InUseAddress$/.test(type)) return true;
    return /BoxUsage:/.test(type) && a.operatingsystem === 'Linux' && a.tenancy === 'Shared' && a.preinstalledsw === 'NA' && a.capacitystatus === 'Used';
  };
  // Which file gave each offer: a second file of the same offer would lay its prices over the first's, every band twice.
  const fileOf = new Map<string, string>();
  for (const file of files) {
    const { meta, prices } = /\.csv$/i.test(file) ? readCsvOffer(file, keep) : readJsonOffer(file, keep);
    if (!['AWSLambda', 'AmazonApiGateway', 'AmazonECS', 'AmazonEC2'].includes(meta.offerCode)) {
      throw new InputError(`is an offer file for ${meta.offerCode || 'an unknown offer'}; slcost imports AWSLambda, AmazonApiGateway, AmazonECS and AmazonEC2`, { file });
    }
    const earlier = fileOf.get(meta.offerCode);
    if (earlier !== undefined) throw new InputError(`is a second ${meta.offerCode} offer file (after ${earlier}); give one file of each offer`, { file });
    fileOf.set(meta.offerCode, file);
    offers.push(meta);
    pricesOf.set(meta.offerCode, prices);
  }
  const sourceOf = (code: string) =>
    `AWS Price List Bulk API, ${offers
      .filter((o) => o.offerCode === code)
      .map((o) => `${o.offerCode} version ${o.version} (published ${o.publicationDate})`)
      .join(', ')}, ${region}`;
  const byType = (offer: string, type: string) => {
    const rows = byBegin((pricesOf.get(offer) ?? []).filter((p) => usageType(p) === type));
    checkRun(rows, type, fileOf.get(offer)!);
    return rows;
  };
  // A price slcost reads as one rate, from rows that give it: a second rate (a range of another price) was dropped in silence, the first kept.
  const single = (rows: readonly OfferPrice[], type: string, file: string, scale = 1) => {
    const rates = [...new Set(rows.map((row) => new Decimal(row.usd).toFixed()))];
    if (rates.length > 1) {
      throw new InputError(
        `its ${type} prices come at ${formatCount(rates.length)} rates (${rates
          .slice(0, 6)
          .map((rate) => `$${clipped(rate)}`)
          .join(', ')}${rates.length > 6 ? ', …' : ''}); slcost prices ${type} at one rate`,
        { file },
      );
    }
    return rows.length ? plain(new Decimal(rows[0]!.usd).times(scale)) : undefined;
  };
  const rate = (offer: string, type: string, scale = 1) => single(byType(offer, type), type, fileOf.get(offer)!, scale);
  const sections: Record<string, Section> = {};
  const notes: string[] = [];
  const clean = (section: Section) =>
    Object.fromEntries(Object.entries(section).filter(([, value]) => value !== undefined && !(typeof value === 'object' && value !== null && Object.keys(value).length === 0)));

  if (offers.some((o) => o.offerCode === 'AWSLambda')) {
    const x86 = bandsOf(byType('AWSLambda', 'Lambda-GB-Second'));
    const arm = bandsOf(byType('AWSLambda', 'Lambda-GB-Second-ARM'));
    const requestRows = byType('AWSLambda', 'Request');
    const requests = bandsOf(requestRows, 1_000_000);
    sections.lambda = clean({
      source: sourceOf('AWSLambda'),
      // One rate a request, past a free allowance (a leading $0 row, as bandsOf reads it).
      requests_per_million_usd: single(
        requestRows.length > 1 && new Decimal(requestRows[0]!.usd).isZero() ? requestRows.slice(1) : requestRows,
        'Request',
        fileOf.get('AWSLambda')!,
        1_000_000,
      ),
      duration_per_gb_second: clean({ x86_64: x86.bands.length ? x86.bands : undefined, arm64: arm.bands.length ? arm.bands : undefined }),
      provisioned_concurrency_per_gb_second: clean({
        x86_64: rate('AWSLambda', 'Lambda-Provisioned-Concurrency'),
        arm64: rate('AWSLambda', 'Lambda-Provisioned-Concurrency-ARM'),
      }),
      provisioned_duration_per_gb_second: clean({
        x86_64: rate('AWSLambda', 'Lambda-Provisioned-GB-Second'),
        arm64: rate('AWSLambda', 'Lambda-Provisioned-GB-Second-ARM'),
      }),
      ephemeral_storage_per_gb_second: rate('AWSLambda', 'Lambda-Storage-GB-Second'),
      // Lambda@Edge's two rates together, or neither: one alone leaves the base table's pair as it is.
      ...edgeRates(rate('AWSLambda', 'Lambda-Edge-Request', 1_000_000), rate('AWSLambda', 'Lambda-Edge-GB-Second'), notes),
      // Only a free allowance the offer shows as a $0 row replaces the table's; Lambda's is usually a credit, not a row.
      ...(x86.free || requests.free ? { free_tier: clean({ requests: requests.free || undefined, gb_seconds: x86.free || undefined }) } : {}),
    });
  }
  if (offers.some((o) => o.offerCode === 'AmazonApiGateway')) {
    const perMillion = (type: string) => {
      const bands = bandsOf(byType('AmazonApiGateway', type), 1_000_000).bands;
      return bands.length ? bands : undefined;
    };
    sections.api_gateway = clean({
      source: sourceOf('AmazonApiGateway'),
      rest_per_million_requests: perMillion('ApiGatewayRequest'),
      http_per_million_requests: perMillion('ApiGatewayHttpRequest'),
      websocket_per_million_messages: perMillion('ApiGatewayMessage'),
      websocket_per_million_connection_minutes: rate('AmazonApiGateway', 'ApiGatewayMinute', 1_000_000),
    });
  }
  if (offers.some((o) => o.offerCode === 'AmazonECS')) {
    sections.fargate = clean({
      source: sourceOf('AmazonECS'),
      per_vcpu_hour: clean({ x86_64: rate('AmazonECS', 'Fargate-vCPU-Hours:perCPU'), arm64: rate('AmazonECS', 'Fargate-ARM-vCPU-Hours:perCPU') }),
      per_gb_hour: clean({ x86_64: rate('AmazonECS', 'Fargate-GB-Hours'), arm64: rate('AmazonECS', 'Fargate-ARM-GB-Hours') }),
      ephemeral_storage_per_gb_hour: rate('AmazonECS', 'Fargate-EphemeralStorage-GB-Hours'),
    });
  }
  if (offers.some((o) => o.offerCode === 'AmazonEC2')) {
    // A Map: an instance type is the offer file's text, and `__proto__` set on an object would be its prototype.
    const instances = new Map<string, unknown>();
    const ec2 = pricesOf.get('AmazonEC2') ?? [];
    for (const price of ec2) {
      const a = price.attributes;
      // Linux, shared tenancy, no pre-installed software, used capacity: one price per type.
      const linux = a.operatingsystem === 'Linux' && a.tenancy === 'Shared' && a.preinstalledsw === 'NA' && a.capacitystatus === 'Used' && /BoxUsage:/.test(a.usagetype ?? '');
      if (price.family !== 'Compute Instance' || !linux || !a.instancetype) continue;
      // Two rows of one instance type: the last one's price was kept in silence.
      const before = instances.get(a.instancetype) as { usd_per_hour: string } | undefined;
      if (before && !new Decimal(before.usd_per_hour).equals(price.usd)) {
        throw new InputError(
          `SKU ${JSON.stringify(clipped(price.sku))} prices ${a.instancetype} at $${plain(new Decimal(price.usd))} an hour, and an earlier row at $${before.usd_per_hour}: one on-demand Linux price is read per type`,
          { file: fileOf.get('AmazonEC2')! },
        );
      }
      instances.set(a.instancetype, {
        architecture: /graviton|arm/i.test(`${a.physicalprocessor ?? ''} ${a.processorarchitecture ?? ''}`) ? 'arm64' : 'x86_64',
        ...instanceSize(price, fileOf.get('AmazonEC2')!),
        usd_per_hour: plain(new Decimal(price.usd)),
      });
    }
    // AWS sells about a thousand instance types. Each is a few lines of the table, and a file of 100,000 took seconds to
    // write out before it was refused as a price file past 4 MB: more than MAX_INSTANCE_TYPES is not one region's offer.
    if (instances.size > MAX_INSTANCE_TYPES) {
      throw new InputError(
        `prices ${formatCount(instances.size)} instance types; AWS sells about a thousand, and an import takes at most ${formatCount(MAX_INSTANCE_TYPES)}: is it one region's offer file as AWS publishes it?`,
        { file: fileOf.get('AmazonEC2')! },
      );
    }
    sections.ec2 = clean({
      source: sourceOf('AmazonEC2'),
      public_ipv4_per_hour: single(
        ec2.filter((p) => /PublicIPv4:InUseAddress$/.test(p.attributes.usagetype ?? '')),
        'PublicIPv4:InUseAddress',
        fileOf.get('AmazonEC2')!,
      ),
      instances: instances.size ? Object.fromEntries([...instances].sort(([a], [b]) => (a < b ? -1 : 1))) : undefined,
    });
  }
  for (const offer of offers) {
    const lacking = notGiven(offer.offerCode, pricesOf.get(offer.offerCode) ?? [], region);
    if (lacking !== null) notes.push(lacking);
  }
  return { offers, sections, notes };
}

/**
 * An EC2 row's instance type, vCPUs and memory (`8 GiB`, `1,952 GiB`), checked
 * as its price is, and said of the offer file and its SKU: before, a row the
 * price table refuses (an instance type `<script>`, 0 vCPUs) was written, then
 * refused at a line of the output file, which was deleted.
 */
function instanceSize(price: OfferPrice, file: string): { vcpu: number; memory_gib: number } {
  const { instancetype: type = '', vcpu = '', memory = '' } = price.attributes;
  const sku = JSON.stringify(price.sku);
  if (!INSTANCE_TYPE.test(type)) throw new InputError(`SKU ${sku} has an instance type of ${JSON.stringify(clipped(type))}, which is not written like one (c6g.xlarge)`, { file });
  const vcpus = /^\d{1,4}(\.\d{1,4})?$/.test(vcpu.trim()) ? Number(vcpu) : 0;
  if (!(vcpus > 0)) throw new InputError(`SKU ${sku} (${type}) has ${JSON.stringify(clipped(vcpu))} vCPUs, which is not a plain number above 0`, { file });
  const gib = /^(\d{1,7}(\.\d{1,4})?) ?GiB$/i.exec(memory.replaceAll(',', '').trim());
  if (!gib || !(Number(gib[1]) > 0))
    throw new InputError(`SKU ${sku} (${type}) has a memory of ${JSON.stringify(clipped(memory))}, which is not a number of GiB above 0 (8 GiB)`, { file });
  return { vcpu: vcpus, memory_gib: Number(gib[1]) };
}
