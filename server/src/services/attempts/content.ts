import { createHash } from "node:crypto";
import type { TeamProblemKind } from "../../db/schema/index.ts";
import type { Problem } from "../../problems/load.ts";
import { type ItemContent, loadVersionContent } from "../../teams/content.ts";
import { findProblem } from "../problems/find.ts";
import { findRubric } from "../rubrics/find.ts";
import type { AttemptDeps } from "./deps.ts";

/** Parsed team versions kept in memory: versions never change, so a cached one is never stale. */
const MAX_CACHED_VERSIONS = 200;
const versions = new Map<string, Promise<ItemContent>>();
const hashes = new WeakMap<Problem, string>();

/**
 * What a bank coding problem was when an attempt pinned it: a hash of everything that decides a
 * verdict (tests, limits, the reference for custom cases) and what the candidate reads.
 */
export function problemContentHash(problem: Problem): string {
  let hash = hashes.get(problem);
  if (hash === undefined) {
    const { slug, title, statement, starter, solution, tests, limits, casesFunction, casesCompare } = problem;
    const content = JSON.stringify({ slug, title, statement, starter, solution, tests, limits, casesFunction, casesCompare });
    hash = `sha256:${createHash("sha256").update(content).digest("hex")}`;
    hashes.set(problem, hash);
  }
  return hash;
}

/** The pinned content of one attempt item (or set item): a team problem's version, or the bank's problem or rubric. */
export interface ItemRef {
  source: "bank" | "team";
  ref: string;
  kind: TeamProblemKind;
  versionId: string | null;
}

export async function loadItemContent(deps: Pick<AttemptDeps, "db" | "problems" | "rubrics">, item: ItemRef): Promise<ItemContent> {
  if (item.source === "bank") {
    if (item.kind === "coding") return { kind: "coding", problem: findProblem(deps.problems, item.ref) };
    const rubric = findRubric(deps.rubrics, item.ref);
    return { kind: rubric.kind, rubric };
  }
  if (!item.versionId) throw new Error(`team item ${item.ref} has no pinned version`);
  return loadTeamVersion(deps, item.versionId);
}

function loadTeamVersion(deps: Pick<AttemptDeps, "db">, versionId: string): Promise<ItemContent> {
  const known = versions.get(versionId);
  if (known) return known;
  const loading = loadVersionContent(deps.db, versionId);
  versions.set(versionId, loading);
  loading.catch(() => versions.delete(versionId));
  if (versions.size > MAX_CACHED_VERSIONS) {
    const oldest = versions.keys().next().value;
    if (oldest !== undefined) versions.delete(oldest);
  }
  return loading;
}
