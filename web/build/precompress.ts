import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Plugin } from "vite";

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text formats worth compressing; images and fonts in woff2 are compressed already. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|ttf|txt|map)$/;
const MIN_BYTES = 1024;

/**
 * Writes `name.br` and `name.gz` beside every text file of the build, which the server hands to
 * browsers that accept them (serveStatic's `precompressed`): Monaco's core is 2.7 MB as written
 * and ~0.6 MB in brotli, and its TypeScript worker 6.9 MB and ~1.2 MB. Brotli quality 6 and gzip
 * level 6 keep `npm start`'s build under a second longer; quality 11 saves ~10% more for ~30 s.
 */
export function precompress(): Plugin {
  return {
    name: "rehearse-precompress",
    apply: "build",
    async writeBundle(options, bundle) {
      const outDir = options.dir;
      if (!outDir) return;
      const files = Object.keys(bundle).filter((name) => COMPRESSIBLE.test(name));
      await Promise.all(
        files.map(async (name) => {
          const path = join(outDir, name);
          const raw = await readFile(path);
          if (raw.length < MIN_BYTES) return;
          const params = { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length };
          const [br, gzipped] = await Promise.all([brotli(raw, { params }), gz(raw, { level: 6 })]);
          await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gzipped)]);
        }),
      );
    },
  };
}
