export interface Project {
  cost: number;
  value: number;
}

/** The largest total value of projects (each at most once) whose total cost is <= budget. */
export function maxProjectValue(projects: Project[], budget: number): number {
  // A budget above the total cost buys nothing more: cap the table there.
  const totalCost = projects.reduce((sum, p) => sum + p.cost, 0);
  const cap = Math.min(budget, totalCost);

  // best[b] = the most value with total cost <= b among the projects seen so far.
  const best = new Float64Array(cap + 1);
  for (const { cost, value } of projects) {
    // Downwards, so best[b - cost] doesn't already include this project (0/1, not unbounded).
    for (let b = cap; b >= cost; b--) {
      const withIt = best[b - cost]! + value;
      if (withIt > best[b]!) best[b] = withIt;
    }
  }
  return best[cap]!;
}
