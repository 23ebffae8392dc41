// Prints the bank's coverage table for the README: `npm run bank:coverage`.
import { loadProblems } from "../problems/load.ts";
import { loadRubrics } from "../scoring/load.ts";
import { bankCoverage, coverageTable } from "./coverage.ts";

const [problems, rubrics] = await Promise.all([loadProblems("problems"), loadRubrics("rubrics")]);
process.stdout.write(`${coverageTable(bankCoverage(problems, rubrics))}\n`);
