// Preloaded by the benchmark (node --require): reports the process's peak
// resident memory and the CPU time of all its threads on standard error as it exits.
'use strict';
process.on('exit', () => {
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  require('node:fs').writeSync(2, `\npeak-rss-kb ${maxRSS}\ncpu-ms ${Math.round((userCPUTime + systemCPUTime) / 1000)}\n`);
});
