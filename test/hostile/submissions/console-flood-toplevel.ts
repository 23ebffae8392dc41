// Floods console.error with objects at module top level, before any test runs.
for (let i = 0; i < 1e9; i++) console.error({ i, text: "flood".repeat(50) });
export const add = (a: number, b: number) => a + b;
