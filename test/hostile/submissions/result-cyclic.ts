// Returns a cyclic object where a number is expected.
export function add(a: number, b: number): unknown {
  const node: Record<string, unknown> = { sum: a + b };
  node.self = node;
  node.list = [node, { back: node }];
  return node;
}
