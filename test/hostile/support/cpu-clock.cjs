// Preloaded into each run of the hostile-input corpus (node --require): at
// exit, writes the process's CPU time, its main thread's, and its peak memory
// to file descriptor 3, so the corpus can hold each case to a time bound that a
// loaded machine does not move.
//
// The main thread's time is what a user waits for on an idle machine: V8's
// collector and compiler threads run beside it, so the whole process's CPU time
// counts them on top of the wait (a third more for a large template), and more
// again when other processes share the machine's cores with them.
'use strict';
const { readFileSync, writeSync } = require('node:fs');

/** The calling thread's time on a CPU, from Linux's scheduler statistics (nanoseconds, the first field); null elsewhere. */
function threadCpuMs() {
  try {
    const nanoseconds = Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]);
    return Number.isFinite(nanoseconds) && nanoseconds > 0 ? Math.round(nanoseconds / 1e6) : null;
  } catch {
    return null;
  }
}

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  const usage = process.resourceUsage();
  try {
    writeSync(3, JSON.stringify({ cpuMs: Math.round((user + system) / 1000), mainThreadMs: threadCpuMs(), maxRssMb: Math.round(usage.maxRSS / 1024) }));
  } catch {
    // run without the corpus's descriptor 3: nothing to report to
  }
});
