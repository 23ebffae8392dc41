import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "./content-disposition.ts";

/** The two names a client can read: the ASCII `filename` and the decoded `filename*`. */
function namesIn(header: string): { ascii: string; utf8: string } {
  const match = /^attachment; filename="([^"]*)"; filename\*=UTF-8''([A-Za-z0-9!#$&+\-.^_`|~%]+)$/.exec(header);
  if (!match) throw new Error(`not a well-formed attachment header: ${JSON.stringify(header)}`);
  return { ascii: match[1] ?? "", utf8: decodeURIComponent(match[2] ?? "") };
}

describe("attachmentDisposition", () => {
  it("gives a plain name both ways", () => {
    expect(attachmentDisposition("backend-loop-results.csv")).toBe(`attachment; filename="backend-loop-results.csv"; filename*=UTF-8''backend-loop-results.csv`);
  });

  it("keeps quotes, CR and LF in a slug from ending the quoted string or the header", () => {
    const header = attachmentDisposition('evil"; filename="x.exe\r\nSet-Cookie: a=b-problems.zip');
    expect(() => new Headers({ "Content-Disposition": header })).not.toThrow();
    expect(header).not.toMatch(/[\r\n]/);
    expect(namesIn(header)).toEqual({ ascii: "evil; filename=x.exeSet-Cookie: a=b-problems.zip", utf8: 'evil"; filename="x.exeSet-Cookie: a=b-problems.zip' });
  });

  it("carries non-ASCII names in UTF-8, with an ASCII fallback", () => {
    expect(namesIn(attachmentDisposition("équipe-données ✓.zip"))).toEqual({ ascii: "quipe-donnes .zip", utf8: "équipe-données ✓.zip" });
  });

  it("encodes what RFC 8187 does not allow bare, which encodeURIComponent would leave", () => {
    expect(attachmentDisposition("it's (a) *set*.zip")).toContain("filename*=UTF-8''it%27s%20%28a%29%20%2Aset%2A.zip");
    expect(attachmentDisposition("back\\slash.zip")).toContain('filename="backslash.zip"');
  });

  it("never gives an empty name", () => {
    expect(namesIn(attachmentDisposition("\r\n"))).toEqual({ ascii: "download", utf8: "download" });
    expect(namesIn(attachmentDisposition("✓✓"))).toEqual({ ascii: "download", utf8: "✓✓" });
  });
});
