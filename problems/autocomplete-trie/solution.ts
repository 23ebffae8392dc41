const LIMIT = 3;

interface TrieNode {
  /** Created on first use: most nodes are leaves, and a Map per leaf is wasted memory. */
  children: Map<string, TrieNode> | undefined;
  /** The (at most LIMIT) smallest commands under this node, ascending. */
  best: string[];
  /** True when a command ends exactly here. */
  terminal: boolean;
}

const newNode = (): TrieNode => ({ children: undefined, best: [], terminal: false });

/**
 * Prefix suggestions for a command palette: up to 3 matches, smallest first.
 * A trie whose every node caches its 3 smallest commands, so `suggest` costs O(prefix)
 * and `insert` costs O(command length).
 */
export class Autocomplete {
  readonly #root = newNode();
  #size = 0;

  constructor(commands: string[] = []) {
    for (const command of commands) this.insert(command);
  }

  insert(command: string): void {
    if (command === "" || this.#find(command)?.terminal) return;
    let node = this.#root;
    Autocomplete.#offer(node, command);
    for (let i = 0; i < command.length; i++) {
      node.children ??= new Map();
      let child = node.children.get(command[i]!);
      if (!child) {
        child = newNode();
        node.children.set(command[i]!, child);
      }
      node = child;
      Autocomplete.#offer(node, command);
    }
    node.terminal = true;
    this.#size++;
  }

  suggest(prefix: string): string[] {
    return this.#find(prefix)?.best.slice() ?? [];
  }

  suggestAsTyped(query: string): string[][] {
    const out: string[][] = [];
    let node: TrieNode | undefined = this.#root;
    for (let i = 0; i < query.length; i++) {
      node = node?.children?.get(query[i]!);
      out.push(node ? node.best.slice() : []);
    }
    return out;
  }

  get size(): number {
    return this.#size;
  }

  /** The node for `prefix`, matching UTF-16 code unit by code unit. */
  #find(prefix: string): TrieNode | undefined {
    let node: TrieNode | undefined = this.#root;
    for (let i = 0; i < prefix.length && node; i++) node = node.children?.get(prefix[i]!);
    return node;
  }

  /** Keeps `node.best` the LIMIT smallest commands seen, in ascending order. */
  static #offer(node: TrieNode, command: string): void {
    const best = node.best;
    if (best.length === LIMIT && command >= best[LIMIT - 1]!) return;
    // Insertion sort step: shift larger commands right (the last one falls off when full).
    let i = Math.min(best.length, LIMIT - 1);
    while (i > 0 && best[i - 1]! > command) {
      best[i] = best[i - 1]!;
      i--;
    }
    best[i] = command;
  }
}
