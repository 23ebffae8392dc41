import { COMPONENT_KINDS, type ComponentKind, KIND_NAMES } from "../scoring/diagram.ts";

/**
 * Words written on whiteboard boxes beyond the names the scorer knows (`KIND_NAMES`, which
 * this extends rather than repeats): generic words like "db", "table" or "user".
 */
const LABEL_WORDS: Partial<Record<ComponentKind, readonly string[]>> = {
  client: ["user", "customer", "mobile", "iOS app", "Android app", "desktop app", "web client"],
  "load-balancer": ["LB", "reverse proxy"],
  "api-gateway": ["API GW", "APIGW"],
  service: ["API", "server", "app server", "application", "consumer", "producer", "processor", "handler", "EC2", "Kubernetes", "k8s", "pod", "container"],
  function: ["Cloud Functions", "Azure Functions"],
  queue: ["MQ", "ActiveMQ", "Amazon MQ", "DLQ", "dead letter queue", "dead-letter queue"],
  topic: ["pubsub", "Kafka topic", "Event Hubs"],
  workflow: ["Step Function", "SFN", "Airflow"],
  cache: ["Valkey", "in-memory cache"],
  "sql-database": ["SQL", "database", "DB", "RDBMS", "MariaDB", "SQL Server", "Cloud SQL", "CockroachDB", "Spanner"],
  "nosql-table": ["Dynamo", "table", "Cosmos DB", "Firestore", "Bigtable", "key value store"],
  "object-storage": ["blob", "Azure Blob", "Cloud Storage"],
  "search-index": ["search", "Solr", "Meilisearch", "Typesense"],
  "auth-provider": ["auth", "authentication", "SSO", "Okta", "Keycloak", "Entra ID"],
  monitoring: ["metrics", "logs", "logging", "observability", "alerting", "New Relic", "Sentry", "Honeycomb"],
};

/**
 * The kind given to a component whose label names no kind. The scorer's closed set has no
 * "unknown" (and `diagramGraphSchema` rejects one), so an unnamed box is read as the most
 * common thing an unnamed box on a design whiteboard is: a service. `readDiagram` lists
 * such components in `unclassified`.
 */
export const FALLBACK_KIND: ComponentKind = "service";

/** Lower-case word tokens: camelCase and acronyms split apart, hyphens, underscores and slashes as spaces. */
export function labelTokens(label: string, splitCamelCase = true): string[] {
  const spaced = splitCamelCase ? label.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2") : label;
  return spaced
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

interface Phrase {
  tokens: string[];
  kind: ComponentKind;
}

/**
 * Every name as token phrases, twice where case splits it: "DynamoDB" is both "dynamo db"
 * (matching "DynamoDB", "dynamoDB") and "dynamodb" (matching "dynamodb", "DYNAMODB").
 */
const PHRASES: Phrase[] = COMPONENT_KINDS.flatMap((kind) => {
  const names = [kind.replace(/-/g, " "), ...KIND_NAMES[kind], ...(LABEL_WORDS[kind] ?? [])];
  const seen = new Set<string>();
  return names.flatMap((name) =>
    [labelTokens(name), labelTokens(name, false)].flatMap((tokens) => {
      const key = tokens.join(" ");
      if (tokens.length === 0 || seen.has(key)) return [];
      seen.add(key);
      return [{ tokens, kind }];
    }),
  );
});

/** The phrases by their last word, so a label is checked only against phrases that can end at each of its words. */
const PHRASES_BY_LAST_WORD = new Map<string, Phrase[]>();
for (const phrase of PHRASES) {
  const last = phrase.tokens.at(-1)!;
  PHRASES_BY_LAST_WORD.set(last, [...(PHRASES_BY_LAST_WORD.get(last) ?? []), phrase]);
}

/** The phrases that may end at a word: named by it, or by it without a plural ending ("queues", "caches"). */
function phrasesEndingAt(token: string): Phrase[] {
  const singulars = [token.endsWith("s") ? token.slice(0, -1) : "", token.endsWith("es") ? token.slice(0, -2) : ""].filter((t) => t && t !== token);
  return [token, ...singulars].flatMap((t) => PHRASES_BY_LAST_WORD.get(t) ?? []);
}

/**
 * The kind a label names, or undefined. Where it names several, the head noun wins, as in
 * English noun phrases: the match ending last ("orders-queue worker" is a service, "worker
 * (Lambda)" a function, "Redis cache" a cache), then the longest there ("API gateway" over
 * "gateway", "DynamoDB" over "DB", "Step Functions" over "functions").
 */
export function kindOfLabel(label: string): ComponentKind | undefined {
  const tokens = labelTokens(label);
  for (let end = tokens.length - 1; end >= 0; end--) {
    let best: Phrase | undefined;
    for (const phrase of phrasesEndingAt(tokens[end]!)) {
      const start = end - phrase.tokens.length + 1;
      if (start < 0 || !phrase.tokens.slice(0, -1).every((name, i) => tokens[start + i] === name)) continue;
      if (!best || phrase.tokens.length > best.tokens.length) best = phrase;
    }
    if (best) return best.kind;
  }
  return undefined;
}

/** A kind set explicitly on an element (the web palette stores it in `customData.kind`), when it is one of the closed set. */
export function explicitKind(customData: Record<string, unknown> | undefined): ComponentKind | undefined {
  const kind = customData?.kind;
  return typeof kind === "string" && (COMPONENT_KINDS as readonly string[]).includes(kind) ? (kind as ComponentKind) : undefined;
}
