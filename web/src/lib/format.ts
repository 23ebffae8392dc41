/** Judge timings are fractional milliseconds; people read whole ones. */
export function formatMs(ms: number): string {
  if (ms < 1) return "<1 ms";
  return `${Math.round(ms).toLocaleString("en")} ms`;
}
