/** A file of a picked folder: its path inside the folder (as `webkitRelativePath` gives it) and its text. */
export interface PickedFile {
  path: string;
  content: string;
}

export type ImportPlan = { ok: true; files: PickedFile[]; skipped: string[] } | { ok: false; message: string };

const ROOTS = new Set(["problems", "rubrics"]);
const isHidden = (segments: string[]) => segments.some((s) => s.startsWith(".") || s === "node_modules");

/** Where the import's own layout starts in a path: its `problems/` or `rubrics/` folder, or `set.yaml`. */
function anchorOf(segments: string[]): number | undefined {
  const index = segments.findIndex((s, i) => ROOTS.has(s) && i < segments.length - 1);
  if (index >= 0) return index;
  return segments.at(-1) === "set.yaml" ? segments.length - 1 : undefined;
}

/**
 * The paths the import endpoint reads (`problems/<slug>/...`, `rubrics/<id>.yaml`, `set.yaml`)
 * from a folder picked in the browser, whatever folder was picked: one holding `problems/` and
 * `rubrics/`, one of those two, or a single problem's folder.
 */
export function planFolderImport(picked: readonly PickedFile[]): ImportPlan {
  const visible = picked.map((f) => ({ ...f, segments: f.path.split("/").filter(Boolean) })).filter((f) => !isHidden(f.segments));
  if (visible.length === 0) return { ok: false, message: "The folder has no files to import." };
  const anchors = visible.flatMap((f) => {
    const anchor = anchorOf(f.segments);
    return anchor === undefined ? [] : [anchor];
  });
  let mapped: { from: string; to: string | undefined; content: string }[];
  if (anchors.length > 0) {
    const depth = Math.min(...anchors);
    mapped = visible.map((f) => ({ from: f.path, to: f.segments.slice(depth).join("/"), content: f.content }));
  } else if (visible.some((f) => f.segments.length === 2 && f.segments[1] === "problem.md")) {
    // One problem's own folder: it goes under problems/, named as the folder is.
    mapped = visible.map((f) => ({ from: f.path, to: `problems/${f.segments.join("/")}`, content: f.content }));
  } else {
    return { ok: false, message: "Pick a folder with a problems/ or rubrics/ folder in it (or one problem's folder, with its problem.md)." };
  }
  const wanted = (path: string) => path === "set.yaml" || /^problems\/[^/]+\/.+/.test(path) || /^rubrics\/[^/]+\.(ya?ml|json)$/.test(path);
  const files = mapped.flatMap((f) => (f.to && wanted(f.to) ? [{ path: f.to, content: f.content }] : []));
  const skipped = mapped.filter((f) => !f.to || !wanted(f.to)).map((f) => f.from);
  if (files.length === 0) return { ok: false, message: "Nothing in that folder is a problem, a rubric or a set.yaml." };
  return { ok: true, files, skipped };
}
