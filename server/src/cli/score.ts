import { readFile } from "node:fs/promises";
import { z } from "zod";
import { type DiagramGraph, diagramGraphSchema } from "../scoring/diagram.ts";
import { parseRubric } from "../scoring/load.ts";
import type { Rubric } from "../scoring/rubric.ts";
import { scoreAnswer } from "../scoring/score.ts";
import { type Io, parse, UsageError } from "./io.ts";
import { formatScore } from "./score-report.ts";

const HELP = `Usage: rehearse score --rubric <file> --answer <file> [--diagram <file.json>] [--json]
       rehearse score --rubric <file> --answers <file.jsonl>

Scores an answer against a rubric (YAML or JSON) with the deterministic scorer.
--json prints the whole result: total (0-100) and per criterion its level, evidence and suggestion.
--answers scores one {"id", "answer"} object per line and prints one {"id", "total"} line each;
bad lines are reported on stderr with their line number and make the exit code 1.
An empty (or blank) answer is refused, as the API refuses it: for --answer at once; in
--answers, the line is reported and the other lines still scored.
Exits 0 when everything was scored, 1 otherwise, 2 on bad usage or an empty answer.`;

/** The API's refusal of an empty answer, in the command's words. */
const EMPTY_ANSWER = "the answer is empty";

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch {
    throw new UsageError(`cannot read ${path}`);
  }
}

function asUsage<T>(what: () => T): T {
  try {
    return what();
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function issuesOf(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
}

async function readDiagram(path: string): Promise<DiagramGraph> {
  const text = await readText(path);
  const json = asUsage(() => JSON.parse(text) as unknown);
  const parsed = diagramGraphSchema.safeParse(json);
  if (!parsed.success) throw new UsageError(`${path} is not a valid diagram: ${issuesOf(parsed.error)}`);
  return parsed.data;
}

const batchLineSchema = z.object({ id: z.union([z.string(), z.number()]), answer: z.string(), diagram: diagramGraphSchema.optional() });

/** Scores each JSONL line; a bad line is reported and skipped, the others still scored. An empty answer makes the exit 2. */
function scoreBatch(rubric: Rubric, text: string, io: Io): number {
  let failed = 0;
  let empty = 0;
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === "") continue;
    const fail = (reason: string) => {
      failed++;
      io.err(`line ${i + 1}: ${reason}`);
    };
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      fail(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    const parsed = batchLineSchema.safeParse(json);
    if (!parsed.success) {
      fail(issuesOf(parsed.error));
      continue;
    }
    if (parsed.data.answer.trim() === "") {
      empty++;
      fail(`answer: ${EMPTY_ANSWER}`);
      continue;
    }
    try {
      io.out(JSON.stringify({ id: parsed.data.id, total: scoreAnswer(rubric, parsed.data.answer, parsed.data.diagram).total }));
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    }
  }
  if (empty > 0) return 2;
  return failed === 0 ? 0 : 1;
}

export async function scoreCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, {
    rubric: { type: "string" },
    answer: { type: "string" },
    answers: { type: "string" },
    diagram: { type: "string" },
    json: { type: "boolean" },
  });
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  if (!values.rubric) throw new UsageError("score needs --rubric <file>");
  if (Boolean(values.answer) === Boolean(values.answers)) throw new UsageError("score needs one of --answer <file> or --answers <file.jsonl>");
  if (values.answers && values.diagram) throw new UsageError("--diagram goes with --answer; in --answers lines, give each its own \"diagram\"");
  const rubricPath = values.rubric;
  const rubricText = await readText(rubricPath);
  const rubric = asUsage(() => parseRubric(rubricText, rubricPath));
  if (values.answers) return scoreBatch(rubric, await readText(values.answers), io);
  const answer = await readText(values.answer!);
  if (answer.trim() === "") throw new UsageError(`${values.answer}: ${EMPTY_ANSWER}`);
  const diagram = values.diagram ? await readDiagram(values.diagram) : undefined;
  const result = scoreAnswer(rubric, answer, diagram);
  io.out(values.json ? JSON.stringify(result, null, 2) : formatScore(rubric, result));
  return 0;
}
