import { strToU8, Unzip, UnzipInflate, zipSync } from "fflate";
import { ValidationError } from "../../lib/errors.ts";
import { AUTHORING_LIMITS } from "../problems/limits.ts";

/** One file of an upload: its path as the archive or the browser gave it, and its text. */
export interface UploadedFile {
  path: string;
  content: string;
}

/** The archive is fed to the inflater in slices this big, so a bomb is caught a few MB in, not after. */
const SLICE_BYTES = 4 * 1024;
const MB = 1024 * 1024;

/**
 * The text files of a zip, folders left out. Refuses, before inflating more than the limits
 * allow, archives with too many entries or too many bytes (a zip bomb, whatever its headers
 * claim), paths that would climb out of the folder, and files that are not UTF-8 text.
 */
export function readZip(bytes: Uint8Array): UploadedFile[] {
  const files: UploadedFile[] = [];
  let entries = 0;
  let total = 0;
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const unzip = new Unzip((entry) => {
    entries += 1;
    if (entries > AUTHORING_LIMITS.importEntries) throw new ValidationError(`The zip has more than ${AUTHORING_LIMITS.importEntries} entries.`);
    const path = checkUploadPath(entry.name);
    if (entry.originalSize !== undefined && entry.originalSize > AUTHORING_LIMITS.fileBytes && !path.endsWith("/")) throw tooLarge(path);
    const chunks: Uint8Array[] = [];
    let size = 0;
    entry.ondata = (error, chunk, final) => {
      if (error) throw new ValidationError(`The zip cannot be read at "${path}": ${error.message}`);
      size += chunk.length;
      total += chunk.length;
      if (size > AUTHORING_LIMITS.fileBytes) throw tooLarge(path);
      if (total > AUTHORING_LIMITS.importBytes) throw new ValidationError(`The zip unpacks to more than ${AUTHORING_LIMITS.importBytes / MB} MB.`);
      chunks.push(chunk);
      if (!final || path.endsWith("/")) return;
      try {
        files.push({ path, content: decoder.decode(Buffer.concat(chunks)) });
      } catch {
        throw new ValidationError(`"${path}" is not UTF-8 text; a problem is made of text files.`);
      }
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  try {
    if (bytes.length === 0) throw new ValidationError("The zip is empty.");
    for (let at = 0; at < bytes.length; at += SLICE_BYTES) unzip.push(bytes.subarray(at, at + SLICE_BYTES), at + SLICE_BYTES >= bytes.length);
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw new ValidationError(`The file is not a zip that can be read (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (entries === 0) throw new ValidationError("The file is not a zip, or has nothing in it.");
  return files;
}

/**
 * The path of an uploaded file, when it stays inside the folder: relative, forward slashes,
 * no `..`. Anything else is refused outright, whatever the rest of the upload holds.
 */
export function checkUploadPath(given: string): string {
  const path = given.replace(/^(?:\.\/)+/, "");
  const segments = path.split("/");
  const unsafe =
    path.length === 0 ||
    path.length > AUTHORING_LIMITS.pathLength * 2 ||
    path.startsWith("/") ||
    path.includes("\\") ||
    path.includes("\0") ||
    /^[A-Za-z]:/.test(path) ||
    segments.some((s) => s === ".." || s === ".");
  if (unsafe) throw new ValidationError(`"${given.slice(0, 120)}" is not a path inside the folder; nothing was imported.`);
  return path;
}

/** A zip of text files (path -> text), deflated. */
export function buildZip(files: Readonly<Record<string, string>>): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const path of Object.keys(files).sort()) entries[path] = strToU8(files[path] ?? "");
  // A fixed date: the same files make the same zip.
  return zipSync(entries, { level: 6, mtime: new Date("2000-01-01T00:00:00Z") });
}

function tooLarge(path: string): ValidationError {
  return new ValidationError(`"${path}" is larger than ${AUTHORING_LIMITS.fileBytes / 1024} KB; a problem's files are at most that.`);
}
