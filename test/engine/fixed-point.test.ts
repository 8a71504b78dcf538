// The break-even sweep evaluates its lines in fixed point: it must print the
// cents that Decimal arithmetic, rounded half up, would print.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sweepCents, type CostCurve } from '../../src/engine/breakeven.js';
import { Decimal, fixedPointCents, roundCents, toFixedPoint } from '../../src/model/money.js';
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
        const expected = ascending.map((v) => new Decimal(String(v))).map((r) => centsText(BigInt(roundCents(intercept.plus(slope.times(r))).times(100).toFixed(0))));
        expect(sweepCents(curve, ascending).map(centsText)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
