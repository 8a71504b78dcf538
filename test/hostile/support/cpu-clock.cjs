// Preloaded into each run of the hostile-input corpus (node --require): at
// exit, writes the process's own CPU time and peak memory to file descriptor 3,
// so the corpus can hold each case to a time bound that a loaded machine does
// not move.
'use strict';
const { writeSync } = require('node:fs');

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  const usage = process.resourceUsage();
  try {
    writeSync(3, JSON.stringify({ cpuMs: Math.round((user + system) / 1000), maxRssMb: Math.round(usage.maxRSS / 1024) }));
  } catch {
    // run without the corpus's descriptor 3: nothing to report to
  }
});
