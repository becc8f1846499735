/**
 * How much a finding matters: an `"error"` makes the plan wrong as it stands (figures that do not add
 * up), a `"warning"` needs a person's look, an `"info"` is worth knowing.
 *
 * @example
 * ```ts
 * import type { Severity } from "cong-doan-ke-hoach";
 *
 * const severity: Severity = "warning";
 * ```
 * @category Errors
 */
export type Severity = "error" | "warning" | "info";

/**
 * Something a check found in a plan that parsed: not bad input (that is a {@link PlanIssue}), but a
 * problem for the user to see, such as a declared total that does not add up. Checks return findings;
 * they never throw for them.
 *
 * @example
 * ```ts
 * import type { Finding } from "cong-doan-ke-hoach";
 *
 * const finding: Finding = {
 *   code: "declared_total_mismatch", severity: "error", path: ["budget", "declaredTotal"],
 *   message: "declared 151.500.000 đồng, computed 151.400.000 đồng (100.000 đồng more)",
 *   messageVi: "ghi 151.500.000 đồng, tính được 151.400.000 đồng (thừa 100.000 đồng)",
 *   details: { declared: "151500000", computed: "151400000", difference: "100000" },
 * };
 * ```
 * @category Errors
 */
export interface Finding {
  /** A stable snake_case code. */
  readonly code: string;
  readonly severity: Severity;
  /** Where in the plan (or in the input records) it is. */
  readonly path: readonly (string | number)[];
  /** What was found, in English. */
  readonly message: string;
  /** What was found, in Vietnamese. */
  readonly messageVi: string;
  /** Figures behind the finding, as strings (amounts as digit strings). */
  readonly details?: Readonly<Record<string, string>>;
}
