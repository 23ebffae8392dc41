import { describe, expect, it } from "vitest";
import { makeRubric } from "./fixtures.ts";
import { scoreAnswer } from "./score.ts";
import { analyzeText } from "./text.ts";
import { isOffTopic, matchTopic } from "./topic.ts";

const CACHE = makeRubric({
  id: "cache",
  title: "Caching",
  prompt: "Explain cache-aside and TTL expiry, and what can go wrong with a cache in front of a database.",
  criteria: [
    {
      id: "how",
      title: "How",
      weight: 1,
      concepts: ["cache-aside", "TTL", "invalidation"],
      modelAnswer: "With cache-aside the application reads the cache first and on a miss loads from the database and fills the cache; a TTL expires entries so stale data ages out.",
    },
  ],
});
const TOKENS = makeRubric({
  id: "tokens",
  title: "OAuth and JWT",
  prompt: "How does the OAuth 2 authorization code flow work, and how is a JWT access token verified?",
  criteria: [
    {
      id: "flow",
      title: "Flow",
      weight: 1,
      concepts: ["authorization code", "PKCE", "signature", "expiry"],
      modelAnswer: "The client redirects to the authorization server, gets a code and exchanges it with PKCE for tokens; an API verifies the JWT signature against the issuer's keys and checks expiry and audience.",
    },
  ],
});
const QUEUE = makeRubric({
  id: "queue",
  title: "Queues",
  prompt: "When would you put a queue between two services?",
  criteria: [{ id: "why", title: "Why", weight: 1, concepts: ["buffer", "retry"], modelAnswer: "A queue buffers spikes and lets a consumer retry failed messages later." }],
});
const BANK = [CACHE, TOKENS, QUEUE];

const JWT_ANSWER =
  "The client sends the user to the authorization server, which returns an authorization code; the client exchanges the code, with its PKCE verifier, for an access token. The API verifies the JWT signature against the issuer's public keys because a forged token would fail that check, and it rejects the token after its expiry so that a stolen token is short-lived. I would also check the audience so a token for one API cannot be replayed against another, and cache the keys with a TTL.";
const CACHE_ANSWER =
  "With cache-aside the application reads the cache first, and on a miss it loads the row from the database and fills the cache, so repeated reads are cheap. A TTL expires entries so stale values age out even when an invalidation is missed. What can go wrong: a cold cache after a deploy sends every request to the database at once, and a missed invalidation serves stale data until the TTL runs out.";

describe("matchTopic", () => {
  it("recognises an answer to another question of the bank, by a margin", () => {
    const m = matchTopic(analyzeText(JWT_ANSWER), CACHE, BANK);
    expect(m.closest?.rubricId).toBe("tokens");
    expect(isOffTopic(m)).toBe(true);
  });

  it("does not take an answer to its own question for another", () => {
    expect(isOffTopic(matchTopic(analyzeText(CACHE_ANSWER), CACHE, BANK))).toBe(false);
    expect(isOffTopic(matchTopic(analyzeText(JWT_ANSWER), TOKENS, BANK))).toBe(false);
  });
});

describe("scoreAnswer with the bank", () => {
  it("caps an answer to another question at 25 and says which question it answers", () => {
    const without = scoreAnswer(CACHE, JWT_ANSWER);
    const r = scoreAnswer(CACHE, JWT_ANSWER, undefined, { bank: BANK });
    expect(without.reliability?.reasons.map((x) => x.code)).not.toContain("off-topic");
    expect(r.total).toBeLessThanOrEqual(25);
    expect(r.reliability?.reasons).toContainEqual({ code: "off-topic", message: 'it reads as an answer to another question ("OAuth and JWT")' });
    expect(r.summary).toContain("another question");
  });

  it("leaves an on-topic answer as it was", () => {
    expect(scoreAnswer(CACHE, CACHE_ANSWER, undefined, { bank: BANK })).toEqual(scoreAnswer(CACHE, CACHE_ANSWER));
  });
});
