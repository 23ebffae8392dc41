import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { buildSync } from "esbuild";

/**
 * What a fresh context runs before any submission, as three scripts, each compiled into every
 * new isolate with V8's code cache: SES (Hardened JavaScript), its lockdown(), then the
 * in-isolate runtime, bundled once per worker process.
 */
let bundled: { ses: string; lockdown: string; harness: string } | undefined;

/**
 * - errorTaming "unsafe": V8's own `stack` stays on errors; the worker maps it back to the
 *   candidate's lines (stacks only ever name sandbox files).
 * - localeTaming "unsafe": toLocaleString and Intl behave as in Node, as problems expect.
 * - reporting "none": the isolate has no console of its own to report to.
 * SES leaves a few standard globals out of its compartments (typed arrays of floats, Intl,
 * WeakRef, the disposal classes); the harness gives them back (run.ts), hardened here first.
 * WebAssembly (its memory is not counted by the heap limit), SharedArrayBuffer and Atomics'
 * blocking waits go before lockdown freezes them into every compartment.
 */
const LOCKDOWN = `
delete globalThis.WebAssembly;
delete globalThis.SharedArrayBuffer;
if (globalThis.Atomics) { delete globalThis.Atomics.wait; delete globalThis.Atomics.waitAsync; }
lockdown({ errorTaming: "unsafe", stackFiltering: "verbose", overrideTaming: "moderate", consoleTaming: "unsafe", localeTaming: "unsafe", reporting: "none", evalTaming: "safe-eval" });
for (const name of ${JSON.stringify(["Intl", "WeakRef", "SuppressedError", "DisposableStack", "AsyncDisposableStack"])}) if (globalThis[name]) harden(globalThis[name]);
`;

export function sandboxScripts(): { ses: string; lockdown: string; harness: string } {
  if (bundled === undefined) {
    const out = buildSync({
      entryPoints: [new URL("./harness/runtime.ts", import.meta.url).pathname],
      bundle: true,
      format: "iife",
      target: "es2024",
      platform: "neutral",
      write: false,
      logLevel: "silent",
    });
    // The package does not export its browser bundle; it sits beside package.json.
    const sesPath = join(dirname(createRequire(import.meta.url).resolve("ses/package.json")), "dist", "ses.umd.min.js");
    bundled = { ses: readFileSync(sesPath, "utf8"), lockdown: LOCKDOWN, harness: out.outputFiles[0]!.text };
  }
  return bundled;
}
