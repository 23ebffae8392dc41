import { cpSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));
const modules = fileURLToPath(new URL("../node_modules/", import.meta.url));

/**
 * The whiteboard's fonts, served by us under /excalidraw/ (see `EXCALIDRAW_ASSET_PATH` in
 * components/Whiteboard.tsx): Excalidraw would otherwise fetch them from a CDN.
 */
function excalidrawFonts(): Plugin {
  let outDir = "";
  return {
    name: "rehearse-excalidraw-fonts",
    apply: "build",
    configResolved(config) {
      outDir = isAbsolute(config.build.outDir) ? config.build.outDir : join(root, config.build.outDir);
    },
    closeBundle() {
      cpSync(join(modules, "@excalidraw/excalidraw/dist/prod/fonts"), join(outDir, "excalidraw", "fonts"), { recursive: true });
    },
  };
}

export default defineConfig({
  root,
  plugins: [react(), excalidrawFonts()],
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
  },
  server: {
    // The API runs beside Vite in development (`npm run dev`): same origin for the browser.
    proxy: { "/api": `http://localhost:${process.env.REHEARSE_API_PORT ?? 3000}` },
  },
});
