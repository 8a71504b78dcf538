// asciichart ships no types; this is the part of its API slcost uses.
declare module 'asciichart' {
  interface PlotConfig {
    height?: number;
    offset?: number;
    padding?: string;
    min?: number;
    max?: number;
    colors?: string[];
    symbols?: string[];
    format?: (value: number, index: number) => string;
  }
  const asciichart: {
    plot(series: number[] | number[][], config?: PlotConfig): string;
    colored(char: string, color?: string): string;
    cyan: string;
    yellow: string;
    magenta: string;
    green: string;
    reset: string;
  };
  export default asciichart;
}
