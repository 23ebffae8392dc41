// Defines an index getter/setter on Array.prototype, uncaught: freezing must make this throw.
Object.defineProperty(Array.prototype, "0", {
  set() {},
  get() {
    return 3;
  },
});
export const add = (a: number, b: number) => a + b + 1;
