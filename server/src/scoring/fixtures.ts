import { type Rubric, type RubricFile, rubricSchema } from "./rubric.ts";

/** A rubric for tests: the fields given, validated by the real schema, with a version. */
export function makeRubric(fields: Partial<RubricFile> & Pick<RubricFile, "criteria">): Rubric {
  const parsed = rubricSchema.parse({ id: "test-rubric", title: "Test rubric", prompt: "The question", kind: "concept", ...fields });
  const { $schema: _, version, ...rubric } = parsed;
  return { ...rubric, version: version ?? "test" };
}
