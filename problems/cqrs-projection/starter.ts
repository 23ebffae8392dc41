interface EventBase {
  eventId: string;
  orderId: string;
  version: number;
}

export type OrderEvent =
  | (EventBase & { type: "OrderPlaced"; customerId: string })
  | (EventBase & { type: "ItemAdded"; sku: string; quantity: number; unitPriceCents: number })
  | (EventBase & { type: "ItemRemoved"; sku: string })
  | (EventBase & { type: "OrderShipped" })
  | (EventBase & { type: "OrderCancelled" });

export interface OrderLine {
  sku: string;
  quantity: number;
  unitPriceCents: number;
}

export interface OrderSummary {
  orderId: string;
  customerId: string;
  status: "open" | "shipped" | "cancelled";
  /** In the order each sku was first added. */
  lines: OrderLine[];
  totalCents: number;
  version: number;
}

export type ApplyResult = "applied" | "duplicate" | "out-of-order";

/** The "My orders" read model, built from an at-least-once, possibly out-of-order event stream. */
export class OrderSummaryProjection {
  apply(event: OrderEvent): ApplyResult {
    throw new Error("Not implemented");
  }

  get(orderId: string): OrderSummary | undefined {
    throw new Error("Not implemented");
  }

  ordersOf(customerId: string): OrderSummary[] {
    throw new Error("Not implemented");
  }
}
