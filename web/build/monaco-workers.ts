import type { Plugin } from "vite";

const WORKERS_MODULE = /monaco-editor[\\/]esm[\\/]vs[\\/]internal[\\/]common[\\/]workers\.js$/;

/**
 * monaco-editor's language services reach `createWebWorker` through internal/common/workers.js,
 * which also imports every editor contribution (diff editor, sticky scroll, inline completions,
 * colour picker...) for their side effects. Those imports are dropped: lib/monaco/editor.ts
 * registers the contributions the editor uses, and the TypeScript mode chunk would otherwise grow
 * from ~23 KB to ~380 KB, parsed and run just as the editor appears.
 */
export function monacoWorkersWithoutContributions(): Plugin {
  return {
    name: "rehearse-monaco-workers-without-contributions",
    transform(code, id) {
      if (!WORKERS_MODULE.test(id)) return null;
      const trimmed = code.replace(/^import '[^']+';$/gm, "");
      // A monaco-editor release that reorganises the module must fail the build, not bloat it quietly.
      if (trimmed === code || !trimmed.includes("function createWebWorker")) {
        this.error(`${id} no longer has the shape this plugin trims; check it against monaco-editor's release`);
      }
      return { code: trimmed, map: null };
    },
  };
}
