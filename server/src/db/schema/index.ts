export * from "./answer.ts";
export * from "./auth.ts";
export * from "./draft.ts";
export * from "./submission.ts";
export * from "./attempt.ts";
export * from "./problem-set.ts";
export * from "./set-invitation.ts";
export * from "./team-problem.ts";
