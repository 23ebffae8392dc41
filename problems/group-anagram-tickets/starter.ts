/**
 * Groups ticket codes that are rearrangements of each other (same letters, same counts).
 * Groups, and codes inside a group, may be in any order.
 */
export function groupTicketCodes(codes: string[]): string[][] {
  return [];
}
