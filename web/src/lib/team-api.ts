import { type ClientResponse, hc, type InferRequestType, type InferResponseType } from "hono/client";
import type { AppType } from "../../../server/src/app.ts";
import { ApiError, successBody, successResponse } from "./api.ts";
import { downloadFileName } from "./download-name.ts";

/** The lead's side of teams: teams and members, authored problems, sets, links and results (see attempt-api.ts for the candidate's). */
const client = hc<AppType>(window.location.origin);
const teams = client.api.teams;
const team = teams[":teamId"];
const problems = team.problems;
const problem = problems[":problemId"];
const sets = team.sets;
const set = sets[":setId"];
const setInvitation = set.invitations[":invitationId"];
const attempt = team.attempts[":attemptId"];

export type TeamSummary = InferResponseType<typeof teams.$get, 200>["teams"][number];
export type TeamDetail = InferResponseType<typeof team.$get, 200>;
export type TeamMember = TeamDetail["members"][number];
export type PendingLeadInvitation = TeamDetail["invitations"][number];
export type LeadInvitation = InferResponseType<(typeof team.members.invitations)["$post"], 201>;

export type TeamProblemSummary = InferResponseType<typeof problems.$get, 200>["problems"][number];
export type TeamProblemKind = TeamProblemSummary["kind"];
export type TeamProblemDetail = InferResponseType<typeof problem.$get, 200>;
export type TeamProblemVersion = TeamProblemDetail["version"];
export type VersionValidation = TeamProblemVersion["validation"];
export type SavedProblem = InferResponseType<typeof problem.$put, 200>;
export type ImportResult = InferResponseType<(typeof team.import)["$post"], 200>;

export type SetSummary = InferResponseType<typeof sets.$get, 200>["sets"][number];
export type SetDetail = InferResponseType<typeof set.$get, 200>["set"];
export type SetInput = InferRequestType<typeof sets.$post>["json"];
export type SetInvitation = InferResponseType<typeof set.invitations.$get, 200>["invitations"][number];
export type SetInvitationInput = InferRequestType<typeof set.invitations.$post>["json"];
export type CreatedSetInvitation = InferResponseType<typeof set.invitations.$post, 201>;
export type SetResults = InferResponseType<typeof set.results.$get, 200>;
export type AttemptResultSummary = SetResults["attempts"][number];
export type AttemptDetail = InferResponseType<typeof attempt.$get, 200>;
export type AttemptItemDetail = AttemptDetail["items"][number];

/** One thing wrong with an uploaded or saved file: `file:line: message`. */
export interface FileIssue {
  file?: string;
  line?: number;
  column?: number;
  message: string;
}

/** The server's error, with the files it found wrong when it says (an import, a broken upload). */
export class FileIssuesError extends ApiError {
  readonly issues: FileIssue[];

  constructor(error: ApiError, issues: FileIssue[]) {
    super(error.status, error.code, error.message, error.requestId);
    this.name = "FileIssuesError";
    this.issues = issues;
  }
}

function issuesIn(body: unknown): FileIssue[] {
  const details = typeof body === "object" && body !== null ? (body as { details?: unknown }).details : undefined;
  const errors = typeof details === "object" && details !== null ? (details as { errors?: unknown }).errors : undefined;
  if (!Array.isArray(errors)) return [];
  return errors.filter((e): e is FileIssue => typeof e === "object" && e !== null && typeof (e as { message?: unknown }).message === "string");
}

/** Like `successBody`, keeping the `details.errors` a failure carries (which file, which line). */
async function bodyWithIssues<T>(request: Promise<ClientResponse<T>>): Promise<T> {
  let issues: Promise<FileIssue[]> = Promise.resolve([]);
  const seen = request.then((response) => {
    if (!response.ok) issues = response.clone().json().then(issuesIn, () => []);
    return response;
  });
  try {
    return await successBody(seen);
  } catch (error) {
    const found = await issues;
    throw error instanceof ApiError && found.length > 0 ? new FileIssuesError(error, found) : error;
  }
}

