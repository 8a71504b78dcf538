// Crossovers in words: a sentence per crossover while no two platforms cross
// twice, else the ranges where each platform is the cheapest.
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/money.js';
import { cheapestRanges, type CostCurve, findCrossovers } from '../../src/core/solver.js';
import { describeCrossovers } from '../../src/report/crossovers.js';

const d = (value: number) => new Decimal(value);

/** A fleet's curve: `usd` more for each `every` requests, from `from` to `to` (a step at each multiple of `every`). */
function fleet(platform: string, usd: number, every: number, from: number, to: number): CostCurve {
  const pieces = [];
  for (let start = from; start < to; start = (Math.floor(start / every) + 1) * every) {
    const end = Math.min(to, (Math.floor(start / every) + 1) * every);
    pieces.push({ from: d(start), to: d(end), intercept: d(usd * Math.ceil(end / every)), slope: d(0) });
  }
  return { platform, pieces };
}

describe('cheapestRanges', () => {
  it('finds where each of two stepping fleets is the cheaper', () => {
    // Fargate $3 per 10 requests, EC2 $10.20 per 40, over (10, 120]:
    //   (10, 30]: Fargate $6–$9 < EC2 $10.20;    (30, 40]: $12 > $10.20;
    //   (40, 60]: $15–$18 < $20.40;              (60, 80]: $21–$24 > $20.40;
    //   (80, 100]: $27–$30 < $30.60;             (100, 120]: $33–$36 > $30.60.
    const curves = [fleet('fargate', 3, 10, 10, 120), fleet('ec2', 10.2, 40, 10, 120)];
    const ranges = cheapestRanges(curves, findCrossovers(curves), d(10), d(120));
    expect(ranges.map((range) => [range.platform, range.fromRequests.toNumber(), range.toRequests.toNumber()])).toEqual([
      ['fargate', 10, 30],
      ['ec2', 30, 40],
      ['fargate', 40, 60],
      ['ec2', 60, 80],
      ['fargate', 80, 100],
      ['ec2', 100, 120],
    ]);
  });
});

describe('describeCrossovers', () => {
  const range = (platform: string, from: number, to: number) => ({ platform, fromRequests: d(from * 1e6), toRequests: d(to * 1e6) });
  const crossing = (a: string, b: string, at: number, cheaperAbove: string) => ({ platforms: [a, b] as [string, string], requestsPerMonth: d(at * 1e6), cheaperAbove });

  it('says each crossover in a sentence while each pair crosses once', () => {
    const crossovers = [crossing('serverless', 'fargate', 31.8, 'fargate'), crossing('serverless', 'ec2', 86.1, 'ec2')];
    const cheapest = [range('serverless', 0.01, 31.8), range('fargate', 31.8, 10_000)];
    expect(describeCrossovers({ fromRequests: d(10_000), toRequests: d(1e10), crossovers, cheapest })).toEqual([
      'Fargate becomes cheaper than Serverless above 31.8M requests/month',
      'EC2 becomes cheaper than Serverless above 86.1M requests/month',
    ]);
  });

  it('gives the ranges where each is the cheapest once two platforms cross again and again, and one line for their turns', () => {
    // EC2 and Fargate take turns from 986M on: eight changes of the cheapest in 986M–10B, each narrower than the whole.
    const turns = [986, 1310, 1970, 2630, 3290, 3940, 4270, 5260, 5580, 10_000];
    const crossovers = [
      crossing('serverless', 'fargate', 27.8, 'fargate'),
      crossing('serverless', 'ec2', 64.4, 'ec2'),
      ...turns.slice(0, -1).map((at, index) => crossing('ec2', 'fargate', at, index % 2 ? 'fargate' : 'ec2')),
    ];
    const cheapest = [
      range('serverless', 0.01, 27.8),
      range('fargate', 27.8, 986),
      ...turns.slice(0, -1).map((at, index) => range(index % 2 ? 'fargate' : 'ec2', at, turns[index + 1]!)),
    ];
    expect(describeCrossovers({ fromRequests: d(10_000), toRequests: d(1e10), crossovers, cheapest })).toEqual([
      'Serverless is the cheapest from 10K to 27.8M requests/month',
      // Fargate's 27.8M–986M (1.5 decades) is wider than the turns after it (1 decade): a range of its own.
      'Fargate is the cheapest from 27.8M to 986M requests/month',
      'EC2 and Fargate take turns as the cheapest from 986M to 10B requests/month, crossing 8 times',
    ]);
  });

  it('says which is the cheapest throughout when nothing crosses', () => {
    expect(describeCrossovers({ fromRequests: d(10_000), toRequests: d(1e10), crossovers: [], cheapest: [range('serverless', 0.01, 10_000)] })).toEqual([
      'Serverless is the cheapest across the whole range, 10K to 10B requests/month: no crossover',
    ]);
  });
});
