// The report's one style sheet, inline in its <head>: light and dark from the
// system's preference, a layout that fits a phone (tables scroll in their own
// box, charts scale with their viewBox), and a print style. The palette is
// Okabe and Ito's, which readers with every common colour-vision deficiency
// tell apart (https://jfly.uni-koeln.de/color/); every chart line also has its
// own dash and marker, so that nothing depends on colour alone.

/** How many colours the palette has; a series or service takes `index % PALETTE_SIZE`. */
export const PALETTE_SIZE = 8;

/** Each line's dash pattern, by its look: solid, long dashes, dots, dash-dot. */
export const DASHES: readonly string[] = ['', '9 5', '2 4', '12 4 3 4'];

export const STYLE = `
:root {
  color-scheme: light dark;
  --text: #1b1f24; --muted: #57606a; --back: #ffffff; --panel: #f6f8fa; --rule: #d0d7de; --grid: #e4e8ec; --accent: #0969da;
  --warn-back: #fff8c5; --warn-rule: #d4a72c;
  --c0: #0072b2; --c1: #d55e00; --c2: #009e73; --c3: #cc79a7; --c4: #e69f00; --c5: #56b4e9; --c6: #8a7a00; --c7: #000000;
}
@media (prefers-color-scheme: dark) {
  :root {
    --text: #e6edf3; --muted: #9da7b3; --back: #0d1117; --panel: #161b22; --rule: #30363d; --grid: #262c34; --accent: #4493f8;
    --warn-back: #2e2a14; --warn-rule: #9e7c1a;
    --c0: #56b4e9; --c1: #ff8c4a; --c2: #2fc99a; --c3: #e59cc6; --c4: #f0b43c; --c5: #a3d8f5; --c6: #f0e442; --c7: #ffffff;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: var(--back); color: var(--text); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 68rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; margin: 0.5rem 0 0.25rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 0.25rem; padding-top: 1rem; border-top: 2px solid var(--rule); overflow-wrap: anywhere; }
h3 { font-size: 1.1rem; margin: 1.75rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 0.25rem; }
p, li { overflow-wrap: anywhere; }
.meta, .note, small { color: var(--muted); }
/* A pricing id or a region read whole: on a phone "aws-2025-10-08" broke at its first hyphen. */
.meta .id { white-space: nowrap; }
.summary { background: var(--panel); border: 1px solid var(--rule); border-radius: 6px; padding: 0.75rem 1rem; }
.summary p { margin: 0.25rem 0; }
.totals { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; list-style: none; padding: 0; margin: 0 0 0.5rem; }
.totals li { font-size: 1.15rem; }
.totals .cheapest { font-weight: 700; }
.badge { display: inline-block; font-size: 0.75rem; font-weight: 600; border: 1px solid currentColor; border-radius: 1em; padding: 0 0.5em; margin-left: 0.35em; vertical-align: 0.15em; }
.scroll { overflow-x: auto; max-width: 100%; margin: 0.5rem 0 1rem; }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; min-width: 100%; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { padding: 0.3rem 0.6rem; border-bottom: 1px solid var(--rule); vertical-align: top; text-align: left; }
thead th { border-bottom: 2px solid var(--rule); }
td.num, th.num { text-align: right; }
td.num, td.nowrap { white-space: nowrap; }
td.num .sentence { display: block; min-width: 16rem; white-space: normal; text-align: left; }
tr.group th, tr.group td { background: var(--panel); font-weight: 600; }
tr.total th, tr.total td { font-weight: 700; border-top: 2px solid var(--rule); }
tbody th { font-weight: normal; min-width: 9rem; overflow-wrap: anywhere; }
.note { display: block; font-size: 0.85rem; font-weight: normal; }
p.note { display: block; }
.item { padding-left: 1.4rem; }
figure { margin: 0.5rem 0 1rem; }
figcaption { color: var(--muted); font-size: 0.9rem; }
svg.chart { display: block; width: 100%; height: auto; max-width: 48rem; color: var(--text); }
svg.chart text { font-size: 13px; fill: var(--text); }
svg.chart .tick { fill: var(--muted); }
svg.chart .label { paint-order: stroke; stroke: var(--back); stroke-width: 5px; stroke-linejoin: round; }
svg.chart .grid { stroke: var(--grid); stroke-width: 1; }
svg.chart .axis { stroke: var(--muted); stroke-width: 1; }
svg.chart .mark { stroke: var(--text); stroke-width: 1.5; stroke-dasharray: 4 4; }
svg.chart .crossing { fill: none; stroke: var(--text); stroke-width: 2; }
svg.chart .segment { stroke: var(--back); stroke-width: 1; }
.line { fill: none; stroke-width: 2.5; stroke-linejoin: round; }
.marker { stroke: var(--back); stroke-width: 1; }
.band { fill-opacity: 0.18; stroke: none; }
${Array.from({ length: PALETTE_SIZE }, (_, index) => `.s${index} { stroke: var(--c${index}); } .f${index} { fill: var(--c${index}); }`).join('\n')}
${DASHES.map((dash, index) => (dash ? `.d${index} { stroke-dasharray: ${dash}; }` : '')).join('\n')}
.legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; list-style: none; padding: 0; margin: 0.25rem 0; }
.legend li { display: flex; align-items: center; gap: 0.4rem; }
.legend svg { flex: none; }
.warning { background: var(--warn-back); border-left: 4px solid var(--warn-rule); padding: 0.5rem 0.75rem; margin: 0.5rem 0; }
.warning code { font-weight: 600; overflow-wrap: anywhere; }
details { margin: 0.5rem 0; }
summary { cursor: pointer; color: var(--accent); }
a { color: var(--accent); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.5rem 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
@media (max-width: 40rem) {
  main { padding: 0.75rem; }
  svg.chart text { font-size: 22px; }
  svg.chart .ytitle { display: none; }
  td.nowrap { white-space: normal; }
  dl.facts { grid-template-columns: 1fr; }
  dl.facts dd { margin-bottom: 0.4rem; }
}
@media print {
  :root { color-scheme: light; --text: #000; --muted: #444; --back: #fff; --panel: #f2f2f2; --rule: #999; --grid: #ddd; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2 { break-before: page; border-top: none; }
  h2:first-of-type { break-before: auto; }
  figure, tr, .summary, .warning { break-inside: avoid; }
  .scroll { overflow: visible; }
  th, td { padding: 0.2rem 0.35rem; }
  td.num { white-space: normal; }
  a { color: inherit; }
}
`;
