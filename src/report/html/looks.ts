// Which colour, dash and marker a platform or a service is drawn with: by its
// place in the provider's lists, so that it is the same on every chart of a report.
import { PLATFORMS } from '../../providers/aws/services.js';

/** A platform's look: its place in PLATFORMS. */
export function lookOf(platform: string): number {
  return Math.max(
    0,
    PLATFORMS.findIndex((known) => known.id === platform),
  );
}
