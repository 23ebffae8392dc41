import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The real server, started as `npm start` starts it (without the web build), on a free port. */
export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Everything it printed, for a failing assertion to show. */
  output(): string;
  /** Resolves with the exit code (null if killed by a signal). */
  exited: Promise<number | null>;
}

/** Starts `node server/src/index.ts` with exactly this environment (nothing inherited but PATH), resolving once it listens. */
export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["--no-node-snapshot", "--disable-warning=ExperimentalWarning", "server/src/index.ts"], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      NODE_ENV: "test",
      PORT: "0",
      HOST: "127.0.0.1",
      BETTER_AUTH_SECRET: "lifecycle-test-secret-0123456789abcdef",
      // One client (this test) sends everything: its cap and budgets would only measure themselves.
      JUDGE_MAX_PER_CLIENT: "64",
      RUN_RATE_LIMIT_PER_MINUTE: "10000",
      SUBMIT_RATE_LIMIT_PER_MINUTE: "10000",
      // Each test's database starts empty; a test of the refusal to start sets it to false.
      MIGRATE_ON_START: "true",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  child.stdout?.on("data", (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (text += chunk.toString()));
  const exited = once(child, "exit").then(([code]) => code as number | null);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start:\n${text}`)), 45_000);
    const look = () => {
      const port = /listening on http:\/\/[^:]+:(\d+)/.exec(text)?.[1];
      if (port === undefined) return;
      clearTimeout(timer);
      child.stdout?.off("data", look);
      resolve(`http://127.0.0.1:${port}`);
    };
    child.stdout?.on("data", look);
    void exited.then((code) => reject(new Error(`The server exited (${code}) before listening:\n${text}`)));
  });
  return { child, url, output: () => text, exited };
}
