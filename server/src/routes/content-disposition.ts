/** The characters `filename*` carries as they are (RFC 8187's attr-char); every other byte is %-encoded. */
const ATTR_CHAR = /^[A-Za-z0-9!#$&+\-.^_`|~]$/;

/**
 * `Content-Disposition: attachment` for a download (RFC 6266): the name in UTF-8 as `filename*`,
 * and for clients that read only `filename` an ASCII copy without quotes, backslashes, CR or LF.
 * Names come from titles and team slugs, which users choose: none may end the quoted string or
 * the header early, or make the response fail to send.
 */
export function attachmentDisposition(fileName: string): string {
  const name = fileName.replace(/\p{Cc}/gu, "").trim() || "download";
  const ascii = name.replace(/[^ -~]|["\\]/g, "").trim() || "download";
  const encoded = Array.from(new TextEncoder().encode(name), (byte) => {
    const char = String.fromCharCode(byte);
    return ATTR_CHAR.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }).join("");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
