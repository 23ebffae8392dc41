import { type Io, processIo, UsageError } from "./io.ts";

export const USAGE = `Usage: rehearse <command> [options]

Commands:
  judge --solution <file.ts> --problem <folder> [--tests ...] [--json]
        Judge a solution as the server judges a submit: the problem's sample and hidden
        tests (hidden ones shown in full, marked) and its time and memory limits.
  judge --solution <file.ts> --tests <file.test.ts|cases.json> [--tests ...] [--json]
        Judge a solution against Jest-style tests or a cases.json file (5000 ms a test).
        Either form takes --time-limit <ms> and --memory-limit <mb> to override the limits.
        Exits 0 when Accepted, 1 otherwise, 2 on bad usage.
  problems check [dir]  [--json]
        Validate every problem under dir (default: problems): files and front matter,
        the reference solution Accepted, the starter not Accepted.
  score --rubric <file> --answer <file> [--diagram <file.json>] [--json]
  score --rubric <file> --answers <file.jsonl>
        Score a design, behavioral or concept answer against a rubric: per criterion a
        level 0-4 with quotes as evidence, and a total out of 100. --answers scores one
        {"id", "answer"} per line and prints {"id", "total"} per line.
  diagram <scene.excalidraw> [--json]
        Read an Excalidraw scene as a design diagram: components, connections, arrows
        not read. --json prints the graph that score --diagram takes.
  migrate [--database <url>]
        Apply pending database migrations (DATABASE_URL), under a lock other instances wait for.
  backup <file> [--database <url>]
        Write a consistent copy of the database, running or not, to a new SQLite file.
  restore <file> [--database <url>]
        Copy a backup into an empty database (the server stopped).

Options:
  --help, -h   Show this help.`;

/** Runs one command line and returns the exit code. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      io.out(USAGE);
      return command === undefined ? 2 : 0;
    }
    // Each command loads only its own modules: `rehearse migrate` at a server's start need not load the judge.
    if (command === "judge") return await (await import("./judge.ts")).judgeCommand(rest, io);
    if (command === "score") return await (await import("./score.ts")).scoreCommand(rest, io);
    if (command === "diagram") return await (await import("./diagram.ts")).diagramCommand(rest, io);
    if (command === "migrate") return await (await import("./database.ts")).migrateCommand(rest, io);
    if (command === "backup") return await (await import("./database.ts")).backupCommand(rest, io);
    if (command === "restore") return await (await import("./database.ts")).restoreCommand(rest, io);
    if (command === "problems" && rest[0] === "check") return await (await import("./check.ts")).checkCommand(rest.slice(1), io);
    throw new UsageError(`unknown command: ${argv.join(" ")}`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`rehearse: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    io.err(`rehearse: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
