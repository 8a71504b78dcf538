// The offer-file importer: fixtures in the real Price List format (JSON and
// CSV, tiers out of order, ARM usage types, a $0 free row, other regions, other
// operating systems) turn into the prices the shipped tables hold.
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPricing } from '../../src/commands/pricing.js';
import { priceDiff } from '../../src/providers/aws/price-list.js';
import { formatError, type SlcostError } from '../../src/core/errors.js';
import { loadCustomPriceBook } from '../../src/load/custom-pricing.js';
import { importOffers } from '../../src/load/import-offers.js';
import { findPricingVersion, loadPriceBook, shippedPricingDir } from '../../src/load/load-pricing.js';
import { readCsvOffer, readJsonOffer } from '../../src/load/offer-file.js';
import { tempDir, tempFile } from '../helpers/files.js';

const OFFERS = 'test/fixtures/offers';

describe('reading offer files', () => {
  it('streams a JSON offer: one price per price dimension, with its product’s attributes', () => {
    const { meta, prices } = readJsonOffer(`${OFFERS}/AWSLambda-us-east-1.json`);
    expect(meta).toEqual({ offerCode: 'AWSLambda', version: '20260831000000', publicationDate: '2026-08-31T00:00:00Z' });
    const x86 = prices.filter((p) => p.attributes.usagetype === 'Lambda-GB-Second');
    expect(x86.map((p) => [p.beginRange, p.endRange, p.usd])).toEqual([
      ['0', '400000', '0.0000000000'],
      ['400000', '6000000000', '0.0000166667'],
      ['15000000000', 'Inf', '0.0000133334'],
      ['6000000000', '15000000000', '0.0000150000'],
    ]);
  });

  it('matches on usage types and attributes: tiers in order, the $0 row as the free allowance, other regions and OSes left out', () => {
    const { sections } = importOffers([`${OFFERS}/AWSLambda-us-east-1.json`, `${OFFERS}/AmazonEC2-us-east-1.csv`], 'us-east-1');
    expect(sections.lambda!.duration_per_gb_second).toEqual({
      x86_64: [{ up_to: 6000000000, usd: '0.0000166667' }, { up_to: 15000000000, usd: '0.000015' }, { usd: '0.0000133334' }],
      arm64: [{ up_to: 7500000000, usd: '0.0000133334' }, { up_to: 18750000000, usd: '0.0000120001' }, { usd: '0.0000106667' }],
    });
    expect(sections.lambda!.free_tier).toEqual({ gb_seconds: 400000 });
    expect(sections.lambda!.requests_per_million_usd).toBe('0.2');
    // Lambda-Edge-Request and Lambda-Edge-GB-Second: Lambda@Edge's own rates, not a request or a GB-second of Lambda's.
    expect([sections.lambda!.edge_requests_per_million_usd, sections.lambda!.edge_duration_per_gb_second]).toEqual(['0.6', '0.00005001']);
    // Windows, dedicated and reserved rows, and eu-west-1's, are not the on-demand Linux price.
    expect(sections.ec2!.instances).toEqual({
      'm7g.large': { architecture: 'arm64', vcpu: 2, memory_gib: 8, usd_per_hour: '0.0816' },
      'm7i.large': { architecture: 'x86_64', vcpu: 2, memory_gib: 8, usd_per_hour: '0.1008' },
    });
    expect(sections.ec2!.public_ipv4_per_hour).toBe('0.005');
  });

  it("says Lambda@Edge's one rate an offer gives without the other, which the table leaves as its base has them", () => {
    const offer = 'test/hostile/offers/lambda-edge-request-without-duration.json';
    // The offer gives a request, an x86 duration and the edge's request rate alone: the rest is the base's, said too.
    const rest =
      'the AWSLambda offer gives no Lambda-GB-Second-ARM, Lambda-Provisioned-Concurrency, Lambda-Provisioned-Concurrency-ARM, Lambda-Provisioned-GB-Second, Lambda-Provisioned-GB-Second-ARM, Lambda-Storage-GB-Second price for us-east-1; those are left as the base table has them';
    expect(importOffers([offer], 'us-east-1').notes).toEqual([
      "the AWSLambda offer gives Lambda-Edge-Request but not Lambda-Edge-GB-Second; Lambda@Edge's two rates are read together, so both are left as the base table has them",
      rest,
    ]);
    const output = tempFile('', 'placeholder').replace(/placeholder$/, 'half-edge.yaml');
    const said: string[] = [];
    importPricing([offer], { region: 'us-east-1', base: 'aws-2025-10-08', output, force: true, note: (text) => said.push(text) });
    expect(said).toEqual([
      "the AWSLambda offer gives Lambda-Edge-Request but not Lambda-Edge-GB-Second; Lambda@Edge's two rates are read together, so both are left as the base table has them (aws-2025-10-08)",
      `${rest} (aws-2025-10-08)`,
    ]);
    expect(readFileSync(output, 'utf8')).toContain('# Note: the AWSLambda offer gives Lambda-Edge-Request but not Lambda-Edge-GB-Second');
    // The fixture's offer, of both rates, says nothing.
    expect(importOffers([`${OFFERS}/AWSLambda-us-east-1.json`], 'us-east-1').notes).toEqual([]);
  });

  it("says the rates an offer gives no row of for the region, which the table leaves as its base has them, where the section's source names the offer", () => {
    // The fixture's eu-west-1 rows are a request price alone: the durations and the rest were the base's without a word.
    expect(importOffers([`${OFFERS}/AWSLambda-us-east-1.json`], 'eu-west-1').notes).toEqual([
      'the AWSLambda offer gives no Lambda-GB-Second, Lambda-GB-Second-ARM, Lambda-Provisioned-Concurrency, Lambda-Provisioned-Concurrency-ARM, Lambda-Provisioned-GB-Second, Lambda-Provisioned-GB-Second-ARM, Lambda-Storage-GB-Second price for eu-west-1; those are left as the base table has them',
    ]);
    // One missing is one named; an offer of every rate, or of none (refused as no region's), says nothing here.
    const offer = JSON.parse(readFileSync(`${OFFERS}/AWSLambda-us-east-1.json`, 'utf8')) as { products: Record<string, { attributes: { usagetype: string } }> };
    for (const product of Object.values(offer.products)) if (product.attributes.usagetype === 'Lambda-Storage-GB-Second') product.attributes.usagetype = 'Lambda-Storage-GB-Month';
    expect(importOffers([tempFile(JSON.stringify(offer), 'AWSLambda.json')], 'us-east-1').notes).toEqual([
      'the AWSLambda offer gives no Lambda-Storage-GB-Second price for us-east-1; it is left as the base table has it',
    ]);
    expect(importOffers([`${OFFERS}/AWSLambda-us-east-1.json`, `${OFFERS}/AmazonApiGateway-us-east-1.json`], 'us-east-1').notes).toEqual([]);
    expect(importOffers([`${OFFERS}/AWSLambda-us-east-1.json`], 'us-west-2').notes).toEqual([]);
  });

  it('writes a pricing file whose prices are exactly the shipped version’s, for what it imported', () => {
    const output = tempFile('', 'placeholder').replace(/placeholder$/, 'imported.yaml');
    importPricing([`${OFFERS}/AWSLambda-us-east-1.json`, `${OFFERS}/AmazonApiGateway-us-east-1.json`, `${OFFERS}/AmazonEC2-us-east-1.csv`], {
      region: 'us-east-1',
      base: 'aws-2024-02-01',
      output,
      force: true,
    });
    expect(readFileSync(output, 'utf8')).toMatch(/^# Imported by slcost pricing import from AWS Price List offer files, us-east-1:/);
    const imported = loadCustomPriceBook(output, shippedPricingDir());
    const shipped = loadPriceBook(findPricingVersion(shippedPricingDir(), 'aws-2024-02-01'));
    expect(priceDiff(shipped, imported)).toEqual([]);
  });

  it("refuses another provider's table as the base before it writes anything, as that provider's (it was an unknown version of AWS's, which pricing show lists)", () => {
    const output = tempFile('', 'placeholder').replace(/placeholder$/, 'over-azure.yaml');
    expect(() => importPricing([`${OFFERS}/AWSLambda-us-east-1.json`], { region: 'us-east-1', base: 'azure-2026-12-05', output, force: false })).toThrow(
      /^"azure-2026-12-05" names a table of Azure Functions, which prices --compare \(and compare:\), not this; give one of AWS's \(available: aws-2020-03-12, .*aws-2025-10-08\)$/,
    );
    expect(existsSync(output)).toBe(false);
  });

  it('checks the table it makes before writing it: a refused one leaves the file --force would replace as it was, and is said of the offer file', () => {
    // The offer gives arm64 durations, and no arm64 provisioned rates for a base that has none (it predates arm64).
    const offer = 'test/hostile/offers/arm64-over-a-base-without-it.json';
    const output = tempFile('kept\n', 'prices.yaml');
    let message = 'no error';
    try {
      importPricing([offer], { region: 'us-east-1', base: 'aws-2020-03-12', output, force: true });
    } catch (caught) {
      message = formatError(caught as SlcostError);
    }
    expect(message).toBe(
      `${offer}: its prices over aws-2020-03-12 make a table --pricing-file would refuse: arm64 must be priced in duration and in both provisioned-concurrency rates, or in none (at regions.us-east-1.lambda)`,
    );
    expect(readFileSync(output, 'utf8')).toBe('kept\n');
  });

  it('refuses to write over the table it extends, --force or not: the shipped table was lost, and every later run refused', () => {
    const dir = tempDir();
    cpSync(`${shippedPricingDir()}/aws`, join(dir, 'aws'), { recursive: true });
    const base = join(dir, 'aws', '2024-02-01.yaml');
    const text = readFileSync(base, 'utf8');
    expect(() => importPricing([`${OFFERS}/AWSLambda-us-east-1.json`], { region: 'us-east-1', base: 'aws-2024-02-01', output: base, force: true, dir })).toThrow(
      /^is the table this import extends \(aws-2024-02-01\); choose another name with --output$/,
    );
    expect(readFileSync(base, 'utf8')).toBe(text);
  });

  it('refuses a --region its base has no prices for before it reads the offers, naming the option', () => {
    const output = tempFile('', 'placeholder').replace(/placeholder$/, 'prices-mars-1.yaml');
    expect(() => importPricing([`${OFFERS}/AWSLambda-us-east-1.json`], { region: 'mars-1', base: 'aws-2024-02-01', output, force: false })).toThrow(
      /^--region: aws-2024-02-01 has no region "mars-1" to lay the prices over \(its regions: us-east-1, /,
    );
    expect(existsSync(output)).toBe(false);
  });

  it('a malformed offer file is a clear error', () => {
    const error = (() => {
      try {
        importOffers([`${OFFERS}/truncated.json`], 'us-east-1');
      } catch (caught) {
        return formatError(caught as SlcostError);
      }
      return 'no error';
    })();
    expect(error).toBe(`${OFFERS}/truncated.json: is not a complete JSON offer file (it ends inside an object or a string)`);
    expect(() => importOffers([tempFile('{"offerCode": "AmazonS3", "products": {}}', 'offer.json')], 'us-east-1')).toThrow(
      'is an offer file for AmazonS3; slcost imports AWSLambda, AmazonApiGateway, AmazonECS and AmazonEC2',
    );
    expect(() => importOffers([tempFile('not json at all', 'offer.json')], 'us-east-1')).toThrow('is not an AWS Price List offer file: no offerCode at its start');
  });

  it('says where in the file JSON that is not valid is, by its line and column: JSON.parse\'s position was in the product or the key it read ("at position 45")', () => {
    const head = '{"formatVersion":"v1.0","offerCode":"AWSLambda","version":"1","publicationDate":"x",\n"products":{\n';
    const message = (text: string) => {
      const file = tempFile(text, 'offer.json');
      try {
        importOffers([file], 'us-east-1');
      } catch (caught) {
        return formatError(caught as SlcostError).replace(file, 'FILE');
      }
      return 'no error';
    };
    expect(message(`${head}"SKU1":{"sku":"SKU1",\n  "productFamily":"Serverless", x "attributes":{}}}}`)).toBe(
      'FILE:4:33: is not valid JSON: Expected double-quoted property name',
    );
    expect(message(`${head}"SKU1":{"sku":"SKU1","attributes":{"x":"a\tb"}}}}`)).toBe('FILE:3:42: is not valid JSON: Bad control character in string literal');
    expect(message('{"formatVersion":"v1.0","offerCode":"AWSLambda","pro\nducts":{}}')).toBe('FILE:1:53: is not valid JSON: Bad control character in string literal');
  });

  const errorOf = (files: string[]) => {
    try {
      importOffers(files, 'us-east-1');
    } catch (caught) {
      return formatError(caught as SlcostError);
    }
    return 'no error';
  };

  it.each([
    // The row of m7i.large (line 8) with its first quote unclosed: before, the row was read as one field and the price dropped without a word.
    ['a quote left open', (row: string) => row.replace('"AAA2",', '"AAA2,'), 'a quote is left open in this row'],
    ['a field more than the header', (row: string) => `${row},"extra"`, 'this row has 27 fields, the header 26'],
    ['a field fewer', (row: string) => row.slice(0, row.lastIndexOf(',')), 'this row has 25 fields, the header 26'],
  ])('a CSV row with %s is an error at its line, not a price read from the wrong column or lost', (_what, change, message) => {
    const lines = readFileSync(`${OFFERS}/AmazonEC2-us-east-1.csv`, 'utf8').split('\n');
    lines[7] = change(lines[7]!);
    const file = tempFile(lines.join('\n'), 'offers.csv');
    expect(errorOf([file])).toBe(`${file}:8: is not a CSV offer file as AWS writes it: ${message}`);
  });

  it.each([
    // Line 7 is m7g.large's Linux row. Before, each was written to the output file, refused there at a line of it, and the file deleted.
    [
      'an instance type not written like one',
      (row: string) => row.replaceAll('m7g.large', '<script>x'),
      'SKU "AAA1" has an instance type of "<script>x", which is not written like one (c6g.xlarge)',
    ],
    [
      'an instance type of __proto__',
      (row: string) => row.replaceAll('m7g.large', '__proto__'),
      'SKU "AAA1" has an instance type of "__proto__", which is not written like one (c6g.xlarge)',
    ],
    ['0 vCPUs', (row: string) => row.replace('"2","8 GiB"', '"0","8 GiB"'), 'SKU "AAA1" (m7g.large) has "0" vCPUs, which is not a plain number above 0'],
    [
      'a memory of 1e400 GiB',
      (row: string) => row.replace('"2","8 GiB"', '"2","1e400 GiB"'),
      'SKU "AAA1" (m7g.large) has a memory of "1e400 GiB", which is not a number of GiB above 0 (8 GiB)',
    ],
  ])('an EC2 row with %s is an error of the offer file, at its SKU', (_what, change, message) => {
    const lines = readFileSync(`${OFFERS}/AmazonEC2-us-east-1.csv`, 'utf8').split('\n');
    lines[6] = change(lines[6]!);
    const file = tempFile(lines.join('\n'), 'offers.csv');
    expect(errorOf([file])).toBe(`${file}: ${message}`);
  });

  it.each([
    [
      'overlap',
      [
        ['0', '100'],
        ['50', 'Inf'],
      ],
      '0–100 (SKU "X86DUR0000000001"), 50–Inf (SKU "X86DUR0000000001")',
    ],
    [
      'leave a gap',
      [
        ['0', '100'],
        ['200', 'Inf'],
      ],
      '0–100 (SKU "X86DUR0000000001"), 200–Inf (SKU "X86DUR0000000001")',
    ],
    ['begin above 0', [['5', 'Inf']], '5–Inf (SKU "X86DUR0000000001")'],
    ['stop short of Inf', [['0', '100']], '0–100 (SKU "X86DUR0000000001")'],
  ])("a usage type's price ranges that %s are an error, not bands laid in silence", (_what, ranges, cover) => {
    // Lambda-GB-Second's SKU with its rows replaced; before, 50–Inf became a band from 100, and 200–Inf one from 100 too.
    const offer = JSON.parse(readFileSync(`${OFFERS}/AWSLambda-us-east-1.json`, 'utf8')) as { terms: { OnDemand: Record<string, Record<string, { priceDimensions: unknown }>> } };
    const term = Object.values(offer.terms.OnDemand.X86DUR0000000001!)[0]!;
    term.priceDimensions = Object.fromEntries(
      ranges.map(([beginRange, endRange], index) => [`d${index}`, { beginRange, endRange, unit: 'Lambda-GB-Second', pricePerUnit: { USD: '0.0000166667' } }]),
    );
    const file = tempFile(JSON.stringify(offer), 'offer.json');
    expect(errorOf([file])).toBe(
      `${file}: its Lambda-GB-Second prices cover ${cover}, not one run of ranges from 0 to Inf, each beginning where the one before ends; is it one region's offer file as AWS publishes it?`,
    );
  });

  it("a second SKU of one usage type is an error, not the first one's price kept in silence", () => {
    const offer = JSON.parse(readFileSync(`${OFFERS}/AWSLambda-us-east-1.json`, 'utf8')) as {
      products: Record<string, { sku: string }>;
      terms: { OnDemand: Record<string, unknown> };
    };
    offer.products.DUPREQ = { ...offer.products.GU2ZS9HVP6QTQ7KE!, sku: 'DUPREQ' };
    offer.terms.OnDemand.DUPREQ = JSON.parse(JSON.stringify(offer.terms.OnDemand.GU2ZS9HVP6QTQ7KE).replaceAll('GU2ZS9HVP6QTQ7KE', 'DUPREQ').replace('0.0000002000', '0.0000009'));
    const file = tempFile(JSON.stringify(offer), 'offer.json');
    expect(errorOf([file])).toMatch(/its Request prices cover 0–Inf \(SKU "(GU2ZS9HVP6QTQ7KE|DUPREQ)"\), 0–Inf \(SKU "(DUPREQ|GU2ZS9HVP6QTQ7KE)"\), not one run/);
  });

  it('two Linux rows of one instance type at different prices are an error, not the last one kept in silence', () => {
    const lines = readFileSync(`${OFFERS}/AmazonEC2-us-east-1.csv`, 'utf8').split('\n');
    lines.splice(7, 0, lines[6]!.replaceAll('AAA1', 'AAA9').replace('"0.0816000000"', '"0.0916"'));
    const file = tempFile(lines.join('\n'), 'offers.csv');
    expect(errorOf([file])).toBe(`${file}: SKU "AAA9" prices m7g.large at $0.0916 an hour, and an earlier row at $0.0816: one on-demand Linux price is read per type`);
    // The same row twice at the same price is one price.
    lines[7] = lines[6]!.replaceAll('AAA1', 'AAA9');
    expect(errorOf([tempFile(lines.join('\n'), 'offers.csv')])).toBe('no error');
  });

  it('a range a price table cannot hold as written is an error, not rounded to the nearest double', () => {
    const text = readFileSync(`${OFFERS}/AWSLambda-us-east-1.json`, 'utf8');
    // 123456789012345678 was written into the table as 123456789012345680.
    const file = tempFile(text.replaceAll('"6000000000"', '"123456789012345678"').replaceAll('"15000000000"', '"223456789012345678"'), 'offer.json');
    expect(errorOf([file])).toBe(
      `${file}: SKU "X86DUR0000000001": its Lambda-GB-Second range ends at 123456789012345678, which a price table cannot hold as written (it holds 15 significant digits)`,
    );
    // One a double holds exactly is written as it is.
    const exact = tempFile(text.replaceAll('"6000000000"', '"6000000000.5"'), 'offer.json');
    expect((importOffers([exact], 'us-east-1').sections.lambda as { duration_per_gb_second: { x86_64: Array<{ up_to?: number }> } }).duration_per_gb_second.x86_64[0]!.up_to).toBe(
      6000000000.5,
    );
  });

  it('a header naming a column twice, or two that read as one name, is an error, not the last one read in silence', () => {
    const lines = readFileSync(`${OFFERS}/AmazonEC2-us-east-1.csv`, 'utf8').trimEnd().split('\n');
    // A second price column of a tenth of a cent-millionth: m7g.large was priced at it.
    const withColumn = (name: string) => [...lines.slice(0, 5), `${lines[5]},"${name}"`, ...lines.slice(6).map((line) => `${line},"0.0000000001"`)].join('\n');
    const twice = tempFile(withColumn('PricePerUnit'), 'offers.csv');
    expect(errorOf([twice])).toBe(
      `${twice}:6: is not a CSV offer file as AWS writes it: its header names the column "PricePerUnit" twice, and which one's values to read is not known`,
    );
    const alike = tempFile(withColumn('Price Per Unit'), 'offers.csv');
    expect(errorOf([alike])).toBe(
      `${alike}:6: is not a CSV offer file as AWS writes it: its header has the columns "PricePerUnit" and "Price Per Unit", which read as one name, and which one's values to read is not known`,
    );
  });

  it("a product's attributes that read as one name are an error, not the last one read in silence", () => {
    const text = readFileSync(`${OFFERS}/AWSLambda-us-east-1.json`, 'utf8').replace(
      '"usagetype": "Lambda-GB-Second-ARM",',
      '"usagetype": "Lambda-GB-Second-ARM", "usage_type": "Other",',
    );
    const file = tempFile(text, 'offer.json');
    expect(errorOf([file])).toBe(`${file}: SKU "ARMDUR0000000001": its attributes "usagetype" and "usage_type" are read as one, and which to read is not known`);
  });

  it('refuses an offer file saved as UTF-16 as such, where it was "no offerCode at its start" or a CSV row of one field', () => {
    const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const json = tempFile(utf16(readFileSync(`${OFFERS}/AWSLambda-us-east-1.json`, 'utf8')), 'offer.json');
    const csv = tempFile(utf16(readFileSync(`${OFFERS}/AmazonEC2-us-east-1.csv`, 'utf8')), 'offer.csv');
    expect(() => readJsonOffer(json)).toThrow('is UTF-16 text; slcost reads UTF-8: save it as UTF-8');
    expect(() => readCsvOffer(csv)).toThrow('is UTF-16 text; slcost reads UTF-8: save it as UTF-8');
  });

  it("reads an offer's code and version as JSON reads them, escapes and all", () => {
    // "AWS\u004cambda" is AWSLambda: it was refused as an offer file "for AWS\u004cambda".
    const text = readFileSync(`${OFFERS}/AWSLambda-us-east-1.json`, 'utf8')
      .replace('"offerCode": "AWSLambda"', '"offerCode": "AWS\\u004cambda"')
      .replace('"version": "20260831000000"', '"version": "2026\\u00300831000000"');
    expect(readJsonOffer(tempFile(text, 'offer.json')).meta).toEqual({ offerCode: 'AWSLambda', version: '202600831000000', publicationDate: '2026-08-31T00:00:00Z' });
  });

  it('reads a quoted field with a doubled quote and a comma in it as one field', () => {
    const lines = readFileSync(`${OFFERS}/AmazonEC2-us-east-1.csv`, 'utf8').split('\n');
    lines[6] = lines[6]!.replace('"$0.0816 per On Demand Linux m7g.large Instance Hour"', '"say ""hi"", then ""bye"""');
    const { prices } = readCsvOffer(tempFile(lines.join('\n'), 'AmazonEC2-us-east-1.csv'));
    const row = prices.find((price) => price.sku === 'AAA1')!;
    expect([row.attributes.pricedescription, row.attributes.effectivedate, row.usd]).toEqual(['say "hi", then "bye"', '2026-09-01', '0.0816000000']);
  });

  it('reads a memory written with a thousands separator', () => {
    const lines = readFileSync(`${OFFERS}/AmazonEC2-us-east-1.csv`, 'utf8').split('\n');
    lines[6] = lines[6]!.replace('"2","8 GiB"', '"128","1,952 GiB"');
    const { sections } = importOffers([tempFile(lines.join('\n'), 'offers.csv')], 'us-east-1');
    expect((sections.ec2 as { instances: Record<string, unknown> }).instances['m7g.large']).toMatchObject({ vcpu: 128, memory_gib: 1952 });
  });

  // A named pipe, which kept the import waiting for ever, is in the hostile-input corpus (offers/fifo), run as a process that can be killed.
  it('a second file of the same offer is refused at it, not laid over the first (every band twice, refused in the file written)', () => {
    const lambda = `${OFFERS}/AWSLambda-us-east-1.json`;
    expect(errorOf([lambda, `${OFFERS}/AmazonApiGateway-us-east-1.json`, lambda])).toBe(
      `${lambda}: is a second AWSLambda offer file (after ${lambda}); give one file of each offer`,
    );
  });

  it('a folder is refused before it is opened', () => {
    const dir = tempDir();
    expect(errorOf([dir])).toBe(`${dir}: is a directory, not a file`);
  });
});
