// Schedules a timer whose callback spins forever, then waits for it.
export function add(a: number, b: number): Promise<number> {
  return new Promise((resolve) => {
    setTimeout(() => {
      while (true) {}
      resolve(a + b);
    }, 10);
  });
}
