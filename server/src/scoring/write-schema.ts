// `npm run rubrics:schema`: writes rubrics/rubric.schema.json from the zod schema in rubric.ts.
// rubric.test.ts fails while the committed file is out of date.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderRubricJsonSchema } from "./rubric.ts";

export const RUBRIC_SCHEMA_PATH = fileURLToPath(new URL("../../../rubrics/rubric.schema.json", import.meta.url));

if (import.meta.main) {
  writeFileSync(RUBRIC_SCHEMA_PATH, renderRubricJsonSchema());
  console.log(`wrote ${RUBRIC_SCHEMA_PATH}`);
}
