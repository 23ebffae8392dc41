// Doubles a string forever (s += s): cons strings grow until V8's string length cap.
export function add(a: number, b: number): number {
  let s = "x";
  while (true) s += s;
  return a + b + s.length;
}
