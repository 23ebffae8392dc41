import type { ComponentKind } from "../../../../server/src/scoring/diagram.ts";

/** The boxes the palette drops: each carries its kind, so the reader need not guess from the label. */
export const PALETTE: readonly { kind: ComponentKind; label: string }[] = [
  { kind: "client", label: "Client" },
  { kind: "cdn", label: "CDN" },
  { kind: "load-balancer", label: "Load balancer" },
  { kind: "api-gateway", label: "API gateway" },
  { kind: "service", label: "Service" },
  { kind: "function", label: "Lambda function" },
  { kind: "queue", label: "Queue (SQS)" },
  { kind: "topic", label: "Topic (SNS)" },
  { kind: "event-bus", label: "Event bus (EventBridge)" },
  { kind: "workflow", label: "Workflow (Step Functions)" },
  { kind: "cache", label: "Cache (Redis)" },
  { kind: "sql-database", label: "SQL database" },
  { kind: "nosql-table", label: "DynamoDB table" },
  { kind: "object-storage", label: "Object storage (S3)" },
  { kind: "search-index", label: "Search index" },
  { kind: "auth-provider", label: "Auth provider" },
  { kind: "monitoring", label: "Monitoring" },
];

export const BOX_WIDTH = 180;
export const BOX_HEIGHT = 80;
const GAP = 80;
const PER_ROW = 4;

/** Where the n-th dropped box goes: a grid left to right, with room for arrows between. */
export function dropPosition(index: number): { x: number; y: number } {
  return { x: 40 + (index % PER_ROW) * (BOX_WIDTH + GAP), y: 40 + Math.floor(index / PER_ROW) * (BOX_HEIGHT + GAP) };
}
