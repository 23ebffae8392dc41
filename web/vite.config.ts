import { cpSync, existsSync, readFileSync, statSync } from "node:fs";
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
const FONTS = join(modules, "@excalidraw/excalidraw/dist/prod/fonts");

function excalidrawFonts(): Plugin {
  let outDir = "";
  return {
    name: "rehearse-excalidraw-fonts",
    configResolved(config) {
      if (config.command === "build") outDir = isAbsolute(config.build.outDir) ? config.build.outDir : join(root, config.build.outDir);
    },
    // `npm run dev` serves them straight from the package, so development never reaches a CDN either.
    configureServer(server) {
      server.middlewares.use("/excalidraw/fonts", (req, res, next) => {
        const file = join(FONTS, decodeURIComponent((req.url ?? "").split("?")[0] ?? ""));
        if (!file.startsWith(FONTS) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader("content-type", file.endsWith(".woff2") ? "font/woff2" : "application/octet-stream");
        res.end(readFileSync(file));
      });
    },
    closeBundle() {
      if (outDir) cpSync(FONTS, join(outDir, "excalidraw", "fonts"), { recursive: true });
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
