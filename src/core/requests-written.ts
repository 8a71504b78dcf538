// Monthly requests as people write them on a command line or at a prompt: `10000`, `1e6`, `10M`, `1.5B`, `250K`.
// Without imports, so that the command-line declarations can check them before any of the engine is loaded.

/** The most requests a month a scenario, a usage file or an answer may say: each monthly count's bound, which an outlook's growth is held to as well. */
export const MOST_REQUESTS_PER_MONTH = 1e15;

/** The number and its multiple, K, M, B or T in either case, as its exponent's e is (`1E6` was refused where `1e6` and `1m` were read). */
const VOLUME = /^(\d+(?:\.\d+)?(?:[eE]\d+)?)([kKmMbBtT]?)$/;
const VOLUME_SCALE = { '': 1, k: 1e3, m: 1e6, b: 1e9, t: 1e12 } as const;

/** Requests as people write them, split into the number as written and its multiple, for a caller that reads them exactly; null for any other text. */
export function requestsWrittenParts(text: string): { readonly digits: string; readonly scale: number } | null {
  const match = VOLUME.exec(text.trim());
  return match ? { digits: match[1]!, scale: VOLUME_SCALE[match[2]!.toLowerCase() as keyof typeof VOLUME_SCALE] } : null;
}

/** Requests as people write them, as a double; null for any other text. breakeven and the questionnaire read them exactly, as decimals. */
export function requestsWritten(text: string): number | null {
  const parts = requestsWrittenParts(text);
  return parts ? Number(parts.digits) * parts.scale : null;
}
