import { describe, expect, it } from "@jest/globals";
import { type OrderEvent, OrderSummaryProjection } from "./solution";

/** Numbers events per order automatically: place(o, c), add(o, sku, qty, price), ... */
function stream(orderId: string) {
  let version = 0;
  const id = () => `${orderId}-e${version}`;
  return {
    place: (customerId: string): OrderEvent => (version++, { eventId: id(), orderId, version, type: "OrderPlaced", customerId }),
    add: (sku: string, quantity: number, unitPriceCents: number): OrderEvent => (
      version++, { eventId: id(), orderId, version, type: "ItemAdded", sku, quantity, unitPriceCents }
    ),
    remove: (sku: string): OrderEvent => (version++, { eventId: id(), orderId, version, type: "ItemRemoved", sku }),
    ship: (): OrderEvent => (version++, { eventId: id(), orderId, version, type: "OrderShipped" }),
    cancel: (): OrderEvent => (version++, { eventId: id(), orderId, version, type: "OrderCancelled" }),
  };
}

function applyAll(p: OrderSummaryProjection, events: OrderEvent[]): string[] {
  return events.map((e) => p.apply(e));
}

describe("OrderSummaryProjection: summaries", () => {
  it("adds quantities to an existing line and takes the latest unit price", () => {
    const p = new OrderSummaryProjection();
    const o = stream("o1");
    applyAll(p, [o.place("c1"), o.add("mug", 2, 1250), o.add("tea", 1, 800), o.add("mug", 1, 1000)]);
    expect(p.get("o1")).toEqual({
      orderId: "o1",
      customerId: "c1",
      status: "open",
      lines: [
        { sku: "mug", quantity: 3, unitPriceCents: 1000 },
        { sku: "tea", quantity: 1, unitPriceCents: 800 },
      ],
      totalCents: 3800,
      version: 4,
    });
  });

  it("removes lines, recomputes the total, and appends a re-added sku at the end", () => {
    const p = new OrderSummaryProjection();
    const o = stream("o1");
    applyAll(p, [o.place("c1"), o.add("mug", 2, 1250), o.add("tea", 1, 800), o.remove("mug")]);
    expect(p.get("o1")).toMatchObject({ lines: [{ sku: "tea", quantity: 1, unitPriceCents: 800 }], totalCents: 800, version: 4 });
    p.apply(o.add("mug", 1, 1300));
    expect(p.get("o1")).toMatchObject({
      lines: [
        { sku: "tea", quantity: 1, unitPriceCents: 800 },
        { sku: "mug", quantity: 1, unitPriceCents: 1300 },
      ],
      totalCents: 2100,
      version: 5,
    });
  });

  it("still advances the version when removing a sku that is not in the order", () => {
    const p = new OrderSummaryProjection();
    const o = stream("o1");
    expect(applyAll(p, [o.place("c1"), o.add("tea", 1, 800), o.remove("mug"), o.ship()])).toEqual(["applied", "applied", "applied", "applied"]);
    expect(p.get("o1")).toMatchObject({ status: "shipped", totalCents: 800, version: 4 });
  });

  it("records cancellation", () => {
    const p = new OrderSummaryProjection();
    const o = stream("o9");
    applyAll(p, [o.place("c1"), o.add("lamp", 1, 4500), o.cancel()]);
    expect(p.get("o9")).toMatchObject({ status: "cancelled", totalCents: 4500, version: 3 });
  });

  it("keeps interleaved streams of different orders apart", () => {
    const p = new OrderSummaryProjection();
    const a = stream("a");
    const b = stream("b");
    applyAll(p, [a.place("c1"), b.place("c2"), b.add("pen", 10, 150), a.add("pen", 1, 150), b.ship()]);
    expect(p.get("a")).toMatchObject({ customerId: "c1", status: "open", totalCents: 150, version: 2 });
    expect(p.get("b")).toMatchObject({ customerId: "c2", status: "shipped", totalCents: 1500, version: 3 });
  });
});

