/**
 * A client refused for a full queue is told when to come back (Retry-After); without a promise
 * behind it, the clients already queued resubmit the moment they get a verdict, refill the queue,
 * and the one that waited as told is refused again (107 of 109 such retries under load, measured
 * with bench:load). So a refusal hands the client a ticket: coming back from its time (less a
 * little slack) until a grace period after, it is admitted even though the queue is full. The
 * tickets out count as work ahead, so later refusals are sent later still; they are bounded, so
 * the queue's overflow is too.
 */
export const COMEBACK_SLACK_MS = 1_000;
export const COMEBACK_GRACE_MS = 30_000;

interface Ticket {
  from: number;
  until: number;
}

export class ComebackTickets {
  private readonly tickets = new Map<string, Ticket>();
  /** Tickets out at most: the queue's overflow beyond its own bound. */
  private readonly capacity: number;
  private readonly now: () => number;

  constructor(capacity: number, now: () => number = () => performance.now()) {
    this.capacity = capacity;
    this.now = now;
  }

  /** Tickets that may still be used: work the queue must expect. */
  get outstanding(): number {
    this.forgetExpired();
    return this.tickets.size;
  }

  /** Issues (or keeps) a ticket for a client refused now and told to come back in `seconds`; false when none is left. */
  issue(client: string, seconds: number): boolean {
    this.forgetExpired();
    if (this.tickets.has(client)) return true;
    if (this.tickets.size >= this.capacity) return false;
    const from = this.now() + seconds * 1000 - COMEBACK_SLACK_MS;
    this.tickets.set(client, { from, until: from + COMEBACK_SLACK_MS + COMEBACK_GRACE_MS });
    return true;
  }

  /** Uses the client's ticket if it is due: true means admit it past a full queue. Early, the ticket is kept. */
  redeem(client: string): boolean {
    const ticket = this.tickets.get(client);
    if (!ticket) return false;
    const now = this.now();
    if (now > ticket.until) {
      this.tickets.delete(client);
      return false;
    }
    if (now < ticket.from) return false;
    this.tickets.delete(client);
    return true;
  }

  /** When the client's ticket becomes due, in seconds from now (what an early comer is told again). */
  secondsUntilDue(client: string): number | undefined {
    const ticket = this.tickets.get(client);
    return ticket ? Math.max(1, Math.ceil((ticket.from - this.now()) / 1000)) : undefined;
  }

  private forgetExpired(): void {
    const now = this.now();
    for (const [client, ticket] of this.tickets) if (now > ticket.until) this.tickets.delete(client);
  }
}