/** Saves a download (a zip, a CSV) the way a link would, after checking the server said yes. */
async function download(request: Promise<ClientResponse<unknown>>, fallback: string): Promise<void> {
  const response = await successResponse(request);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = downloadFileName(response.headers, fallback);
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the URL can go once it has read the blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const inTeam = (teamId: string) => ({ param: { teamId } });
const inSet = (teamId: string, setId: string) => ({ param: { teamId, setId } });

export const teamApi = {
  listTeams: async () => (await successBody(teams.$get())).teams,
  createTeam: (name: string) => successBody(teams.$post({ json: { name } })),
  getTeam: (teamId: string) => successBody(team.$get(inTeam(teamId))),
  /** A link for another lead to join; they sign in with this email to accept it. */
  inviteLead: (teamId: string, email: string) => successBody(team.members.invitations.$post({ ...inTeam(teamId), json: { email } })),
  joinTeam: (invitationId: string) => successBody(teams.join[":invitationId"].$post({ param: { invitationId } })),

  listProblems: async (teamId: string) => (await successBody(problems.$get(inTeam(teamId)))).problems,
  getProblem: (teamId: string, problemId: string) => successBody(problem.$get({ param: { teamId, problemId } })),
  getVersion: (teamId: string, problemId: string, version: number) =>
    successBody(problem.versions[":version"].$get({ param: { teamId, problemId, version: String(version) } })),
  /** Saves the first version; it is published only if it validates. */
  createProblem: (teamId: string, kind: TeamProblemKind, slug: string, files: Record<string, string>) =>
    bodyWithIssues(problems.$post({ ...inTeam(teamId), json: { kind, slug, files } })),
  /** Saves a new version; the published one moves only if this one validates. */
  saveProblem: (teamId: string, problemId: string, files: Record<string, string>) => bodyWithIssues(problem.$put({ param: { teamId, problemId }, json: { files } })),
  deleteProblem: (teamId: string, problemId: string) => successResponse(problem.$delete({ param: { teamId, problemId } })),
  /** A folder picked in the browser, as its files. Nothing is imported when any file is wrong. */
  importFolder: (teamId: string, files: { path: string; content: string }[]) => bodyWithIssues(team.import.$post({ ...inTeam(teamId), json: { files } })),
  /** A zip, sent as it is: `init` replaces the JSON body and its Content-Type (the route reads either). */
  importZip: (teamId: string, zip: Blob) =>
    bodyWithIssues(team.import.$post({ ...inTeam(teamId), json: { files: [] } }, { init: { body: zip, headers: { "Content-Type": "application/zip" } } })),
  exportProblems: (teamId: string) => download(team.export.$get(inTeam(teamId)), "team-problems.zip"),

  listSets: async (teamId: string) => (await successBody(sets.$get(inTeam(teamId)))).sets,
  getSet: async (teamId: string, setId: string) => (await successBody(set.$get(inSet(teamId, setId)))).set,
  createSet: async (teamId: string, json: SetInput) => (await successBody(sets.$post({ ...inTeam(teamId), json }))).set,
  saveSet: async (teamId: string, setId: string, json: SetInput) => (await successBody(set.$put({ ...inSet(teamId, setId), json }))).set,
  exportSet: (teamId: string, setId: string) => download(set.export.$get(inSet(teamId, setId)), "set.zip"),

  listSetInvitations: async (teamId: string, setId: string) => (await successBody(set.invitations.$get(inSet(teamId, setId)))).invitations,
  /** The token is in this answer only: the server keeps its hash. */
  createSetInvitation: (teamId: string, setId: string, json: SetInvitationInput) => successBody(set.invitations.$post({ ...inSet(teamId, setId), json })),
  revokeSetInvitation: async (teamId: string, setId: string, invitationId: string) =>
    (await successBody(setInvitation.$delete({ param: { teamId, setId, invitationId } }))).invitation,

  getResults: (teamId: string, setId: string) => successBody(set.results.$get(inSet(teamId, setId))),
  downloadResultsCsv: (teamId: string, setId: string) => download(set["results.csv"].$get(inSet(teamId, setId)), "results.csv"),
  downloadResultsJson: (teamId: string, setId: string) => download(set["results.json"].$get(inSet(teamId, setId)), "results.json"),
  getAttempt: (teamId: string, attemptId: string) => successBody(attempt.$get({ param: { teamId, attemptId } })),
};
