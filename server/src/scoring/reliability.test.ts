import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeRubric } from "./fixtures.ts";
import { publicScorecard } from "./public.ts";
import { assessReliability } from "./reliability.ts";
import type { RubricKind } from "./rubric.ts";
import { scoreAnswer } from "./score.ts";
import { analyzeText } from "./text.ts";

const reasons = (answer: string, kind: RubricKind = "design") => assessReliability(analyzeText(answer), kind).reasons.map((r) => r.code);

const ADEQUATE_DESIGN = `I would start from the requirements: users create short links and anyone can follow them, with reads far outnumbering writes, maybe a hundred to one.
The API has a POST that takes the long URL and returns the code, and a GET on the code that answers with a redirect.
Codes come from a counter that each server reserves in blocks, encoded so they stay short, which means two servers never hand out the same code.
Links live in a key-value store keyed by the code, and a cache in front of it serves the popular ones, because a few links get most of the traffic.
If the cache fails we fall back to the store, and I would watch the hit rate and the p99 latency of redirects.`;

const KEYWORDS = `- load balancer
- Redis cache
- base62
- Cassandra
- consistent hashing
- rate limiting
- 301 vs 302
- analytics pipeline
- Kafka
- CDN`;

const SPANISH = `Para diseñar el acortador, primero definiría los requisitos: la API recibe una URL larga y devuelve un código corto.
Los códigos se generan con un contador que cada servidor reserva por bloques, y se guardan en una base de datos clave-valor.
Para las lecturas usaría una caché, porque la mayoría de las visitas son a pocos enlaces, y mediría la latencia de las redirecciones.`;

const GERMAN = `Zuerst würde ich die Anforderungen klären: die API nimmt eine lange URL und gibt einen kurzen Code zurück.
Die Codes kommen aus einem Zähler, den jeder Server in Blöcken reserviert, und wir speichern sie in einem Key-Value-Store.
Für die Lesezugriffe nutze ich einen Cache, weil die meisten Aufrufe auf wenige Links gehen, und ich messe die Latenz der Weiterleitungen.`;

const CHINESE = `首先我会明确需求：用户提交一个长链接，系统返回一个短码。短码由每台服务器分段预留的计数器生成，然后编码成较短的字符串。数据保存在键值存储中，并在前面加一层缓存，因为大部分访问集中在少数热门链接上。`;

const HINGLISH = `Sabse pehle main requirements clear karunga: user ek lamba URL deta hai aur system ek chhota code wapas deta hai.
Har server counter ka ek block reserve karta hai, isliye do server kabhi same code nahi denge, aur data ek key value store mein rakhenge.
Padhne ke liye cache lagayenge kyunki zyada traffic kuch hi links par aata hai, aur redirect ki latency ko monitor karenge.`;

describe("assessReliability", () => {
  it("trusts an adequate English answer, bullets of full sentences included", () => {
    expect(reasons(ADEQUATE_DESIGN)).toEqual([]);
    const bulleted = ADEQUATE_DESIGN.split("\n").map((line) => `- ${line}`).join("\n");
    expect(reasons(bulleted)).toEqual([]);
  });

  it("calls a list of keywords a list, not a foreign language", () => {
    expect(reasons(KEYWORDS)).toEqual(["list", "too-short"]);
    expect(reasons(`${KEYWORDS}\n${KEYWORDS}\n${KEYWORDS}\n${KEYWORDS}`)).toEqual(["list"]);
    expect(reasons("Redis, TTL, write-through, cache-aside, eviction, LRU, stampede, jitter, warm-up, invalidation, versioned keys, CDN, ETag.", "concept")).toEqual(["list", "too-short"]);
  });

  it("calls one long comma list a list, even with an 'and' or a 'by' in it", () => {
    const terms = "Requirements, estimates, raw and curated zones, columnar format, partitioning by date, Glue catalog, Redshift warehouse, schema validation, quarantine, idempotent loads, atomic swap, alerting on SLA, cost, trade-offs.";
    expect(reasons(terms, "concept")).toEqual(["list"]);
    expect(reasons(`${terms} The raw zone keeps every file as it came, so that a bad transform can be replayed from the original.`, "concept")).toEqual(["list"]);
  });

  it("tells Spanish, German, Chinese and Hindi in Latin letters from English", () => {
    for (const answer of [SPANISH, GERMAN, HINGLISH]) expect(reasons(answer)).toEqual(["not-english"]);
    expect(reasons(CHINESE)).toContain("not-english");
  });

  it("finds a one-liner too short, per kind of question", () => {
    expect(reasons("I would use a cache and a database behind a load balancer.")).toEqual(["too-short"]);
    const concept = "An idempotent operation gives the same result however many times it runs, so a retried request with the same key is answered from the first result instead of charging twice.";
    expect(reasons(concept, "concept")).toEqual([]);
    expect(reasons(concept, "behavioral")).toEqual(["too-short"]);
  });

  it("keeps every adequate and strong calibration answer reliable", () => {
    const root = join(import.meta.dirname, "../../../test/fixtures/calibration");
    const flagged: string[] = [];
    for (const rubric of readdirSync(root)) {
      const kind = rubric.split("-")[0] as RubricKind;
      for (const file of ["adequate.md", "strong.md"]) {
        const found = reasons(readFileSync(join(root, rubric, file), "utf8"), kind);
        if (found.length) flagged.push(`${rubric}/${file}: ${found.join(", ")}`);
      }
    }
    expect(flagged).toEqual([]);
  });
});

describe("an unreliable answer's scorecard", () => {
  const rubric = makeRubric({
    kind: "design",
    criteria: [
      { id: "storage", title: "Storage", weight: 1, concepts: ["key-value store", "cache"], levels: ["Nothing.", "A store.", "A store and a cache.", "Senior: a key-value store behind a cache.", "Lead: also the hot set sized."] },
    ],
  });

  it("keeps the number, says why it cannot be trusted, and praises nothing", () => {
    const result = scoreAnswer(rubric, KEYWORDS.replace("Cassandra", "key-value store"));
    expect(result.reliability?.reliable).toBe(false);
    expect(result.total).toBeGreaterThan(0);
    expect(result.summary).toMatch(/^This answer cannot be scored reliably: it is mostly a list of keywords/);
    expect(result.criteria[0]!.descriptor).toBeUndefined();
    expect(publicScorecard(result).summary).toMatch(/^This answer cannot be scored reliably/);
  });

  it("says so for a Spanish answer instead of a confident zero", () => {
    const result = scoreAnswer(rubric, SPANISH);
    expect(result.reliability).toMatchObject({ reliable: false, reasons: [{ code: "not-english" }] });
    expect(result.reliability?.message).toMatch(/does not look like English/);
  });

  it("shows the descriptor of the level an adequate answer reached", () => {
    const result = scoreAnswer(rubric, ADEQUATE_DESIGN);
    expect(result.reliability).toEqual({ reliable: true, reasons: [], message: "" });
    expect(result.criteria[0]!.descriptor).toBe(rubric.criteria[0]!.levels![result.criteria[0]!.level]);
  });
});
