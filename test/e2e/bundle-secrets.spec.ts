import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { loadProblems } from "../../server/src/problems/load.ts";
import { loadRubrics } from "../../server/src/scoring/load.ts";
import { PROBLEMS_DIR, ROOT, RUBRICS_DIR } from "./fixtures.ts";

/**
 * The built web app (what anyone can download without an account) must carry no reference
 * solution, hidden test or model answer: those reach the browser only from the API, to whoever
 * may see them. A probe is a line or sentence long and plain enough to survive bundling verbatim
 * (as it would if someone imported a file `?raw` or a rubric as JSON).
 */
const PROBE_MIN = 28;
const PLAIN = /^[^"'`\\]+$/;

function probesOf(text: string, exclude: string): string[] {
  return text
    .split(/\n|(?<=[.!?])\s+/)
    .map((line) => line.trim())
    .filter((line) => line.length >= PROBE_MIN && PLAIN.test(line) && !exclude.includes(line));
}

const DIST = join(ROOT, "web", "dist");

/** The bundle's text, with the \u escapes the build writes for every non-ASCII character read back. */
async function bundleText(): Promise<string> {
  const files = await readdir(DIST, { recursive: true });
  const texts = await Promise.all(files.filter((f) => /\.(js|mjs|css|html|json|map)$/.test(f)).map((f) => readFile(join(DIST, f), "utf8")));
  return texts
    .join("\n")
    .replace(/\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})/g, (_, long: string | undefined, short: string | undefined) => String.fromCodePoint(Number.parseInt(long ?? short ?? "", 16)));
}

function leaked(bundle: string, probes: Map<string, string[]>): string[] {
  return [...probes].flatMap(([where, lines]) => lines.filter((line) => bundle.includes(line)).map((line) => `${where}: ${line}`));
}

test("the built bundle holds no reference solution, hidden test or model answer", async () => {
  const [bundle, problems, rubrics] = await Promise.all([bundleText(), loadProblems(PROBLEMS_DIR), loadRubrics(RUBRICS_DIR)]);
  const probes = new Map<string, string[]>();
  for (const p of problems) {
    const visible = [p.starter, p.statement, ...p.tests.filter((t) => t.visibility === "sample").map((t) => t.code)].join("\n");
    probes.set(`${p.slug}/solution.ts`, probesOf(p.solution, visible));
    for (const t of p.tests.filter((t) => t.visibility === "hidden")) probes.set(`${p.slug}/${t.path}`, probesOf(t.code, visible));
  }
  for (const r of rubrics) {
    const answers = r.criteria.flatMap((c) => (c.modelAnswer ? [c.modelAnswer] : []));
    probes.set(`rubrics/${r.id} model answers`, probesOf(answers.join("\n"), r.prompt));
  }
  const count = [...probes.values()].reduce((n, lines) => n + lines.length, 0);
  // Enough probes that the check means something: every solution yields some.
  expect(count).toBeGreaterThan(problems.length * 3);
  expect(bundle.length).toBeGreaterThan(100_000);
  expect(leaked(bundle, probes)).toEqual([]);
  // And the check can fail: a bundle with one solution's line in it is caught.
  const [where, lines] = [...probes].find(([, l]) => l.length > 0) ?? ["", []];
  expect(leaked(`${bundle}\n${lines[0]}`, new Map([[where, lines]]))).toHaveLength(1);
});

test("every compressed copy the server may hand out holds exactly the file beside it", async () => {
  const files = await readdir(DIST, { recursive: true });
  const copies = files.filter((f) => f.endsWith(".br") || f.endsWith(".gz"));
  // The build compresses every text file of a kilobyte or more: Monaco's chunks among them.
  expect(copies.filter((f) => /editor\.api-.*\.js\.br$/.test(f))).toHaveLength(1);
  const differing: string[] = [];
  for (const copy of copies) {
    const [packed, original] = await Promise.all([readFile(join(DIST, copy)), readFile(join(DIST, copy.slice(0, -3)))]);
    const unpacked = copy.endsWith(".br") ? brotliDecompressSync(packed) : gunzipSync(packed);
    if (!unpacked.equals(original)) differing.push(copy);
  }
  expect(differing).toEqual([]);
});

test("the JavaScript is ASCII: one non-ASCII character makes the browser scan a whole chunk as two-byte text", async () => {
  const files = await readdir(DIST, { recursive: true });
  const scripts = files.filter((f) => f.endsWith(".js"));
  expect(scripts.length).toBeGreaterThan(10);
  const nonAscii: string[] = [];
  for (const script of scripts) if ((await readFile(join(DIST, script))).some((byte) => byte > 0x7f)) nonAscii.push(script);
  expect(nonAscii).toEqual([]);
});
