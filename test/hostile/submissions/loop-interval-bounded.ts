// Resolves only after 9,000 ticks of a 1 ms interval: finite, but thousands of virtual-clock steps per call.
export function add(a: number, b: number): Promise<number> {
  return new Promise((resolve) => {
    let ticks = 0;
    const id = setInterval(() => {
      if (++ticks < 9_000) return;
      clearInterval(id);
      resolve(a + b);
    }, 1);
  });
}
