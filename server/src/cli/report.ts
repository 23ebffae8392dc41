import type { JudgeResult, TestResult } from "../judge/types.ts";

const MARK: Record<TestResult["status"], string> = {
  passed: "✓",
  failed: "✗",
  error: "✗",
  timeout: "⏱",
  memory: "✗",
  output: "✗",
  skipped: "○",
};

function indent(text: string, pad = "    "): string {
  return text
    .split("\n")
    .map((l) => pad + l)
    .join("\n");
}

/** The human-readable judge report: a line per test (hidden ones marked), details for failures, the verdict. */
export function formatJudgeResult(result: JudgeResult): string {
  const lines: string[] = [];
  if (result.compileError) lines.push(result.compileError.message, "");
  for (const t of result.tests) {
    // The CLI runs on the author's machine: hidden tests are shown in full, only marked as such.
    const hidden = t.visibility === "hidden" ? " [hidden]" : "";
    lines.push(`  ${MARK[t.status]} ${t.name}${hidden}${t.status === "skipped" ? "" : ` (${t.durationMs} ms)`}`);
    if (t.status !== "passed" && t.status !== "skipped" && t.message) lines.push(indent(t.message), "");
    for (const c of t.console.slice(0, 20)) lines.push(indent(`console.${c.level}: ${c.text}`));
  }
  const s = result.summary;
  lines.push("", `Tests: ${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ""}, ${s.total} total`, `Verdict: ${result.message}`);
  return lines.join("\n");
}
