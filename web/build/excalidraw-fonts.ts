import { cpSync, existsSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import type { Plugin } from "vite";

/**
 * The whiteboard's fonts, served by us under /excalidraw/ (see `EXCALIDRAW_ASSET_PATH` in
 * components/Whiteboard.tsx): Excalidraw would otherwise fetch them from a CDN.
 */
export function excalidrawFonts(root: string, modules: string): Plugin {
  const fonts = join(modules, "@excalidraw/excalidraw/dist/prod/fonts");
  let outDir = "";
  return {
    name: "rehearse-excalidraw-fonts",
    configResolved(config) {
      if (config.command === "build") outDir = isAbsolute(config.build.outDir) ? config.build.outDir : join(root, config.build.outDir);
    },
    // `npm run dev` serves them straight from the package, so development never reaches a CDN either.
    configureServer(server) {
      server.middlewares.use("/excalidraw/fonts", (req, res, next) => {
        const file = join(fonts, decodeURIComponent((req.url ?? "").split("?")[0] ?? ""));
        if (!file.startsWith(fonts) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader("content-type", file.endsWith(".woff2") ? "font/woff2" : "application/octet-stream");
        res.end(readFileSync(file));
      });
    },
    closeBundle() {
      if (outDir) cpSync(fonts, join(outDir, "excalidraw", "fonts"), { recursive: true });
    },
  };
}
