import { cpSync, existsSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import type { Plugin } from "vite";

/** Excalidraw's CDN fallback for its fonts: a template literal naming esm.sh and the package version. */
const CDN_FALLBACK = /`https:\/\/esm\.sh\/\$\{[\s\S]*?\}\/dist\/prod\/`/;

/**
 * The whiteboard's fonts, served by us under /excalidraw/ (see `EXCALIDRAW_ASSET_PATH` in
 * components/written/DesignRound.tsx): Excalidraw would otherwise fetch them from a CDN.
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
    // Each font face lists our URL, then esm.sh's. Chromium checks every source of a face against
    // the CSP as it is declared, so the CDN one is reported as a violation on every page with the
    // whiteboard, even though our own loads first. The fallback becomes our own folder too.
    transform(code, id) {
      if (!/@excalidraw[\\/]excalidraw[\\/]dist[\\/]/.test(id) || !code.includes("ASSETS_FALLBACK_URL")) return null;
      const rewritten = code.replace(CDN_FALLBACK, "`${window.location.origin}/excalidraw/`");
      // An Excalidraw release that words its fallback otherwise must fail the build, not reach a CDN.
      if (rewritten === code) this.error(`${id} no longer has the font CDN fallback this plugin rewrites; check it against Excalidraw's release`);
      return { code: rewritten, map: null };
    },
    closeBundle() {
      if (outDir) cpSync(fonts, join(outDir, "excalidraw", "fonts"), { recursive: true });
    },
  };
}
