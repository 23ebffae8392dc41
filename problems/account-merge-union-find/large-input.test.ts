import { describe, expect, it } from "@jest/globals";
import { type CustomerRecord, mergeRecords } from "./solution";

const N = 20_000;
/** Zero-padded, so that sorted order is numeric order. */
const email = (k: number): string => `user${String(k).padStart(6, "0")}@corp.example`;
const id = (k: number): string => `rec-${k}`;

/** "same", or where two long lists first differ (a cheap toEqual with a short message). */
function compareLists(got: string[], want: string[]): string {
  for (let i = 0; i < Math.max(got.length, want.length); i++) {
    if (got[i] !== want[i]) return `position ${i}: got ${got[i]}, expected ${want[i]}`;
  }
  return "same";
}

describe("mergeRecords on 20,000 records", () => {
  it("a chain: record k shares one email with record k + 1", () => {
    const records: CustomerRecord[] = Array.from({ length: N }, (_, k) => ({ id: id(k), emails: [email(k + 1), email(k)] }));
    const customers = mergeRecords(records);
    expect(customers).toHaveLength(1);
    expect(compareLists(customers[0]!.ids, records.map((r) => r.id))).toBe("same");
    expect(compareLists(customers[0]!.emails, Array.from({ length: N + 1 }, (_, k) => email(k)))).toBe("same");
  });

  it("a chain whose links arrive in a scrambled order", () => {
    // Record i holds emails p(i) and p(i) + 1 for a permutation p of 0..M-1.
    const M = 10_000;
    const records: CustomerRecord[] = Array.from({ length: M }, (_, i) => {
      const k = (i * 7_919) % M;
      return { id: id(k), emails: [email(k), email(k + 1)] };
    });
    const customers = mergeRecords(records);
    expect(customers).toHaveLength(1);
    expect(customers[0]!.ids).toHaveLength(M);
    expect(customers[0]!.ids[0]).toBe(id(0));
    expect(customers[0]!.ids[1]).toBe(id(7_919));
    expect(customers[0]!.emails).toHaveLength(M + 1);
  });

  it("one shared team inbox ties everyone together, without modifying the input", () => {
    const records: CustomerRecord[] = Array.from({ length: N }, (_, k) => ({
      id: id(k),
      emails: k % 500 === 0 ? ["team@corp.example", email(k)] : [email(k), email(k === N - 1 ? 0 : k + 1)],
    }));
    const before = JSON.stringify(records.slice(0, 5));
    const customers = mergeRecords(records);
    expect(customers).toHaveLength(1);
    expect(customers[0]!.emails).toHaveLength(N + 1);
    expect(customers[0]!.emails[0]).toBe("team@corp.example");
    expect(JSON.stringify(records.slice(0, 5))).toBe(before);
  });

  it("5,000 couples, listed far apart", () => {
    // Record k and record k + M/2 share an email; nothing else is shared.
    const M = 10_000;
    const half = M / 2;
    const records: CustomerRecord[] = Array.from({ length: M }, (_, k) => ({
      id: id(k),
      emails: [email(k % half), `alias${k}@home.example`],
    }));
    const customers = mergeRecords(records);
    expect(customers).toHaveLength(half);
    expect(customers[0]).toEqual({ ids: [id(0), id(half)], emails: ["alias0@home.example", `alias${half}@home.example`, email(0)] });
    expect(customers[half - 1]).toEqual({
      ids: [id(half - 1), id(M - 1)],
      // Plain string order: "alias4999@…" sorts before "alias9999@…".
      emails: [`alias${half - 1}@home.example`, `alias${M - 1}@home.example`, email(half - 1)],
    });
  });
});
