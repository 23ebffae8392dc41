/** Prefix suggestions for a command palette: up to 3 matches, smallest first. */
export class Autocomplete {
  constructor(commands: string[] = []) {
    for (const command of commands) this.insert(command);
  }

  insert(command: string): void {
    throw new Error("Not implemented");
  }

  suggest(prefix: string): string[] {
    throw new Error("Not implemented");
  }

  suggestAsTyped(query: string): string[][] {
    throw new Error("Not implemented");
  }

  get size(): number {
    throw new Error("Not implemented");
  }
}
