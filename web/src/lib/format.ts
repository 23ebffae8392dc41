/**
 * Judge timings are fractional milliseconds; people read whole ones. Grouped by hand: the first
 * `toLocaleString` call loads locale data, which cost a problem page a third of a second.
 */
export function formatMs(ms: number): string {
  if (ms < 1) return "<1 ms";
  return `${String(Math.round(ms)).replace(/\B(?=(\d{3})+(?!\d))/g, ",")} ms`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "26 Nov 2026, 07:05" in local time (hand-made for the same reason as formatMs). */
export function formatDateTime(date: Date): string {
  const time = `${String(date.getHours()).padStart(2, "0")}:${String(date.getMinutes()).padStart(2, "0")}`;
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}, ${time}`;
}
