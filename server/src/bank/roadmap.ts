/**
 * What the preparation roadmap (../shared/roadmap.md) asks a candidate to practise, named
 * exactly as the roadmap names it: the design exercises and the leadership items. The bank's
 * coverage test holds every one of them to at least one prompt.
 */
export const DESIGN_EXERCISES = [
  "Multi-tenant SaaS",
  "Real-time dashboards",
  "Queue-based workflows",
  "ETL data pipelines",
  "Authentication systems",
  "React + Node + AWS Serverless SaaS App",
  "Python FastAPI microservice with DynamoDB",
  "Event-driven architecture using EventBridge + Lambda",
  "DevOps project: full CI/CD + IaC",
] as const;

export const LEADERSHIP_ITEMS = [
  "How to conduct productive code reviews",
  "How to mentor junior & mid-level engineers",
  "How to run technical discussions",
  "How to influence architecture decisions",
  "Writing clear technical documents",
  "Presenting design proposals",
  "Translating business requirements to engineering tasks",
  "Scrum ceremonies",
  "Backlog management",
  "Stakeholder communication",
  "On-call basics",
  "Incident management workflow",
  "Root cause analysis (RCA)",
  "Error budgets, SLAs, SLOs",
] as const;

/** Asked by interviewers though the roadmap does not list them as bullets. */
export const EXTRA_BEHAVIORAL_ITEMS = ["Conflict", "Failure", "Prioritisation under ambiguity", "Delivering a hard project"] as const;
