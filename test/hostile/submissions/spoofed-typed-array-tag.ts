// Wrong, and returns plain objects tagged "Float64Array", "Map" and "Set" holding a string referenced 50,000 times, hoping a spoofed tag exempts them from the copy budget.
const chunk = "y".repeat(8 * 1024);
const refs: string[] = [];
for (let i = 0; i < 50_000; i++) refs.push(chunk);
export function add(_a: number, _b: number): unknown {
  return [
    { [Symbol.toStringTag]: "Float64Array", refs },
    { [Symbol.toStringTag]: "Map", refs },
    { [Symbol.toStringTag]: "Set", refs },
  ];
}
