import { Hono } from "hono";
import type { Rubric } from "../scoring/rubric.ts";
import { getRubric } from "../services/rubrics/get.ts";
import { listRubrics } from "../services/rubrics/list.ts";

/** The questions with rubrics: a list, and one rubric without its model answers. */
export function rubricRoutes(deps: { rubrics: readonly Rubric[] }) {
  return new Hono().get("/", (c) => c.json(listRubrics(deps.rubrics))).get("/:id", (c) => c.json(getRubric(deps.rubrics, c.req.param("id"))));
}
