/**
 * Roadmap areas (../shared/roadmap.md): the closed set a problem's `area` names.
 * `algorithms` is the roadmap's "Coding round (DSA)".
 */
export const ROADMAP_AREAS = {
  algorithms: "Data structures and algorithms",
  "javascript-typescript": "JavaScript / TypeScript",
  react: "React",
  node: "Node.js",
  graphql: "GraphQL",
  python: "Python",
  "aws-serverless": "AWS core and serverless",
  "serverless-patterns": "Serverless architecture patterns",
  iac: "Infrastructure as code",
  cicd: "CI/CD",
  containers: "Containers",
  sql: "SQL databases",
  nosql: "NoSQL",
  caching: "Caching",
  "system-design": "System design and architecture",
  security: "Security",
  compliance: "Compliance and privacy",
  testing: "Testing",
  observability: "Monitoring and observability",
  production: "Production practices",
  leadership: "Leadership and people",
} as const;
export type RoadmapArea = keyof typeof ROADMAP_AREAS;
export const ROADMAP_AREA_IDS = Object.keys(ROADMAP_AREAS) as [RoadmapArea, ...RoadmapArea[]];
