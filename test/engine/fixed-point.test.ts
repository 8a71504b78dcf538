// The break-even sweep evaluates its lines in fixed point: it must print the
// cents that Decimal arithmetic, rounded half up, would print.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sweepCents, type CostCurve } from '../../src/core/solver.js';
import { Decimal, fixedPointCents, roundCents, toFixedPoint } from '../../src/core/money.js';
import { renderChart } from '../../src/report/chart.js';
import { centsText } from '../../src/report/format.js';

describe('fixed point', () => {
  it('converts exactly and rounds halves away from zero, as roundCents does', () => {
    expect(toFixedPoint(new Decimal('0.0000002'))).toBe(2n * 10n ** 53n);
    expect(fixedPointCents(toFixedPoint(new Decimal('12.345')))).toBe(1235n);
    expect(fixedPointCents(toFixedPoint(new Decimal('12.3449999999999999999999')))).toBe(1234n);
    expect(fixedPointCents(toFixedPoint(new Decimal('-0.005')))).toBe(-1n);
    expect(fixedPointCents(toFixedPoint(new Decimal('-0.0049')))).toBe(0n);
  });

  it('prints cents as dollars with two decimals', () => {
    expect([1234n, 5n, 0n, -5n, -1234n, 10n ** 14n].map(centsText)).toEqual(['12.34', '0.05', '0.00', '-0.05', '-12.34', '1000000000000.00']);
  });

  it('a whole volume takes the piece it falls in, also next to an end between two whole numbers', () => {
    const end = new Decimal('1000.5');
    const curve: CostCurve = {
      platform: 'ec2',
      pieces: [
        { from: new Decimal(1), to: end, intercept: new Decimal(10), slope: new Decimal(0) },
        { from: end, to: new Decimal(5000), intercept: new Decimal(20), slope: new Decimal(0) },
      ],
    };
    expect(sweepCents(curve, [1n, 1000n, 1001n, 5000n])).toEqual([1000n, 1000n, 2000n, 2000n]);
  });

  it('a half cent goes up, away from zero, however floating point sees it', () => {
    // 0.005 and 12.345 are not binary fractions: times 100 they land a hair either side of the half.
    const flat = (usd: string): CostCurve => ({
      platform: 'serverless',
      pieces: [{ from: new Decimal(1), to: new Decimal(10), intercept: new Decimal(usd), slope: new Decimal(0) }],
    });
    const cents = (usd: string) => sweepCents(flat(usd), [5n])[0];
    expect(['0.005', '12.345', '-0.005', '1.015', '0.0049999999', '1000000.125'].map(cents)).toEqual([1n, 1235n, -1n, 102n, 0n, 100000013n]);
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 9), max: 10 ** 9 }), (halfCents) => {
        // (k + ½) cents is always rounded away from zero.
        const usd = new Decimal(halfCents).plus('0.5').dividedBy(100);
        expect(cents(usd.toFixed())).toBe(BigInt(halfCents >= 0 ? halfCents + 1 : halfCents));
      }),
    );
  });

  it('a sweep past 2^52 cents is still exact', () => {
    // $10^15 flat plus a cent every 10^13 requests.
    const curve: CostCurve = {
      platform: 'serverless',
      pieces: [{ from: new Decimal(1), to: new Decimal(10 ** 15), intercept: new Decimal('1000000000000000.004'), slope: new Decimal('1e-15') }],
    };
    expect(sweepCents(curve, [1n, 10n ** 13n]).map(centsText)).toEqual(['1000000000000000.00', '1000000000000000.01']);
  });

  it('a sweep of a cost past a double (a price of 400 digits) is worked out exactly, not turned into BigInt(NaN)', () => {
    // 10^400 dollars a request: Infinity to floating point, and Infinity × 0 requests is NaN, which BigInt() threw on.
    const huge = new Decimal(`1e400`);
    const curve: CostCurve = { platform: 'serverless', pieces: [{ from: new Decimal(0), to: new Decimal(10), intercept: new Decimal(0), slope: huge }] };
    expect(sweepCents(curve, [0n, 2n]).map(centsText)).toEqual(['0.00', `2${'0'.repeat(400)}.00`]);
  });

  it('a chart of a cost past a double is drawn to a ceiling of a thousand trillion dollars, not an infinite scale', () => {
    // $1 a month at 1 request, then 10^400 dollars a request more: past a double from the second column on.
    const curve: CostCurve = { platform: 'serverless', pieces: [{ from: new Decimal(1), to: new Decimal(10), intercept: new Decimal(1), slope: new Decimal('1e400') }] };
    const chart = renderChart(
      { curves: [curve], crossovers: [], cheapest: [], from: new Decimal(1), to: new Decimal(10), scenarioRequests: new Decimal(5), pricingId: 'aws-2025-05-01' },
      { width: 80, color: false },
    );
    // The top rung is the round amount nearest the ceiling on the chart's ladder: trillions, never an infinite one.
    expect(chart.split('\n')[2]).toMatch(/^\$[1-9]000T [┤┼]/);
    expect(chart).not.toMatch(/Infinity|NaN|e\+/);
  });

  it('a sweep prints what Decimal arithmetic gives, rounded to the cent', () => {
    // Prices such as $0.0000166667 a GB-second have ten decimals; slopes per request are smaller still.
    const price = fc.bigInt({ min: 0n, max: 10n ** 12n }).map((units) => new Decimal(units.toString()).dividedBy(new Decimal(10).pow(16)));
    const dollars = fc.bigInt({ min: -(10n ** 8n), max: 10n ** 9n }).map((units) => new Decimal(units.toString()).dividedBy(1000));
    fc.assert(
      fc.property(dollars, price, fc.array(fc.integer({ min: 1, max: 2 ** 40 }), { minLength: 1, maxLength: 20 }), (intercept, slope, volumes) => {
        const from = new Decimal(1);
        const to = new Decimal(2 ** 40);
        const curve: CostCurve = { platform: 'serverless', pieces: [{ from, to, intercept, slope }] };
        const ascending = [...volumes].sort((a, b) => a - b).map((v) => BigInt(v));
        const expected = ascending
          .map((v) => new Decimal(String(v)))
          .map((r) =>
            centsText(
              BigInt(
                roundCents(intercept.plus(slope.times(r)))
                  .times(100)
                  .toFixed(0),
              ),
            ),
          );
        expect(sweepCents(curve, ascending).map(centsText)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