describe("OrderSummaryProjection: delivery guarantees", () => {
  it("applies an event that was rejected as out-of-order when it is redelivered in order", () => {
    const p = new OrderSummaryProjection();
    const o = stream("o1");
    const [placed, added, shipped] = [o.place("c1"), o.add("mug", 1, 1000), o.ship()];
    expect(p.apply(shipped!)).toBe("out-of-order");
    expect(p.apply(added!)).toBe("out-of-order");
    expect(p.apply(placed!)).toBe("applied");
    expect(p.apply(added!)).toBe("applied");
    expect(p.apply(shipped!)).toBe("applied");
    expect(p.get("o1")).toMatchObject({ status: "shipped", totalCents: 1000, version: 3 });
  });

  it("reports a redelivered old event as a duplicate, not as out-of-order", () => {
    const p = new OrderSummaryProjection();
    const o = stream("o1");
    const events = [o.place("c1"), o.add("mug", 1, 1000), o.add("tea", 2, 500), o.ship()];
    applyAll(p, events);
    expect(applyAll(p, events)).toEqual(["duplicate", "duplicate", "duplicate", "duplicate"]);
    expect(p.get("o1")).toMatchObject({ totalCents: 2000, version: 4 });
  });

  it("rejects a different event claiming an already applied version, changing nothing", () => {
    const p = new OrderSummaryProjection();
    const o = stream("o1");
    applyAll(p, [o.place("c1"), o.add("mug", 1, 1000)]);
    const conflicting: OrderEvent = { eventId: "rogue", orderId: "o1", version: 2, type: "ItemAdded", sku: "mug", quantity: 5, unitPriceCents: 1000 };
    expect(p.apply(conflicting)).toBe("out-of-order");
    expect(p.get("o1")).toMatchObject({ lines: [{ sku: "mug", quantity: 1, unitPriceCents: 1000 }], version: 2 });
    // ...and the rogue id was not remembered either.
    const next: OrderEvent = { eventId: "rogue", orderId: "o1", version: 3, type: "OrderShipped" };
    expect(p.apply(next)).toBe("applied");
  });

  it("creates nothing for an order whose first event has not arrived", () => {
    const p = new OrderSummaryProjection();
    const o = stream("o1");
    o.place("c1");
    expect(p.apply(o.add("mug", 1, 1000))).toBe("out-of-order");
    expect(p.get("o1")).toBeUndefined();
    expect(p.ordersOf("c1")).toEqual([]);
  });

  it("rejects a second OrderPlaced for an existing order", () => {
    const p = new OrderSummaryProjection();
    p.apply({ eventId: "x1", orderId: "o1", version: 1, type: "OrderPlaced", customerId: "c1" });
    expect(p.apply({ eventId: "x2", orderId: "o1", version: 1, type: "OrderPlaced", customerId: "c2" })).toBe("out-of-order");
    expect(p.ordersOf("c2")).toEqual([]);
    expect(p.get("o1")?.customerId).toBe("c1");
  });

  it("handles 40,000 events, each delivered twice, quickly", () => {
    const p = new OrderSummaryProjection();
    const streams = Array.from({ length: 400 }, (_, i) => stream(`o${i}`));
    const events: OrderEvent[] = [];
    streams.forEach((s, i) => events.push(s.place(`c${i % 10}`)));
    for (let round = 0; round < 99; round++) {
      for (const s of streams) events.push(s.add(`sku${round % 7}`, 1, 100));
    }
    expect(events.length).toBe(40_000);
    let applied = 0;
    for (const e of events) {
      if (p.apply(e) === "applied") applied++;
      if (p.apply(e) === "applied") applied++;
    }
    expect(applied).toBe(40_000);
    expect(p.get("o399")).toMatchObject({ totalCents: 9_900, version: 100 });
    expect(p.ordersOf("c3").length).toBe(40);
  });
});

describe("OrderSummaryProjection: queries", () => {
  it("hands out copies that callers cannot use to change the projection", () => {
    const p = new OrderSummaryProjection();
    const o = stream("o1");
    applyAll(p, [o.place("c1"), o.add("mug", 1, 1000)]);
    const summary = p.get("o1")!;
    summary.status = "cancelled";
    summary.lines[0]!.quantity = 99;
    summary.lines.push({ sku: "free", quantity: 1, unitPriceCents: 0 });
    const listed = p.ordersOf("c1")[0]!;
    listed.lines[0]!.unitPriceCents = 1;
    listed.totalCents = 0;
    expect(p.get("o1")).toEqual({
      orderId: "o1",
      customerId: "c1",
      status: "open",
      lines: [{ sku: "mug", quantity: 1, unitPriceCents: 1000 }],
      totalCents: 1000,
      version: 2,
    });
  });

  it("lists each customer's orders with their latest state", () => {
    const p = new OrderSummaryProjection();
    const a = stream("a");
    const b = stream("b");
    const c = stream("c");
    applyAll(p, [b.place("ada"), a.place("grace"), c.place("ada"), b.add("book", 2, 2000), c.ship()]);
    expect(p.ordersOf("ada")).toEqual([
      { orderId: "b", customerId: "ada", status: "open", lines: [{ sku: "book", quantity: 2, unitPriceCents: 2000 }], totalCents: 4000, version: 2 },
      { orderId: "c", customerId: "ada", status: "shipped", lines: [], totalCents: 0, version: 2 },
    ]);
    expect(p.ordersOf("grace").map((o) => o.orderId)).toEqual(["a"]);
  });
});
