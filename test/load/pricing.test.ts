// The pricing tables: every shipped one loads and is consistent, and an
// inconsistent one fails with a message that names the field.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatError, type SlcostError } from '../../src/core/errors.js';
import { findPricingVersion, listPricingVersions, loadPriceBook, shippedPricingDir } from '../../src/load/load-pricing.js';
import { loadCustomPriceBook } from '../../src/load/custom-pricing.js';
import { tempDir, tempFile } from '../helpers/files.js';

const shipped = shippedPricingDir();
const newestText = () => readFileSync(join(shipped, 'aws', '2022-08-01.yaml'), 'utf8');

function loadVariant(text: string): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'aws'));
  writeFileSync(join(dir, 'aws', '2022-08-01.yaml'), text);
  try {
    loadPriceBook(findPricingVersion(dir, null));
  } catch (error) {
    return formatError(error as SlcostError).replaceAll(join(dir, 'aws', '2022-08-01.yaml'), 'FILE');
  }
  throw new Error('expected the table to be rejected');
}

describe('shipped pricing tables', () => {
  const versions = listPricingVersions(shipped);

  it('are at least two real versions, oldest first, the newest the default', () => {
    expect(versions.map((v) => v.id)).toEqual([
      'aws-2020-03-12',
      'aws-2020-12-01',
      'aws-2021-09-29',
      'aws-2022-03-24',
      'aws-2022-08-01',
      'aws-2024-02-01',
      'aws-2024-09-06',
      'aws-2024-11-01',
      'aws-2025-05-01',
      'aws-2025-08-01',
      'aws-2025-10-08',
      // The providers --compare prices the functions on, beside Lambda.
      'azure-2026-12-05',
      'cloudflare-2026-12-05',
      'gcp-2026-12-05',
    ]);
    expect(findPricingVersion(shipped, null).id).toBe('aws-2025-10-08');
  });

  it.each(versions.filter((v) => v.provider === 'aws').map((v) => [v.id, v]))('%s loads, covers us-east-1 with containers and names a source for every section', (_id, version) => {
    const book = loadPriceBook(version);
    const virginia = book.regions['us-east-1']!;
    expect(virginia.ec2 && virginia.fargate && virginia.loadBalancer && virginia.commitments).toBeTruthy();
    for (const region of Object.values(book.regions)) {
      for (const section of [region.lambda, region.apiGateway, region.ec2, region.fargate, region.loadBalancer]) {
        if (section) expect(section.source.length).toBeGreaterThan(20);
      }
    }
  });

  it('list only the EC2 types launched by each version’s date', () => {
    const types = (id: string) => Object.keys(loadPriceBook(findPricingVersion(shipped, id)).regions['us-east-1']!.ec2!.instances);
    expect(types('aws-2020-03-12')).not.toContain('m6g.large'); // launched 2020-05-11
    expect(types('aws-2020-12-01')).toContain('t4g.small'); // launched 2020-09-14
    expect(types('aws-2022-08-01')).toContain('c7g.large'); // launched 2022-05-23
    expect(types('aws-2022-08-01')).not.toContain('m7g.large'); // launched 2023-02-13
    expect(types('aws-2024-02-01')).toEqual(expect.arrayContaining(['m7g.large', 'm7i.large', 'c7i.large']));
  });

  it('price the tier bounds of today: x86_64 6B / 15B GB-s, arm64 7.5B / 18.75B GB-s', () => {
    const lambda = loadPriceBook(findPricingVersion(shipped, 'aws-2022-08-01')).regions['us-east-1']!.lambda;
    expect(lambda.durationPerGbSecond.x86_64!.map((t) => [t.upTo?.toFixed() ?? null, t.usd.toFixed()])).toEqual([
      ['6000000000', '0.0000166667'],
      ['15000000000', '0.000015'],
      [null, '0.0000133334'],
    ]);
    expect(lambda.durationPerGbSecond.arm64!.map((t) => [t.upTo?.toFixed() ?? null, t.usd.toFixed()])).toEqual([
      ['7500000000', '0.0000133334'],
      ['18750000000', '0.0000120001'],
      [null, '0.0000106667'],
    ]);
  });
});

