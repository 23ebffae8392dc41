import { z } from "zod";
import { type CompiledConcept, compileConcept, findConcept } from "./match.ts";
import { analyzeText, type Text } from "./text.ts";

/** The kinds of component a design diagram may hold: the one list the scorer and the diagram editor share. */
export const COMPONENT_KINDS = [
  "client",
  "cdn",
  "load-balancer",
  "api-gateway",
  "service",
  "function",
  "queue",
  "topic",
  "event-bus",
  "workflow",
  "cache",
  "sql-database",
  "nosql-table",
  "object-storage",
  "search-index",
  "auth-provider",
  "monitoring",
] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];

/** The names people give each kind, in a label or in the text: "SQS" is a queue, "Redis" a cache. */
export const KIND_NAMES: Record<ComponentKind, readonly string[]> = {
  client: ["client", "browser", "mobile app", "web app", "frontend", "SPA"],
  cdn: ["CDN", "CloudFront", "content delivery network", "edge cache", "Fastly", "Cloudflare"],
  "load-balancer": ["load balancer", "ALB", "ELB", "NLB", "application load balancer", "nginx", "HAProxy"],
  "api-gateway": ["API gateway", "API Gateway", "gateway", "AppSync"],
  service: ["service", "microservice", "backend", "ECS", "Fargate", "worker"],
  function: ["Lambda", "function", "serverless function", "Cloud Function"],
  queue: ["queue", "SQS", "message queue", "RabbitMQ", "work queue"],
  topic: ["topic", "SNS", "Kafka", "pub/sub", "Kinesis"],
  "event-bus": ["event bus", "EventBridge", "event router"],
  workflow: ["workflow", "Step Functions", "state machine", "orchestrator", "Temporal"],
  cache: ["cache", "Redis", "Memcached", "ElastiCache", "DAX"],
  "sql-database": ["SQL database", "relational database", "Postgres", "PostgreSQL", "MySQL", "RDS", "Aurora"],
  "nosql-table": ["DynamoDB", "NoSQL", "Cassandra", "MongoDB", "key-value store", "document store"],
  "object-storage": ["S3", "object storage", "blob storage", "bucket", "GCS"],
  "search-index": ["search index", "Elasticsearch", "OpenSearch", "Algolia", "full-text search"],
  "auth-provider": ["Cognito", "Auth0", "identity provider", "IdP", "OAuth", "OIDC", "auth service"],
  monitoring: ["monitoring", "CloudWatch", "Datadog", "Prometheus", "Grafana", "alarms", "X-Ray", "OpenTelemetry"],
};

export const MAX_DIAGRAM_COMPONENTS = 300;
export const MAX_DIAGRAM_CONNECTIONS = 1_000;

const label = z.string().trim().max(200);

/** A design diagram as a graph: what the scorer reads, whatever drew it. */
export const diagramGraphSchema = z
  .object({
    components: z
      .array(z.object({ id: z.string().min(1).max(200), label, kind: z.enum(COMPONENT_KINDS) }).strict())
      .max(MAX_DIAGRAM_COMPONENTS),
    connections: z
      .array(z.object({ from: z.string().min(1).max(200), to: z.string().min(1).max(200), label: label.optional() }).strict())
      .max(MAX_DIAGRAM_CONNECTIONS),
  })
  .strict()
  .superRefine((graph, ctx) => {
    const ids = new Set<string>();
    for (const [i, c] of graph.components.entries()) {
      if (ids.has(c.id)) ctx.addIssue({ code: "custom", path: ["components", i, "id"], message: `duplicate component id "${c.id}"` });
      ids.add(c.id);
    }
    for (const [i, c] of graph.connections.entries()) {
      for (const end of ["from", "to"] as const) {
        if (!ids.has(c[end])) ctx.addIssue({ code: "custom", path: ["connections", i, end], message: `no component with id "${c[end]}"` });
      }
    }
  });
export type DiagramGraph = z.infer<typeof diagramGraphSchema>;
export type DiagramComponent = DiagramGraph["components"][number];

/** The kind a rubric's component name refers to, when it names one ("queue", "SQS", "load balancer"). */
function kindNamed(name: string): ComponentKind | undefined {
  const lower = name.toLowerCase();
  if ((COMPONENT_KINDS as readonly string[]).includes(lower)) return lower as ComponentKind;
  return COMPONENT_KINDS.find((kind) => KIND_NAMES[kind].some((n) => n.toLowerCase() === lower));
}

/** A component name with every way of saying it: its own synonyms, and the names of the kind it names. */
export function compileComponent(name: string, synonyms: readonly string[] = []): CompiledConcept & { kind?: ComponentKind } {
  const kind = kindNamed(name) ?? synonyms.map(kindNamed).find((k) => k !== undefined);
  const names = kind ? [...synonyms, kind.replace(/-/g, " "), ...KIND_NAMES[kind]] : synonyms;
  return { ...compileConcept(name, names), ...(kind ? { kind } : {}) };
}

interface LabelledComponent {
  component: DiagramComponent;
  label: Text;
}

/** The diagram with its labels analysed once, for matching names against them. */
export interface PreparedDiagram {
  graph: DiagramGraph;
  components: LabelledComponent[];
}

export function prepareDiagram(graph: DiagramGraph): PreparedDiagram {
  return { graph, components: graph.components.map((component) => ({ component, label: analyzeText(component.label) })) };
}

/** Components that are what `concept` names: of its kind, or labelled with one of its names. */
export function componentsMatching(diagram: PreparedDiagram, concept: CompiledConcept & { kind?: ComponentKind }): DiagramComponent[] {
  return diagram.components
    .filter(({ component, label }) => component.kind === concept.kind || findConcept(label, concept).mentions.length > 0)
    .map(({ component }) => component);
}

/** The edges from a component matching `from` to one matching `to`. */
export function connectionsMatching(
  diagram: PreparedDiagram,
  from: CompiledConcept & { kind?: ComponentKind },
  to: CompiledConcept & { kind?: ComponentKind },
): { from: DiagramComponent; to: DiagramComponent }[] {
  const froms = new Map(componentsMatching(diagram, from).map((c) => [c.id, c]));
  const tos = new Map(componentsMatching(diagram, to).map((c) => [c.id, c]));
  return diagram.graph.connections.flatMap((edge) => {
    const a = froms.get(edge.from);
    const b = tos.get(edge.to);
    return a && b && a !== b ? [{ from: a, to: b }] : [];
  });
}

/** How diagram evidence is quoted: it has no offsets in the answer. */
export function describeComponent(c: DiagramComponent): string {
  return `diagram: component "${c.label || c.id}" (${c.kind})`;
}

export function describeConnection(from: DiagramComponent, to: DiagramComponent): string {
  return `diagram: connection "${from.label || from.id}" (${from.kind}) → "${to.label || to.id}" (${to.kind})`;
}
