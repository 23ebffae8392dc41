/** Who goes first in the judge's queue, highest first: a timed attempt's clock is running, practice can wait. */
export const JUDGE_PRIORITIES = ["attempt", "practice"] as const;
export type JudgePriority = (typeof JUDGE_PRIORITIES)[number];

/**
 * Jobs waiting for a worker. Timed attempts go before practice; within a priority, the client
 * served least recently goes next (one that was never served, first), so a client with many
 * jobs waiting delays another by the job it has running, not by all of them. Work sent on no
 * one's behalf (reference runs, the attempt sweep) takes its turns as one client of its own.
 */
export class FairQueue<T> {
  /** Per priority, each waiting client's jobs in arrival order; ties go to the client that came first. */
  private readonly waiting = new Map<JudgePriority, Map<string, T[]>>(JUDGE_PRIORITIES.map((p) => [p, new Map()]));
  /** When each client last had a job taken, as a count of jobs taken. */
  private readonly lastServed = new Map<string, number>();
  private taken = 0;
  private size = 0;

  get length(): number {
    return this.size;
  }

  push(item: T, client: string, priority: JudgePriority): void {
    const lanes = this.waiting.get(priority)!;
    const jobs = lanes.get(client);
    if (jobs) jobs.push(item);
    else lanes.set(client, [item]);
    this.size++;
  }

  /** The next job: of the highest priority that has any, the oldest job of the client served least recently. */
  shift(): T | undefined {
    for (const lanes of this.waiting.values()) {
      let next: { client: string; jobs: T[]; servedAt: number } | undefined;
      for (const [client, jobs] of lanes) {
        const servedAt = this.lastServed.get(client) ?? -1;
        if (!next || servedAt < next.servedAt) next = { client, jobs, servedAt };
      }
      if (!next) continue;
      const item = next.jobs.shift()!;
      if (next.jobs.length === 0) lanes.delete(next.client);
      this.lastServed.set(next.client, ++this.taken);
      this.size--;
      return item;
    }
    return undefined;
  }

  /** Drops what is known of a client with nothing left waiting or running: back later, it counts as new. */
  forget(client: string): void {
    this.lastServed.delete(client);
  }

  /** Empties the queue, returning every job that waited. */
  drain(): T[] {
    const all = [...this.waiting.values()].flatMap((lanes) => [...lanes.values()].flat());
    for (const lanes of this.waiting.values()) lanes.clear();
    this.size = 0;
    return all;
  }
}
