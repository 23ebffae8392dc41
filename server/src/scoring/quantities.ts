import { NUMBER_WORDS } from "./lexicon.ts";

/** A number in the answer: "40%", "$2M", "p95 of 120 ms", "three engineers"; or a bare "12". */
export interface Quantity {
  text: string;
  start: number;
  end: number;
  /** It says what it counts (a unit, %, a currency, "x"); a bare number says less and counts half. */
  withUnit: boolean;
}

const UNITS = [
  "percentage points?",
  "percent",
  "per cent",
  "pp",
  "bps",
  "nines",
  "ms",
  "milliseconds?",
  "µs",
  "microseconds?",
  "s",
  "secs?",
  "seconds?",
  "mins?",
  "minutes?",
  "h",
  "hrs?",
  "hours?",
  "days?",
  "weeks?",
  "months?",
  "quarters?",
  "years?",
  "sprints?",
  "[kmgtp]b",
  "[kmgtp]ib",
  "bytes",
  "gbps",
  "mbps",
  "[qrt]ps",
  "req/s",
  "requests?",
  "rps",
  "writes?",
  "reads?",
  "calls?",
  "messages?",
  "events?",
  "orders?",
  "transactions?",
  "users?",
  "customers?",
  "clients?",
  "tenants?",
  "accounts?",
  "engineers?",
  "developers?",
  "people",
  "persons?",
  "teams?",
  "members?",
  "reports?",
  "hires?",
  "services?",
  "servers?",
  "instances?",
  "nodes?",
  "shards?",
  "partitions?",
  "regions?",
  "replicas?",
  "tickets?",
  "incidents?",
  "outages?",
  "bugs?",
  "defects?",
  "alerts?",
  "pages?",
  "deploys?",
  "deployments?",
  "releases?",
  "tests?",
  "lines?",
  "files?",
  "points?",
  "dollars?",
  "usd",
  "eur",
  "times",
  "fold",
  "hundred",
  "thousand",
  "million",
  "billion",
];

const NUMBER = String.raw`\d+(?:[.,]\d+)*`;
// "one" is left out: "one service calls another" is not a measurement.
const WORD_NUMBER = `(?:${[...NUMBER_WORDS].filter((w) => w !== "one").join("|")})`;
const SUFFIX = String.raw`(?:%|x\b|×|[kKmMbB]\b|bn\b)`;
const UNIT = `(?:${UNITS.join("|")})`;
const QUANTITY = new RegExp(
  String.raw`(?<![\w.$€£])([$€£])?(${NUMBER}|${WORD_NUMBER}\b)(?:-| ?)(${SUFFIX})?(?:[ -]?(${UNIT})(?![\w]))?`,
  "giu",
);
const YEAR = /^(19|20)\d\d$/;
const LIST_MARKER = /(^|\n)\s*$/;

/** Every number in the text; number words only when a unit follows ("two weeks", not "one of them"). */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const [whole, currency, number = "", suffix, unit] = m;
    const isWord = !/^\d/.test(number);
    const withUnit = Boolean(currency || suffix || unit);
    if (isWord && !withUnit) continue;
    if (!withUnit && YEAR.test(number)) continue;
    // "1." or "2)" opening a line is a list marker, not a number.
    if (!withUnit && /^[.)]/.test(text.slice(m.index + whole.length)) && LIST_MARKER.test(text.slice(0, m.index))) continue;
    const trimmed = whole.replace(/[\s-]+$/, "");
    found.push({ text: trimmed, start: m.index, end: m.index + trimmed.length, withUnit });
  }
  return found;
}
