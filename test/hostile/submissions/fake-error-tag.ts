// Wrong, and returns a plain object tagged "Error" holding a string referenced 50,000 times, hoping the copy budget counts it as one small error.
const chunk = "x".repeat(8 * 1024);
const refs: string[] = [];
for (let i = 0; i < 50_000; i++) refs.push(chunk);
export function add(_a: number, _b: number): unknown {
  return { [Symbol.toStringTag]: "Error", name: "Error", message: "not really", refs };
}