describe('an inconsistent pricing table fails loudly', () => {
  it('bands out of order', () => {
    // The other regions share these bands through a YAML alias, so each of them is reported too.
    expect(loadVariant(newestText().replace('{ up_to: 15000000000, usd: "0.000015" }', '{ up_to: 5000000000, usd: "0.000015" }')).split('\n')[0]).toBe(
      "FILE:31:22: bands out of order: up_to 5000000000 is not above the previous band's 6000000000 (at regions.us-east-1.lambda.duration_per_gb_second.x86_64[1].up_to)",
    );
  });

  it('bands out of order below a millionth, in plain digits', () => {
    const text = newestText()
      .replace('{ up_to: 6000000000, usd: "0.0000166667" }', '{ up_to: 0.0000002, usd: "0.0000166667" }')
      .replace('{ up_to: 15000000000, usd: "0.000015" }', '{ up_to: 0.0000001, usd: "0.000015" }');
    expect(loadVariant(text).split('\n')[0]).toContain("bands out of order: up_to 0.0000001 is not above the previous band's 0.0000002");
  });

  it('a negative price', () => {
    expect(loadVariant(newestText().replace('requests_per_million_usd: "0.20"', 'requests_per_million_usd: "-0.20"'))).toMatch(
      /^FILE:26:33: a price must be a non-negative decimal written as a string, e\.g\. "0\.20", got "-0\.20" \(at regions\.us-east-1\.lambda\.requests_per_million_usd\)/,
    );
  });

  it('a price written as a number', () => {
    expect(loadVariant(newestText().replace('requests_per_million_usd: "0.20"', 'requests_per_million_usd: 0.2'))).toMatch(
      /^FILE:26:33: expected a string, got number 0\.2; write it in quotes: "0\.2"/,
    );
  });

  it('a last band with a bound', () => {
    expect(loadVariant(newestText().replace('- { usd: "0.0000133334" }\n        arm64', '- { up_to: 20000000000, usd: "0.0000133334" }\n        arm64'))).toMatch(
      /the last band must have no up_to/,
    );
  });

  it('a missing region: the table must cover us-east-1', () => {
    expect(loadVariant(newestText().replace('  us-east-1:\n', '  us-east-9:\n'))).toMatch(/the table must cover us-east-1 \(at regions\)/);
  });

  it('a section without its source', () => {
    const text = newestText().replace(/ {6}source: >-\n {8}https:\/\/aws\.amazon\.com\/lambda\/pricing\/[\s\S]*?tiered-pricing-for-aws-lambda\/\n/, '');
    expect(loadVariant(text)).toMatch(/missing required field \(at regions\.us-east-1\.lambda\.source\)/);
  });

  it('an id that does not match the file name', () => {
    expect(loadVariant(newestText().replace('id: aws-2022-08-01', 'id: aws-2022-08-02'))).toMatch(/id must be "aws-2022-08-01", as the file is named/);
  });
});

describe('a custom price file', () => {
  const errorOf = (text: string) => {
    const file = tempFile(text, 'prices.yaml');
    try {
      loadCustomPriceBook(file, shippedPricingDir());
    } catch (error) {
      return formatError(error as SlcostError).replaceAll(file, 'FILE');
    }
    return 'no error';
  };

  it.each([['toString'], ['constructor'], ['hasOwnProperty']])('a region named %s is a region the table lacks, not a member every object inherits', (region) => {
    // Before, the lookup found Object.prototype's member, merged the override into a function, and zod said "Invalid input".
    expect(errorOf(`extends: aws-2024-02-01\nregions:\n  ${region}:\n    lambda:\n      requests_per_million_usd: "9.99"\n`)).toBe(
      `FILE:3:3: aws-2024-02-01 has no region ${region} to override (at regions.${region})`,
    );
  });

  it('a price written as a number is told to be quoted only where quoting it makes a price: quoted as told, .inf, 0x1F and 1e21 were refused again', () => {
    const price = (written: string) => errorOf(`extends: aws-2024-02-01\nregions:\n  us-east-1:\n    lambda:\n      requests_per_million_usd: ${written}\n`);
    expect(price('0.1')).toContain('expected a string, got number 0.1; write it in quotes: "0.1" (at regions.us-east-1.lambda.requests_per_million_usd)');
    for (const written of ['.inf', '0x1F', '1e21', '-0'])
      expect(price(written)).toContain(`expected a string, got number ${written}; a price is a non-negative decimal written in quotes, e.g. "0.20"`);
  });

  it('an unknown version it extends and a region it lacks are named by their first 40 characters: 100,000 were quoted whole', () => {
    const long = 'k'.repeat(100_000);
    expect(errorOf(`extends: ${long}\n`)).toMatch(new RegExp(`^FILE:1:10: extends: unknown pricing version "k{40}…" \\(available: `));
    expect(errorOf(`extends: aws-2024-02-01\nregions:\n  ? ${long}\n  : {}\n`)).toMatch(/^FILE:3:5: aws-2024-02-01 has no region k{40}… to override/);
  });

  it('an instance type not written like one is named, with what an instance type looks like', () => {
    // Before, zod's record key issue came out as its bare "Invalid input".
    expect(
      errorOf(
        'extends: aws-2024-02-01\nregions:\n  us-east-1:\n    ec2:\n      instances:\n        "Big One": { architecture: arm64, vcpu: 2, memory_gib: 4, usd_per_hour: "0.1" }\n',
      ),
    ).toBe('FILE:6:9: an instance type is written like c6g.xlarge, got "Big One" (at regions.us-east-1.ec2.instances.Big One)');
  });

  it('a section named toString is an unknown key of the region', () => {
    expect(errorOf('extends: aws-2024-02-01\nregions:\n  us-east-1:\n    toString:\n      x: "1"\n')).toMatch(/^FILE:4:5: unknown key "toString"/);
  });
});
