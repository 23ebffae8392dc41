import { readFileSync } from "node:fs";

let common: ReadonlySet<string> | undefined;

/**
 * Whether a password is on common-passwords.txt (which names its source), ignoring case:
 * "Password123" is guessed as early as "password123". The list is read on first use.
 */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(
    readFileSync(new URL("./common-passwords.txt", import.meta.url), "utf8")
      .split("\n")
      .filter((line) => line !== "" && !line.startsWith("#")),
  );
  return common.has(password.toLowerCase());
}
