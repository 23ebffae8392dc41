// Throws an Error whose message is a 134M-character string: a cheap cons string in the sandbox, 128 MB once flattened.
export function add(_a: number, _b: number): number {
  let s = "boom ";
  while (s.length < 2 ** 27) s += s;
  throw new Error(s);
}
