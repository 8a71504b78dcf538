// wrap-ansi 7 ships no types; this is the part of its API slcost uses.
declare module 'wrap-ansi' {
  interface Options {
    /** Break words longer than the width (default: let them run past it). */
    hard?: boolean;
    /** Break at spaces (the default) rather than filling each line. */
    wordWrap?: boolean;
    /** Remove whitespace at the ends of lines (the default). */
    trim?: boolean;
  }
  function wrapAnsi(text: string, columns: number, options?: Options): string;
  export = wrapAnsi;
}
