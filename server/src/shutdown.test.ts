import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { IDLE_JUDGE } from "./judge/fixtures.ts";
import type { Judge } from "./judge/types.ts";
import { createLifecycle } from "./lifecycle.ts";
import { drainServer, trackOpenResponses } from "./shutdown.ts";

/** A server whose /slow answers when `finish()` is called, and whose other paths say whether it drains. */
async function slowServer(draining: () => boolean) {
  let finish: () => void = () => {};
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const seen = { slow: 0 };
  const server = createServer((req, res) => {
    if (req.url === "/slow") {
      seen.slow++;
      void finished.then(() => res.end("slow done"));
    }
    else {
      res.statusCode = draining() ? 503 : 200;
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, url, finish, seen };
}

const judge: Judge = { ...IDLE_JUDGE, judge: () => Promise.reject(new Error("nothing is judged here")) };
const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.closeAllConnections();
});

describe("drainServer", () => {
  it("keeps listening while what was open finishes (late clients get an answer), then closes and resolves true", async () => {
    const lifecycle = createLifecycle();
    const { server, url, finish, seen } = await slowServer(() => lifecycle.draining);
    servers.push(server);
    const responses = trackOpenResponses(server);
    const slow = fetch(`${url}/slow`).then((r) => r.text());
    await expect.poll(() => seen.slow).toBe(1);
    let stopped = false;
    const stoppedBackground = {
      async stop() {
        stopped = true;
      },
    };
    const drained = drainServer({ lifecycle, server, responses, judge, background: [stoppedBackground], timeoutMs: 30_000 });
    expect(lifecycle.draining).toBe(true);
    // A late client still reaches the server and is refused properly, not with a refused connection.
    expect((await fetch(`${url}/submit`)).status).toBe(503);
    finish();
    expect(await slow).toBe("slow done");
    expect(await drained).toBe(true);
    expect(stopped).toBe(true);
    expect(server.listening).toBe(false);
  });

  it("gives up after the timeout and resolves false", async () => {
    const lifecycle = createLifecycle();
    const { server, url, seen } = await slowServer(() => lifecycle.draining);
    servers.push(server);
    const responses = trackOpenResponses(server);
    const slow = fetch(`${url}/slow`).catch(() => "cut");
    await expect.poll(() => seen.slow).toBe(1);
    const drained = await drainServer({ lifecycle, server, responses, judge, background: [], timeoutMs: 50 });
    expect(drained).toBe(false);
    expect(await slow).toBe("cut");
  });
});
