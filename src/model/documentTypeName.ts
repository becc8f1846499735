import { INVALID_TYPE } from "../errors/codes.js";
import { newIssue } from "../errors/issue.js";
import { PlanError, type PlanIssue } from "../errors/PlanError.js";
import { optionIssue } from "../errors/messages.js";
import { documentType } from "./_lib/documentTypes.js";
import type { DocumentNumberingSystem } from "./documentReference.js";

/**
 * Options of {@link documentTypeName}.
 *
 * @example
 * ```ts
 * import type { DocumentTypeNameOptions } from "cong-doan-ke-hoach";
 *
 * const options: DocumentTypeNameOptions = { language: "en", system: "party" };
 * ```
 * @category Documents
 */
export interface DocumentTypeNameOptions {
  /** The language of the name: `"vi"` (the default) or `"en"`. */
  readonly language?: "vi" | "en";
  /**
   * The numbering system the code comes from (the `system` of a {@link DocumentReference}): `"state"`
   * (the default), `"party"` or `"letter"` (read as `"state"`). One code differs: `"TT"` is a Thông tư
   * (Circular) of the state and a Thông tri of the Party.
   */
  readonly system?: DocumentNumberingSystem;
}

const LANGUAGES = ['"vi"', '"en"'].join(", ");
const SYSTEMS = ['"state"', '"party"', '"letter"'].join(", ");

/**
 * Names the document type that a code of a citation stands for (tên loại văn bản): `"NQ"` is a Nghị
 * quyết (Resolution), `"KHLT"` a Kế hoạch liên tịch (Joint plan).
 *
 * The table holds the codes of Decree 30/2020/NĐ-CP (Appendix III: NQ, QĐ, CT, QC, QyĐ, TC, TB, HD, CTr,
 * KH, PA, ĐA, DA, BC, BB, TTr, HĐ, CĐ, BGN, BTT, GUQ, GM, GGT, GNP, PG, PC, PB), two of the Circular
 * 01/2011/TT-BNV before it (GCN, GXN), the legal documents (L Luật, as in the laws of the 1990s such as
 * `"35-L/CTN"`, though today's `"05/2022/L-CTN"` is the President's Lệnh, order; PL Pháp lệnh, NĐ Nghị
 * định, TT Thông tư, SL Sắc lệnh, VBHN Văn bản hợp nhất), the Party's own of Hướng dẫn 36-HD/VPTW that the unions also
 * use (KL Kết luận, QĐi Quy định, CV Công văn, and TT, there a Thông tri), and the joint types (TTLT,
 * NQLT, QĐLT, CTLT, HDLT, KHLT, CTrLT, TBLT, QCLT; CTrPH, QCPH, KHPH for phối hợp, coordination).
 * Codes are matched exactly, case included (`"QyĐ"`, `"TTr"`), after Unicode NFC normalisation.
 *
 * @param code - a type code such as `"NQ"`; anything else (an unknown code, a value that is not a string)
 *   has no name.
 * @param options - the language and the numbering system, see {@link DocumentTypeNameOptions}.
 * @returns the name, or `undefined` when the code is not in the table.
 * @throws {@link PlanError} with code `invalid_type` at `["options"]` when `options` is given and is not an
 *   object, or `invalid_value` at `["options", "language"]` or `["options", "system"]` for a value that is
 *   not one of those listed.
 * @example
 * ```ts
 * import { documentTypeName } from "cong-doan-ke-hoach";
 *
 * documentTypeName("NQ"); //=> "Nghị quyết"
 * documentTypeName("KHLT"); //=> "Kế hoạch liên tịch"
 * documentTypeName("HD", { language: "en" }); //=> "Guidance"
 * documentTypeName("TT"); //=> "Thông tư"
 * documentTypeName("TT", { system: "party" }); //=> "Thông tri"
 * documentTypeName("XYZ"); //=> undefined
 * ```
 * @category Documents
 */
export function documentTypeName(code: string, options?: DocumentTypeNameOptions): string | undefined {
  const { language, system } = readOptions(options);
  if (typeof code !== "string" || code.length > 20) return undefined;
  const entry = documentType(code.normalize("NFC"));
  if (entry === undefined) return undefined;
  const names = system === "party" && entry.party !== undefined ? entry.party : entry;
  return language === "en" ? names.en : names.vi;
}

function readOptions(options: unknown): { language: "vi" | "en"; system: DocumentNumberingSystem } {
  if (options === undefined) return { language: "vi", system: "state" };
  if (typeof options !== "object" || options === null) {
    throw new PlanError([newIssue(INVALID_TYPE, ["options"], { expected: "object", received: options === null ? "null" : typeof options })]);
  }
  const { language = "vi", system = "state" } = options as Record<string, unknown>;
  const issues: PlanIssue[] = [];
  if (language !== "vi" && language !== "en") issues.push(optionIssue("language", LANGUAGES, language));
  if (system !== "state" && system !== "party" && system !== "letter") issues.push(optionIssue("system", SYSTEMS, system));
  if (issues.length > 0) throw new PlanError(issues);
  return { language, system } as { language: "vi" | "en"; system: DocumentNumberingSystem };
}
