import { describe, expect, it } from "vitest";
import { explicitKind, kindOfLabel, labelTokens } from "./kinds.ts";

describe("kindOfLabel", () => {
  it.each([
    ["orders-queue", "queue"],
    ["SQS", "queue"],
    ["RabbitMQ", "queue"],
    ["SNS", "topic"],
    ["Kafka", "topic"],
    ["EventBridge", "event-bus"],
    ["event bus", "event-bus"],
    ["Step Functions", "workflow"],
    ["state machine", "workflow"],
    ["Redis", "cache"],
    ["ElastiCache", "cache"],
    ["Memcached", "cache"],
    ["Postgres", "sql-database"],
    ["MySQL", "sql-database"],
    ["RDS", "sql-database"],
    ["Aurora", "sql-database"],
    ["SQL", "sql-database"],
    ["DynamoDB", "nosql-table"],
    ["Dynamo", "nosql-table"],
    ["table", "nosql-table"],
    ["S3", "object-storage"],
    ["bucket", "object-storage"],
    ["blob storage", "object-storage"],
    ["CloudFront", "cdn"],
    ["CDN", "cdn"],
    ["ALB", "load-balancer"],
    ["NLB", "load-balancer"],
    ["ELB", "load-balancer"],
    ["load balancer", "load-balancer"],
    ["API Gateway", "api-gateway"],
    ["gateway", "api-gateway"],
    ["Lambda", "function"],
    ["function", "function"],
    ["Cognito", "auth-provider"],
    ["Auth0", "auth-provider"],
    ["auth", "auth-provider"],
    ["IdP", "auth-provider"],
    ["CloudWatch", "monitoring"],
    ["Datadog", "monitoring"],
    ["monitoring", "monitoring"],
    ["Grafana", "monitoring"],
    ["OpenSearch", "search-index"],
    ["Elasticsearch", "search-index"],
    ["search", "search-index"],
    ["client", "client"],
    ["browser", "client"],
    ["mobile app", "client"],
    ["web app", "client"],
    ["user", "client"],
    ["payments service", "service"],
    ["worker", "service"],
    ["API", "service"],
    ["backend", "service"],
  ])("reads %j as %s", (label, kind) => {
    expect(kindOfLabel(label)).toBe(kind);
  });

  it("matches words, not parts of words, in any case, with hyphens, underscores and camelCase as spaces", () => {
    expect(kindOfLabel("ORDERS_QUEUE")).toBe("queue");
    expect(kindOfLabel("ordersQueue")).toBe("queue");
    expect(kindOfLabel("dynamodb")).toBe("nosql-table");
    expect(kindOfLabel("APIGateway")).toBe("api-gateway");
    expect(kindOfLabel("Queueing theory notes")).toBeUndefined();
    expect(kindOfLabel("Stripe")).toBeUndefined();
    expect(kindOfLabel("")).toBeUndefined();
  });

  it("takes plurals of a name's last word", () => {
    expect(kindOfLabel("Users")).toBe("client");
    expect(kindOfLabel("Order queues")).toBe("queue");
    expect(kindOfLabel("Read caches")).toBe("cache");
  });

  it("lets the head noun win: the match ending last, then the longest there", () => {
    expect(kindOfLabel("orders-queue worker")).toBe("service");
    expect(kindOfLabel("Worker (Lambda)")).toBe("function");
    expect(kindOfLabel("Kafka topic")).toBe("topic");
    expect(kindOfLabel("Orders DB")).toBe("sql-database");
    expect(kindOfLabel("DynamoDB")).toBe("nosql-table");
    expect(kindOfLabel("Step Functions")).toBe("workflow");
    expect(kindOfLabel("Auth service")).toBe("auth-provider");
    expect(kindOfLabel("Public API")).toBe("service");
    expect(kindOfLabel("edge cache")).toBe("cdn");
  });
});

describe("labelTokens", () => {
  it("splits camelCase and acronyms, and drops punctuation", () => {
    expect(labelTokens("APIGateway → ordersQueue (SQS)")).toEqual(["api", "gateway", "orders", "queue", "sqs"]);
    expect(labelTokens("pub/sub_topic-A", false)).toEqual(["pub", "sub", "topic", "a"]);
  });
});

describe("explicitKind", () => {
  it("takes a kind of the closed set from customData, and nothing else", () => {
    expect(explicitKind({ kind: "queue" })).toBe("queue");
    expect(explicitKind({ kind: "mainframe" })).toBeUndefined();
    expect(explicitKind({ kind: 3 })).toBeUndefined();
    expect(explicitKind(undefined)).toBeUndefined();
  });
});
