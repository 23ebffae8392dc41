export interface Project {
  cost: number;
  value: number;
}

/** The largest total value of projects (each at most once) whose total cost is <= budget. */
export function maxProjectValue(projects: Project[], budget: number): number {
  return 0;
}
