import type { TestHub } from './hub.js';

/** The value of one sample, `name{labels}` exactly as exposed; undefined if there is no such sample. */
export function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

/** One sample of a hub's /metrics (open outside production without a token), 0 if it has none yet. */
export const metricValue = async (hub: Pick<TestHub, 'url'>, series: string): Promise<number> =>
  sample(await (await fetch(`${hub.url}/metrics`)).text(), series) ?? 0;
