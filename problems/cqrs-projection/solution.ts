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

function copy(summary: OrderSummary): OrderSummary {
  return { ...summary, lines: summary.lines.map((line) => ({ ...line })) };
}

/** The "My orders" read model, built from an at-least-once, possibly out-of-order event stream. */
export class OrderSummaryProjection {
  readonly #orders = new Map<string, OrderSummary>();
  readonly #ordersByCustomer = new Map<string, string[]>();
  readonly #appliedEventIds = new Set<string>();

  apply(event: OrderEvent): ApplyResult {
    if (this.#appliedEventIds.has(event.eventId)) return "duplicate";
    const current = this.#orders.get(event.orderId);
    if (event.version !== (current?.version ?? 0) + 1) return "out-of-order";

    if (event.type === "OrderPlaced") {
      this.#orders.set(event.orderId, {
        orderId: event.orderId,
        customerId: event.customerId,
        status: "open",
        lines: [],
        totalCents: 0,
        version: event.version,
      });
      const ids = this.#ordersByCustomer.get(event.customerId);
      if (ids) ids.push(event.orderId);
      else this.#ordersByCustomer.set(event.customerId, [event.orderId]);
    } else {
      // Guaranteed by the version check: only OrderPlaced has version 1.
      const order = current!;
      this.#applyChange(order, event);
      order.version = event.version;
      order.totalCents = order.lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
    }
    // Remembered only once applied: a rejected event must be accepted when redelivered.
    this.#appliedEventIds.add(event.eventId);
    return "applied";
  }

  get(orderId: string): OrderSummary | undefined {
    const order = this.#orders.get(orderId);
    return order && copy(order);
  }

  ordersOf(customerId: string): OrderSummary[] {
    return (this.#ordersByCustomer.get(customerId) ?? []).map((id) => copy(this.#orders.get(id)!));
  }

  #applyChange(order: OrderSummary, event: Exclude<OrderEvent, { type: "OrderPlaced" }>): void {
    switch (event.type) {
      case "ItemAdded": {
        const line = order.lines.find((l) => l.sku === event.sku);
        if (line) {
          line.quantity += event.quantity;
          line.unitPriceCents = event.unitPriceCents;
        } else {
          order.lines.push({ sku: event.sku, quantity: event.quantity, unitPriceCents: event.unitPriceCents });
        }
        break;
      }
      case "ItemRemoved":
        order.lines = order.lines.filter((l) => l.sku !== event.sku);
        break;
      case "OrderShipped":
        order.status = "shipped";
        break;
      case "OrderCancelled":
        order.status = "cancelled";
        break;
    }
  }
}
