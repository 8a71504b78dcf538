// AWS as a provider: its services, the sections of its price tables, its
// platforms, and the region every one of its tables must cover.
import { PLATFORMS, PRICE_SECTIONS, SCENARIO_SECTIONS, SERVICES } from './services.js';

export const aws = {
  id: 'aws',
  label: 'AWS',
  /** The region every table must cover, and the one a scenario gets when it names none. */
  defaultRegion: 'us-east-1',
  /** AWS's region names: `us-east-1`, `eu-central-1`. */
  regionPattern: { regex: /^[a-z]{2}(-[a-z]+)+-\d$/, example: 'us-east-1' },
  services: SERVICES,
  priceSections: PRICE_SECTIONS,
  scenarioSections: SCENARIO_SECTIONS,
  platforms: PLATFORMS,
} as const;
