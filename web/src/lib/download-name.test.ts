import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "../../../server/src/routes/content-disposition.ts";
import { downloadFileName } from "./download-name.ts";

const named = (disposition: string | null) => new Headers(disposition === null ? {} : { "Content-Disposition": disposition });

describe("downloadFileName", () => {
  it("reads back the name the server wrote, non-ASCII and quotes included", () => {
    for (const name of ["backend-loop-results.csv", 'équipe "A" ✓.zip', "it's (a) set.zip"]) {
      expect(downloadFileName(named(attachmentDisposition(name)), "fallback")).toBe(name);
    }
  });

  it("falls back to the plain filename, then to the caller's name", () => {
    expect(downloadFileName(named('attachment; filename="plain.zip"'), "fallback")).toBe("plain.zip");
    expect(downloadFileName(named(`attachment; filename="plain.zip"; filename*=UTF-8''%E0%A4`), "fallback")).toBe("plain.zip");
    expect(downloadFileName(named(null), "fallback.zip")).toBe("fallback.zip");
  });
});
