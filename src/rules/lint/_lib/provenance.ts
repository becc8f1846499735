/**
 * What the transcription of a plan was made from (`provenance`): the rules that find something "left
 * blank" or "missing" speak only of a whole document, since an excerpt or a news report may simply not
 * show it.
 *
 * @internal
 */
import type { Plan } from "../../../model/plan.js";

/** Whether the plan is transcribed from the whole document: no provenance, or kind "document". @internal */
export function isWholeDocument(plan: Plan): boolean {
  return plan.provenance === undefined || plan.provenance.kind === "document";
}
