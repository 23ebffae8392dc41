import { Hono } from "hono";
import { z } from "zod";
import type { Rubric } from "../scoring/rubric.ts";
import { getRubric } from "../services/rubrics/get.ts";
import { listRubrics } from "../services/rubrics/list.ts";
import { publicRubricSchema, rubricSummarySchema } from "./answers.schema.ts";
import { operation } from "./openapi.ts";

/** The questions with rubrics: a list, and one rubric without its model answers. */
export function rubricRoutes(deps: { rubrics: readonly Rubric[] }) {
  return new Hono()
    .get(
      "/",
      operation({ tag: "answers", summary: "The questions with rubrics", responses: { 200: { description: "Each question's id, kind and prompt.", json: z.array(rubricSummarySchema) } }, errors: [] }),
      (c) => c.json(listRubrics(deps.rubrics)),
    )
    .get(
      "/:id",
      operation({ tag: "answers", summary: "One question's rubric, without its model answers", params: { id: "The rubric's id." }, responses: { 200: { description: "The rubric.", json: publicRubricSchema } }, errors: [404] }),
      (c) => c.json(getRubric(deps.rubrics, c.req.param("id"))),
    );
}
