/**
 * The file name a download's Content-Disposition gives (RFC 6266): the UTF-8 `filename*` when there
 * is one, else the plain `filename`, else `fallback`.
 */
export function downloadFileName(headers: Headers, fallback: string): string {
  const disposition = headers.get("Content-Disposition") ?? "";
  const utf8 = /filename\*\s*=\s*UTF-8''([^;\s]+)/i.exec(disposition)?.[1];
  const decoded = utf8 === undefined ? undefined : decodeOrUndefined(utf8);
  return decoded || /filename\s*=\s*"([^"]*)"/i.exec(disposition)?.[1] || fallback;
}

function decodeOrUndefined(encoded: string): string | undefined {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}
