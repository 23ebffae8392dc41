// Throws a thenable whose then getter throws, and whose then never calls back.
export function add(_a: number, _b: number): number {
  throw {
    get then() {
      throw new Error("then getter");
    },
    get message() {
      return { toString: () => "not a string" };
    },
  };
}
