// Returns a Proxy that claims to be whatever is asked: every trap lies, to-primitive gives 3.
export function add(_a: number, _b: number): unknown {
  const lie: ProxyHandler<object> = {
    get: (_t, key) => (key === Symbol.toPrimitive ? () => 3 : key === "valueOf" ? () => 3 : 3),
    has: () => true,
    ownKeys: () => [],
    getPrototypeOf: () => Number.prototype,
  };
  return new Proxy({}, lie);
}
