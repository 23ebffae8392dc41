/**
 * What one authored problem and one import may hold. The app's 512 KB body limit bounds an
 * upload's bytes; these bound what it unpacks to and how much the judge is asked to do.
 */
export const AUTHORING_LIMITS = {
  /** Files in one problem folder. */
  filesPerProblem: 50,
  /** Bytes of one file. */
  fileBytes: 128 * 1024,
  /** Bytes of all one problem's files. */
  problemBytes: 384 * 1024,
  /** Characters of a path inside an upload. */
  pathLength: 200,
  /** Entries in an imported zip or folder, folders and skipped files included. */
  importEntries: 2_000,
  /** Bytes an import unpacks to, all files together. */
  importBytes: 8 * 1024 * 1024,
  /** Problems and rubrics in one import: each coding problem is judged twice. */
  importProblems: 100,
  /** Coding problems judged at once during an import, so the judge's queue is not flooded. */
  importJudgeConcurrency: 2,
} as const;
