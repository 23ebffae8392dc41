// Correct, but registers a custom matcher, fake timers and mocks, hoping the next submission's test API inherits them.
import { expect, jest } from "@jest/globals";
expect.extend({ toLeak: () => ({ pass: true, message: () => "" }) });
jest.useFakeTimers();
jest.spyOn(Math, "max").mockReturnValue(42);
export const add = (a: number, b: number) => a + b;
