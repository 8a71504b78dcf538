// Terminal emphasis, or none: the renderers take a Style so that they stay pure.
export interface Style {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly warn: (text: string) => string;
}

const plain = (text: string) => text;
export const PLAIN: Style = { bold: plain, dim: plain, warn: plain };
export const ANSI_STYLE: Style = {
  bold: (text) => `\u001b[1m${text}\u001b[22m`,
  dim: (text) => `\u001b[2m${text}\u001b[22m`,
  warn: (text) => `\u001b[33m${text}\u001b[39m`,
};
