import { describe, expect, it } from "@jest/globals";
import { OrderSummaryProjection } from "./solution";

describe("OrderSummaryProjection (samples)", () => {
  it("builds a summary, rejecting a gap and ignoring a duplicate", () => {
    const p = new OrderSummaryProjection();
    expect(p.apply({ eventId: "e1", orderId: "o1", version: 1, type: "OrderPlaced", customerId: "c1" })).toBe("applied");
    expect(p.apply({ eventId: "e3", orderId: "o1", version: 3, type: "OrderShipped" })).toBe("out-of-order");
    const added = { eventId: "e2", orderId: "o1", version: 2, type: "ItemAdded", sku: "mug", quantity: 2, unitPriceCents: 1250 } as const;
    expect(p.apply(added)).toBe("applied");
    expect(p.apply(added)).toBe("duplicate");
    expect(p.apply({ eventId: "e3", orderId: "o1", version: 3, type: "OrderShipped" })).toBe("applied");
    expect(p.get("o1")).toEqual({
      orderId: "o1",
      customerId: "c1",
      status: "shipped",
      lines: [{ sku: "mug", quantity: 2, unitPriceCents: 1250 }],
      totalCents: 2500,
      version: 3,
    });
  });

  it("lists a customer's orders in the order they were placed", () => {
    const p = new OrderSummaryProjection();
    p.apply({ eventId: "a1", orderId: "o-b", version: 1, type: "OrderPlaced", customerId: "c1" });
    p.apply({ eventId: "a2", orderId: "o-x", version: 1, type: "OrderPlaced", customerId: "c2" });
    p.apply({ eventId: "a3", orderId: "o-a", version: 1, type: "OrderPlaced", customerId: "c1" });
    expect(p.ordersOf("c1").map((o) => o.orderId)).toEqual(["o-b", "o-a"]);
    expect(p.ordersOf("nobody")).toEqual([]);
    expect(p.get("missing")).toBeUndefined();
  });
});
