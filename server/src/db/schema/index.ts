export * from "./answer.ts";
export * from "./auth.ts";
export * from "./draft.ts";
export * from "./submission.ts";
