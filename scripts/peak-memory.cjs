// Preloaded by the benchmark (node --require): reports the process's peak
// resident memory on standard error as it exits.
'use strict';
process.on('exit', () => {
  require('node:fs').writeSync(2, `\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
