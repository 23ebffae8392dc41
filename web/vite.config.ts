import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { excalidrawFonts } from "./build/excalidraw-fonts.ts";
import { monacoWorkersWithoutContributions } from "./build/monaco-workers.ts";
import { precompress } from "./build/precompress.ts";

const root = fileURLToPath(new URL(".", import.meta.url));
const modules = fileURLToPath(new URL("../node_modules/", import.meta.url));

/**
 * Minified as usual, but with every non-ASCII character escaped: one "…" in a 2.7 MB chunk makes
 * Chromium decode and V8 scan the whole script as two-byte text, which `npm run bench:web`
 * measured as ~4% of the time to a ready editor.
 */
const minify = { compress: true, mangle: true, codegen: { asciiOnly: true } };

export default defineConfig({
  root,
  plugins: [react(), excalidrawFonts(root, modules), monacoWorkersWithoutContributions(), precompress()],
  resolve: {
    alias: [
      // monaco-vim imports monaco's internals by paths that monaco-editor's exports map (0.56+) no longer
      // allows; point them at the same files, so Vim mode shares the one monaco instance.
      { find: /^monaco-editor\/esm\/vs\/(.*)$/, replacement: `${modules}monaco-editor/esm/vs/$1` },
      // Its "browser" build is a UMD bundle expecting a global monaco; use its ES module build.
      { find: /^monaco-vim$/, replacement: `${modules}monaco-vim/dist/index.mjs` },
    ],
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Monaco and its TypeScript worker are megabytes, loaded lazily with the editor; the first load's
    // JavaScript budget is checked by `npm run bench:web` instead.
    chunkSizeWarningLimit: 8_000,
    rolldownOptions: { output: { minify } },
  },
  worker: { rolldownOptions: { output: { minify } } },
  server: {
    // The API runs beside Vite in development (`npm run dev`): same origin for the browser.
    proxy: { "/api": `http://localhost:${process.env.REHEARSE_API_PORT ?? 3000}` },
  },
});
