import type { DesignSection, StarPart } from "./rubric.ts";

/** What to do when a STAR part is missing. */
export const STAR_TIPS: Record<StarPart, string> = {
  situation: "Open with the situation in a sentence or two: where you were, and what was at stake.",
  task: 'Say what your own goal or responsibility was ("My job was to ...").',
  action: "Walk through the actions you took yourself, step by step, in the first person.",
  result: 'End with the result, in numbers: what changed and by how much (e.g. "p95 latency fell from 900 ms to 200 ms").',
};

/** What to do when a design section is missing. */
export const SECTION_TIPS: Record<DesignSection, string> = {
  requirements: "State the requirements first: what it must do, and how fast, available and consistent it must be.",
  estimates: "Add a back-of-the-envelope estimate with numbers: requests per second, data per day, peak load.",
  api: "Sketch the API: the main endpoints, with what goes in and what comes back.",
  "data-model": "Describe the data model: the tables or items, their keys and indexes.",
  "high-level-design": "Give the high-level design: the components and how a request flows through them.",
  "deep-dives": "Go deep on the hardest part: ordering, consistency, idempotency or concurrency.",
  scaling: "Explain how it scales: what grows with load, and how you partition, replicate or autoscale.",
  reliability: "Say what happens when a part fails: retries with backoff, dead-letter queues, failover.",
  security: "Cover security: authentication, authorization, encryption and least privilege.",
  cost: "Say what it costs and what drives the cost.",
  observability: "Say how you would know it works: metrics, logs, traces and the alarms you would set.",
  "trade-offs": "Name the trade-offs you made and the alternatives you turned down, and why.",
};
