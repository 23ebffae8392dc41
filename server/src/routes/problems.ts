import { Hono } from "hono";
import type { Db } from "../db/client.ts";
import type { Judge } from "../judge/types.ts";
import type { Problem } from "../problems/load.ts";
import { getProblem } from "../services/problems/get.ts";
import { listProblems } from "../services/problems/list.ts";
import { runInputSchema, runProblem } from "../services/problems/run.ts";
import { submitInputSchema, submitProblem } from "../services/problems/submit.ts";
import { jsonBody } from "./validate.ts";

export interface ProblemRoutesDeps {
  problems: readonly Problem[];
  judge: Judge;
  db: Db;
}

export function problemRoutes(deps: ProblemRoutesDeps) {
  return new Hono()
    .get("/", (c) => c.json(listProblems(deps.problems)))
    .get("/:slug", (c) => c.json(getProblem(deps.problems, c.req.param("slug"))))
    .post("/:slug/run", jsonBody(runInputSchema), async (c) =>
      c.json(await runProblem(deps, c.req.param("slug"), c.req.valid("json"))),
    )
    .post("/:slug/submit", jsonBody(submitInputSchema), async (c) =>
      c.json(await submitProblem(deps, c.req.param("slug"), c.req.valid("json"))),
    );
}
