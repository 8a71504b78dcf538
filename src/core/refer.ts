// What the engine says a person can change (an option of the command line, a
// setting of a scenario) it names by reference, and the edge puts the
// reference in words. A reference is marked by two characters of Unicode's
// private use area, so that text a user wrote, printed inside a message, is
// never taken for one.
const OPEN = '\uE000';
const CLOSE = '\uE001';

/** A command-line option, by the name the edge knows it by: `option('no-free-tier')`. */
export const option = (name: string): string => `${OPEN}option:${name}${CLOSE}`;

/** A scenario setting, by the name the edge knows it by: `setting('throttle')`. */
export const setting = (name: string): string => `${OPEN}setting:${name}${CLOSE}`;

/** Every reference in a text: its kind and its name. */
export const REFERENCE = /\uE000(option|setting):([a-z0-9-]+)\uE001/g;
