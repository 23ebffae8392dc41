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

type ParsedRecord = { line: number; fields: string[] } | { line: number; error: "unterminated-quote" | "malformed-quote" };

const isLineBreak = (text: string, i: number) => text[i] === "\n" || (text[i] === "\r" && text[i + 1] === "\n");

/** RFC 4180 records with the physical line each starts on. Empty lines are skipped. */
function* parseRecords(text: string): Generator<ParsedRecord> {
  const n = text.length;
  let i = text.startsWith("\uFEFF") ? 1 : 0;
  let line = 1;
  const skipLineBreak = () => {
    i += text[i] === "\r" ? 2 : 1;
    line++;
  };

  while (i < n) {
    if (isLineBreak(text, i)) {
      skipLineBreak();
      continue;
    }
    const startLine = line;
    const fields: string[] = [];
    let malformed = false;
    for (;;) {
      let field = "";
      if (text[i] === '"') {
        i++;
        let closed = false;
        while (i < n) {
          if (text[i] === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (text[i] === "\n") line++;
          field += text[i];
          i++;
        }
        if (!closed) {
          yield { line: startLine, error: "unterminated-quote" };
          return;
        }
        if (i < n && text[i] !== "," && !isLineBreak(text, i)) {
          // Text after a closing quote: reject the record, resume on the next line.
          malformed = true;
          while (i < n && text[i] !== "\n") i++;
          if (i < n) skipLineBreak();
          break;
        }
      } else {
        while (i < n && text[i] !== "," && !isLineBreak(text, i)) field += text[i++];
      }
      fields.push(field);
      if (text[i] === ",") {
        i++;
        continue;
      }
      if (i < n) skipLineBreak();
      break;
    }
    yield malformed ? { line: startLine, error: "malformed-quote" } : { line: startLine, fields };
  }
}

function isCalendarDate(raw: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return daysInMonth !== undefined && day >= 1 && day <= daysInMonth;
}

/** Converts one non-empty field, or returns the error code. */
function convert(raw: string, type: ColumnType): { value: CellValue } | { error: ErrorCode } {
  switch (type) {
    case "string":
      return { value: raw };
    case "integer":
      return /^-?\d+$/.test(raw) && Number.isSafeInteger(Number(raw)) ? { value: Number(raw) } : { error: "invalid-integer" };
    case "number":
      return /^-?\d+(\.\d+)?$/.test(raw) ? { value: Number(raw) } : { error: "invalid-number" };
    case "boolean":
      return raw === "true" || raw === "false" ? { value: raw === "true" } : { error: "invalid-boolean" };
    case "date":
      return isCalendarDate(raw) ? { value: raw } : { error: "invalid-date" };
  }
}

/** Parses CSV text into typed records, reporting every invalid row with its line number. */
export function importCsv(text: string, schema: ColumnSpec[]): ImportResult {
  const records: Record<string, CellValue>[] = [];
  const errors: RowError[] = [];
  const parsed = parseRecords(text);

  const header = parsed.next();
  let headerFields: string[] = [];
  let headerLine = 1;
  if (!header.done) {
    if ("error" in header.value) return { records, errors: [{ line: header.value.line, code: header.value.error }] };
    headerFields = header.value.fields;
    headerLine = header.value.line;
  }
  const missing = schema.filter((column) => !headerFields.includes(column.name));
  if (missing.length > 0) {
    return { records, errors: missing.map((column) => ({ line: headerLine, code: "missing-column", column: column.name })) };
  }
  const columns = schema.map((column) => ({ ...column, index: headerFields.indexOf(column.name) }));

  for (const record of parsed) {
    if ("error" in record) {
      errors.push({ line: record.line, code: record.error });
      continue;
    }
    if (record.fields.length !== headerFields.length) {
      errors.push({ line: record.line, code: "field-count" });
      continue;
    }
    const values: Record<string, CellValue> = {};
    const rowErrors: RowError[] = [];
    for (const column of columns) {
      const raw = record.fields[column.index]!;
      if (raw === "") {
        if (column.required) rowErrors.push({ line: record.line, code: "required", column: column.name });
        else values[column.name] = null;
        continue;
      }
      const converted = convert(raw, column.type);
      if ("error" in converted) rowErrors.push({ line: record.line, code: converted.error, column: column.name });
      else values[column.name] = converted.value;
    }
    if (rowErrors.length > 0) errors.push(...rowErrors);
    else records.push(values);
  }
  return { records, errors };
}
