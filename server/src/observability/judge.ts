import type { JudgeEvent } from "../judge/types.ts";
import type { Logger } from "./logger.ts";
import type { Metrics } from "./metrics.ts";

/** What `createJudge({ onEvent })` is given: each event counted, and the ones an operator acts on logged. */
export function observeJudgeEvents(log: Logger, metrics: Metrics | null): (event: JudgeEvent) => void {
  return (event) => {
    metrics?.judgeEvent(event);
    if (event.type === "worker_replaced") log.warn({ event: event.type, reason: event.reason }, `judge worker replaced (${event.reason})`);
    else if (event.type === "refused") log.info({ event: event.type, reason: event.reason }, `submission refused (${event.reason})`);
    else log.debug({ event: event.type, verdict: event.verdict, judgeMs: Math.round(event.judgeMs), waitedMs: Math.round(event.waitedMs) }, "submission judged");
  };
}
