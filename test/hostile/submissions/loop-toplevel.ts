// Spins forever at module top level, while the test file is still loading.
while (true) {}
export const add = (a: number, b: number) => a + b;
