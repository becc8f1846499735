import { PlanError } from "../src/index.js";

/** The `{ path, code }` of each issue of the PlanError that `fn` throws; [] when it does not throw. */
export function thrownIssues(fn: () => unknown): { path: readonly (string | number)[]; code: string }[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof PlanError) return error.issues.map(({ path, code }) => ({ path, code }));
    throw error;
  }
  return [];
}
