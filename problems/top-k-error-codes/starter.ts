/**
 * The k most frequent codes: higher count first, then smaller code (plain `<`) first.
 */
export function topErrorCodes(codes: string[], k: number): string[] {
  return codes.slice(0, k);
}
