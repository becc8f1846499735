/**
 * The units that part V (responsibilities) gives duties to, each at its first mention: what
 * `unit_without_work` and `responsible_unit_not_recipient` go through.
 *
 * @internal
 */
import type { LintContext } from "./context.js";
import type { Path } from "./defineLintRule.js";
import { quoted } from "./text.js";

/** A unit of part V at its first mention, with the responsibility that names it. @internal */
export interface ResponsibleUnit {
  readonly unitId: string;
  readonly path: Path;
  /** The unit, by its short name. */
  readonly name: string;
  /** The responsibility, quoted: "V.1. Ban Tuyên giáo". */
  readonly responsibility: string;
  readonly responsibilityId: string;
}

/** Each unit of part V once, at its first mention, in document order. @internal */
export function responsibleUnits(c: LintContext): ResponsibleUnit[] {
  const out: ResponsibleUnit[] = [];
  const seen = new Set<string>();
  c.plan.responsibilities.forEach((r, i) =>
    r.unitIds.forEach((id, k) => {
      if (seen.has(id)) return;
      seen.add(id);
      out.push({
        unitId: id,
        path: ["responsibilities", i, "unitIds", k],
        name: c.unitName(id),
        responsibility: quoted(r.label === undefined ? r.title : `${r.label}. ${r.title}`),
        responsibilityId: r.id,
      });
    }),
  );
  return out;
}
