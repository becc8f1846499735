import { INVALID_FORMAT, INVALID_TYPE } from "../../errors/codes.js";
import { newIssue } from "../../errors/issue.js";
import { PlanError } from "../../errors/PlanError.js";
import { integerIssue, kindOf } from "./_lib/issues.js";
import { BRANCHES, cycleOf, STEMS } from "./_lib/names.js";
import { own } from "../../_lib/own.js";

/** Other spellings, mapped to the ones of {@link STEMS} and {@link BRANCHES} (lower case). */
const ALIASES: Readonly<Record<string, string>> = { kỉ: "kỷ", quí: "quý", tí: "tý", tị: "tỵ", mẹo: "mão", ki: "ky", qui: "quy", ti: "ty", meo: "mao" };

/** A word without its diacritics: "bính" → "binh", "đinh" → "dinh". */
const fold = (word: string): string => word.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d");

/**
 * The index of a lower-case word among names, -1 when it is none of them. A word written without
 * diacritics matches a name by its letters; `parity` then chooses between Tý and Tỵ (both "ty").
 */
function indexIn(names: readonly string[], word: string, parity: number): number {
  const w = own(ALIASES, word) ?? word;
  const plain = fold(w) === w;
  return names.findIndex((name, i) => {
    const lower = name.toLowerCase();
    return plain ? fold(lower) === w && (parity < 0 || i % 2 === parity) : lower === w;
  });
}

/**
 * The lunar year nearest to a reference year that has a given can chi name: how a plan's "Tết Bính Ngọ"
 * becomes 2026. The name repeats every 60 years, so the year is the one from 29 years before `near` to
 * 30 years after it.
 *
 * @param name - a can chi name such as `"Bính Ngọ"`: a stem and a branch, in any case, with the spellings
 *   Tý/Tí, Tỵ/Tị, Mão/Mẹo, Kỷ/Kỉ and Quý/Quí, or without diacritics (`"binh ngo"`).
 * @param near - the reference year, an integer: the year of the plan, say.
 * @returns the year.
 * @throws {@link PlanError} `invalid_type` for a name that is not a string (path `[]`) or a `near` that is not
 *   an integer (path `["near"]`); `invalid_format` (path `[]`) for a text that is not one of the 60 names.
 * @example
 * ```ts
 * import { lunarYearFromName } from "cong-doan-ke-hoach";
 *
 * lunarYearFromName("Bính Ngọ", 2025); //=> 2026
 * lunarYearFromName("ất tị", 2026); //=> 2025
 * lunarYearFromName("Dinh Dau", 2017); //=> 2017
 * ```
 * @category Calendar
 */
export function lunarYearFromName(name: string, near: number): number {
  if (typeof name !== "string") throw new PlanError([newIssue(INVALID_TYPE, [], { expected: "string", received: kindOf(name) })]);
  const nearIssue = integerIssue(near, ["near"]);
  if (nearIssue !== undefined) throw new PlanError([nearIssue]);
  const words = name.length > 40 ? [] : name.normalize("NFC").trim().toLowerCase().split(/[\s-]+/);
  const stem = words.length === 2 ? indexIn(STEMS, words[0] ?? "", -1) : -1;
  const branch = stem < 0 ? -1 : indexIn(BRANCHES, words[1] ?? "", stem % 2);
  if (branch < 0 || branch % 2 !== stem % 2) {
    const shown = JSON.stringify(name.length > 40 ? `${name.slice(0, 37)}...` : name);
    throw new PlanError([
      newIssue(INVALID_FORMAT, [], {
        expected: "can chi year name",
        expectedVi: "tên năm can chi",
        detail: `${shown} is not one of the 60 names from "Giáp Tý" to "Quý Hợi"`,
        detailVi: `${shown} không phải là một trong 60 tên từ "Giáp Tý" đến "Quý Hợi"`,
      }),
    ]);
  }
  const cycle = (((6 * stem - 5 * branch) % 60) + 60) % 60;
  const from = near - 29;
  return from + ((cycle - cycleOf(from) + 60) % 60);
}
