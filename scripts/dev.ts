/**
 * `npm run dev`: the API (restarting when its files change) and Vite (hot reload) side by side.
 * Open Vite's URL; it proxies /api to the API. PORT sets the API's port (default 3000), and
 * both stop together, on Ctrl+C or when either one exits.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const apiPort = process.env.PORT ?? "3000";
// Vite's package exports do not include its bin script; it sits at a fixed place in the package.
const viteBin = join(root, "node_modules", "vite", "bin", "vite.js");

function start(name: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  child.on("exit", (code, signal) => {
    console.log(`[dev] ${name} stopped (${signal ?? `exit ${code}`}); stopping the rest.`);
    stopAll(code ?? 1);
  });
  return child;
}

const children = [
  // A development server migrates its own database; in production that is `rehearse migrate` or MIGRATE_ON_START.
  start("API", ["--no-node-snapshot", "--watch", "server/src/index.ts"], { PORT: apiPort, MIGRATE_ON_START: "true" }),
  start("Vite", [viteBin, "--config", "web/vite.config.ts"], { REHEARSE_API_PORT: apiPort }),
];

let stopping = false;
function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  process.exitCode = code;
}

process.on("SIGINT", () => stopAll(0));
process.on("SIGTERM", () => stopAll(0));
