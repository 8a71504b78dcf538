// string-width, remembering each text's width: the bundle gives this module to
// every `require('string-width')` (scripts/build.mjs). cli-table3 measures a
// cell's text a dozen times or more as it lays out, pads and truncates it, and
// string-width runs its ANSI and emoji expressions over the text each time;
// an estimate's tables measured ~380 texts ~2,400 times. The widths are
// string-width's own, so the tables are the same text.
'use strict';
const stringWidth = require('string-width');

/** Texts remembered at once: a report's tables have hundreds; past this the memory is dropped and built again. */
const REMEMBERED = 10_000;
const widths = new Map();

function rememberedWidth(text) {
  let width = widths.get(text);
  if (width === undefined) {
    width = stringWidth(text);
    if (widths.size >= REMEMBERED) widths.clear();
    widths.set(text, width);
  }
  return width;
}

module.exports = rememberedWidth;
module.exports.default = rememberedWidth;
