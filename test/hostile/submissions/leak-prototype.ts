// Correct, but tries to leave marks on shared intrinsics (Object/Array prototypes, Math) for the next submission.
const marks: [object, string][] = [
  [Object.prototype, "leak"],
  [Array.prototype, "leak"],
  [Math, "leak"],
  [JSON, "leak"],
];
for (const [target, key] of marks) {
  try {
    Object.defineProperty(target, key, { value: 1, enumerable: true });
  } catch {}
}
export const add = (a: number, b: number) => a + b;
