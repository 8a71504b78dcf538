// decimal.js turns ln(10) and pi, 1,025 digits each, into Decimals as it loads:
// half a millisecond of every run. Only ln, log, exp, non-integer powers and
// trigonometry use them, and they take the digit strings just as well (a
// Decimal is never rounded as it is made), so the bundle keeps them strings.
// Throws if the two lines are not there as written, so that a new decimal.js
// is looked at again rather than shipped changed some other way.

const EAGER = /^LN10 = new Decimal\(LN10\);\r?\nPI = new Decimal\(PI\);\r?$/m;

/** decimal.mjs's source with its constants left as strings. */
export function constantsAsStrings(source, path = 'decimal.mjs') {
  if (source.split(EAGER).length !== 2) throw new Error(`${path} no longer makes its constants as the build expects; look again before bundling it`);
  return source.replace(EAGER, '');
}
