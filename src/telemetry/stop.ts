// Apart from tracing.ts so that main.ts can call it without loading the SDK: a no-op unless the
// preload started tracing (the same module then, by URL, in both).
let stop: (() => Promise<void>) | undefined;

export function onTracingStop(fn: () => Promise<void>): void {
  stop = fn;
}

/** Exports the spans still buffered (the batch processor holds them up to 5 s), then stops tracing. */
export async function stopTracing(): Promise<void> {
  await stop?.();
}
