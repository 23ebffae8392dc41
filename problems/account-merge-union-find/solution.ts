export interface CustomerRecord {
  id: string;
  emails: string[];
}

export interface Customer {
  ids: string[];
  emails: string[];
}

/**
 * Groups records that share an email (directly or through other records) into customers:
 * ids in input order, emails deduplicated and sorted, customers in order of first record.
 */
export function mergeRecords(records: CustomerRecord[]): Customer[] {
  const n = records.length;
  // Union-find over record indices, with path halving and union by size.
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const size = new Int32Array(n).fill(1);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const union = (a: number, b: number): void => {
    let ra = find(a);
    let rb = find(b);
    if (ra === rb) return;
    if (size[ra]! < size[rb]!) [ra, rb] = [rb, ra];
    parent[rb] = ra;
    size[ra]! += size[rb]!;
  };

  // Every record holding an email joins the first record that held it.
  const firstOwner = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    for (const email of records[i]!.emails) {
      const owner = firstOwner.get(email);
      if (owner === undefined) firstOwner.set(email, i);
      else union(owner, i);
    }
  }

  // Open customers in the order of their first record; collect ids and emails.
  const customers: Customer[] = [];
  const customerOfRoot = new Map<number, Customer>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    let customer = customerOfRoot.get(root);
    if (!customer) {
      customer = { ids: [], emails: [] };
      customerOfRoot.set(root, customer);
      customers.push(customer);
    }
    customer.ids.push(records[i]!.id);
    customer.emails.push(...records[i]!.emails);
  }
  // Sort, then drop adjacent duplicates in place (cheaper than a Set per customer).
  for (const customer of customers) {
    const emails = customer.emails.sort();
    let kept = 0;
    for (const email of emails) if (kept === 0 || emails[kept - 1] !== email) emails[kept++] = email;
    emails.length = kept;
  }
  return customers;
}
