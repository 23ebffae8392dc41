import { describe, expect, it } from "vitest";
import { CompileError, transpile } from "./transpile.ts";

/** Runs transpiled CommonJS the way the sandbox wraps it, recording what it requires. */
function load(source: string, modules: Record<string, unknown> = {}) {
  const { code } = transpile(source, "solution.ts");
  const required: string[] = [];
  const module = { exports: {} as Record<string, unknown> };
  const require = (name: string) => {
    required.push(name);
    if (!(name in modules)) throw new Error(`unexpected require("${name}")`);
    return modules[name];
  };
  new Function("exports", "require", "module", code)(module.exports, require, module);
  return { exports: module.exports, required, code };
}

function compileErrorOf(source: string, path = "solution.ts"): CompileError {
  try {
    transpile(source, path);
  } catch (error) {
    if (error instanceof CompileError) return error;
    throw error;
  }
  throw new Error("expected a CompileError");
}

describe("transpile", () => {
  it("turns enums into objects with reverse mappings for numeric members", () => {
    const { exports } = load(`export enum Color { Red, Green = 5, Blue, Named = "n" }`);
    const Color = exports.Color as Record<string | number, unknown>;
    expect(Color.Red).toBe(0);
    expect(Color.Blue).toBe(6);
    expect(Color[0]).toBe("Red");
    expect(Color.Named).toBe("n");
    expect(Color.n).toBeUndefined();
  });

  it("turns namespaces into objects, merging repeated declarations", () => {
    const { exports } = load(`
      export namespace Geo { export const pi = 3; export function double(x: number) { return x * 2; } }
      export namespace Geo { export const e = 2; }
    `);
    const Geo = exports.Geo as { pi: number; e: number; double(x: number): number };
    expect(Geo.pi).toBe(3);
    expect(Geo.e).toBe(2);
    expect(Geo.double(21)).toBe(42);
  });

  it("assigns parameter properties in the constructor", () => {
    const { exports } = load(`
      export class Point {
        constructor(private readonly x: number, public y: number, protected z = 7) {}
        sum() { return this.x + this.y + this.z; }
      }
    `);
    const Point = exports.Point as new (x: number, y: number) => { sum(): number; y: number };
    const p = new Point(1, 2);
    expect(p.y).toBe(2);
    expect(p.sum()).toBe(10);
  });

  it("lowers standard decorators so they run", () => {
    const { exports } = load(`
      function shout<T extends (...a: never[]) => string>(method: T, ctx: ClassMethodDecoratorContext): T {
        return function (this: unknown, ...args: never[]) { return method.apply(this, args).toUpperCase() + "!" + String(ctx.name); } as T;
      }
      function sealed<C extends abstract new (...a: never[]) => unknown>(cls: C, _ctx: ClassDecoratorContext): C {
        Object.defineProperty(cls, "sealedByDecorator", { value: true });
        return cls;
      }
      @sealed
      export class Greeter {
        @shout greet(name: string): string { return "hi " + name; }
      }
    `);
    const Greeter = exports.Greeter as (new () => { greet(n: string): string }) & { sealedByDecorator?: boolean };
    expect(new Greeter().greet("ada")).toBe("HI ADA!greet");
    expect(Greeter.sealedByDecorator).toBe(true);
  });

  it("erases generics, satisfies, assertions, non-null and type declarations", () => {
    const { exports, code } = load(`
      interface Box<T> { value: T }
      type Pair<A, B> = [A, B];
      export const identity = <T,>(x: T): T => x;
      export function first<A, B>(pair: Pair<A, B>): A { return pair[0]; }
      export const config = { retries: 3 } satisfies Record<string, number>;
      export const boxed: Box<number> = { value: (42 as unknown as number)! };
      declare const ambient: string;
      export abstract class Shape { abstract area(): number; describe(this: Shape) { return "area " + this.area(); } }
    `);
    expect((exports.identity as (x: number) => number)(5)).toBe(5);
    expect((exports.first as (p: [string, number]) => string)(["a", 1])).toBe("a");
    expect(exports.config).toEqual({ retries: 3 });
    expect(exports.boxed).toEqual({ value: 42 });
    expect(code).not.toMatch(/\binterface\b|\bsatisfies\b|\btype Pair\b|ambient/);
  });

  it("drops type-only imports but keeps value imports", () => {
    const { exports, required } = load(
      `
      import type { Shape } from "./types";
      import { type Options, makeOptions } from "./options";
      import { type OnlyAType } from "./other";
      export const shape: Shape | undefined = undefined;
      export const options: Options = makeOptions();
      export const nothing: OnlyAType | null = null;
    `,
      { "./options": { makeOptions: () => ({ fast: true }) } },
    );
    expect(required).toEqual(["./options"]);
    expect(exports.options).toEqual({ fast: true });
  });

  it("produces a source map that names the file", () => {
    const out = transpile("export const x: number = 1;\n", "lru-cache.ts");
    const map = JSON.parse(out.map) as { sources: string[]; mappings: string };
    expect(map.sources).toEqual(["lru-cache.ts"]);
    expect(map.mappings.length).toBeGreaterThan(0);
  });

  it("throws a CompileError at the line and 1-based column in the TypeScript source", () => {
    const error = compileErrorOf("interface A { a: number }\ntype B = A;\n\nconst ok = 1;\nconst broken = ;\n");
    expect(error.location).toEqual({ file: "solution.ts", line: 5, column: 16 });
    expect(error.message).toContain("solution.ts:5:16");
    expect(error.message).toContain("const broken = ;");
  });

  it("reports a syntax error in a test file against that file", () => {
    const error = compileErrorOf("it('x', () => {\n  expect(1).toBe(1)\n", "lru.test.ts");
    expect(error.location.file).toBe("lru.test.ts");
    expect(error.location.line).toBe(3);
    expect(error.message.startsWith("lru.test.ts:3:")).toBe(true);
  });

  it("returns the same output for the same source and path", () => {
    const src = "export const n: number = 1;";
    expect(transpile(src, "a.ts")).toBe(transpile(src, "a.ts"));
    expect(JSON.parse(transpile(src, "b.ts").map).sources).toEqual(["b.ts"]);
  });
});
