import type { Server, ServerResponse } from "node:http";
import type { Judge } from "./judge/types.ts";
import type { Lifecycle } from "./lifecycle.ts";

/** The responses the server has open (SSE streams included, until their last event). */
export interface OpenResponses {
  /** Resolves once every response open now has closed; ones begun later are not waited for. */
  settled(): Promise<void>;
}

export function trackOpenResponses(server: Server): OpenResponses {
  const open = new Map<ServerResponse, Promise<void>>();
  server.on("request", (_req, res: ServerResponse) => {
    open.set(
      res,
      new Promise<void>((resolve) =>
        res.once("close", () => {
          open.delete(res);
          resolve();
        }),
      ),
    );
  });
  return { settled: async () => void (await Promise.all([...open.values()])) };
}

export interface DrainParts {
  lifecycle: Lifecycle;
  server: Server;
  responses: OpenResponses;
  judge: Judge;
  /** Sweeps and other background work: each stops taking more and resolves once what it runs is done. */
  background: { stop(): Promise<void> }[];
  timeoutMs: number;
}

/** After the drain, requests still being answered (a late 503, a page) get this long before their connections are cut. */
const CLOSE_GRACE_MS = 1_000;

/**
 * A graceful restart. Draining first refuses new work (readiness fails, runs and submissions get
 * 503 + Retry-After) while the listener stays open: a late client gets that proper 503, not a
 * refused connection, and in-flight streams keep their connection to the last event. Once what
 * was open when the signal came has been answered and the judge is idle, or `timeoutMs` passed,
 * the listener closes. A submission cut off by the timeout stays pending and is judged on the
 * next start. Resolves whether everything finished in time.
 */
export async function drainServer(parts: DrainParts): Promise<boolean> {
  parts.lifecycle.startDraining();
  const deadline = Date.now() + parts.timeoutMs;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), parts.timeoutMs);
  });
  const finished = (async () => {
    await Promise.all([parts.responses.settled(), ...parts.background.map((work) => work.stop())]);
    // Judge work no request waits for (a reference run warming up) finishes too, in what time is left.
    return parts.judge.drain(Math.max(0, deadline - Date.now()));
  })();
  const drained = await Promise.race([finished, timedOut]);
  clearTimeout(timer);
  await closeListener(parts.server);
  return drained;
}

async function closeListener(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const cut = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
  await closed;
  clearTimeout(cut);
}
