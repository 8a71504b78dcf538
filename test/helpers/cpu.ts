/**
 * This process's CPU time so far, in milliseconds. A bound on how long a step may take is held to it rather than to
 * the wall clock, which a busy machine (another test run beside this one) stretches several times over.
 */
export function cpuNowMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
