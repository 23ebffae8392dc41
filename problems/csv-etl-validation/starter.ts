export type ColumnType = "string" | "integer" | "number" | "boolean" | "date";

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  required?: boolean;
}

export type CellValue = string | number | boolean | null;

export type ErrorCode =
  | "missing-column"
  | "field-count"
  | "unterminated-quote"
  | "malformed-quote"
  | "required"
  | "invalid-integer"
  | "invalid-number"
  | "invalid-boolean"
  | "invalid-date";

export interface RowError {
  line: number;
  code: ErrorCode;
  column?: string;
}

export interface ImportResult {
  records: Record<string, CellValue>[];
  errors: RowError[];
}

/** Parses CSV text into typed records, reporting every invalid row with its line number. */
export function importCsv(text: string, schema: ColumnSpec[]): ImportResult {
  // Placeholder: the naive split, which breaks on quoted commas and line breaks.
  const [header = "", ...lines] = text.split("\n");
  const names = header.split(",");
  const records = lines
    .filter((line) => line !== "")
    .map((line) => {
      const fields = line.split(",");
      const record: Record<string, CellValue> = {};
      for (const column of schema) record[column.name] = fields[names.indexOf(column.name)] ?? null;
      return record;
    });
  return { records, errors: [] };
}
