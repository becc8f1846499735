import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { documentTypeName, parseDocumentReference } from "../../src/index.js";
import { thrownIssues } from "../thrownIssues.js";
import { JOINT_TYPE_CODES, SINGLE_TYPE_CODES, codeArb } from "../referenceArbitraries.js";

describe("documentTypeName", () => {
  it.each([
    ["NQ", "Nghị quyết", "Resolution"],
    ["HD", "Hướng dẫn", "Guidance"],
    ["KH", "Kế hoạch", "Plan"],
    ["QĐ", "Quyết định", "Decision"],
    ["CT", "Chỉ thị", "Directive"],
    ["TB", "Thông báo", "Notice"],
    ["KL", "Kết luận", "Conclusion"],
    ["NĐ", "Nghị định", "Decree"],
    ["TT", "Thông tư", "Circular"],
    ["KHLT", "Kế hoạch liên tịch", "Joint plan"],
    ["TTLT", "Thông tư liên tịch", "Joint circular"],
    ["NQLT", "Nghị quyết liên tịch", "Joint resolution"],
    ["QyĐ", "Quy định", "Regulation"],
    ["QĐi", "Quy định", "Regulation"],
    ["QC", "Quy chế", "Rules"],
    ["CTr", "Chương trình", "Programme"],
    ["TTr", "Tờ trình", "Submission"],
    ["BC", "Báo cáo", "Report"],
    ["ĐA", "Đề án", "Proposal"],
    ["CV", "Công văn", "Official letter"],
    ["L", "Luật", "Law"],
    ["PL", "Pháp lệnh", "Ordinance"],
  ])("names %s %s (%s)", (code, vi, en) => {
    expect(documentTypeName(code)).toBe(vi);
    expect(documentTypeName(code, { language: "vi" })).toBe(vi);
    expect(documentTypeName(code, { language: "en" })).toBe(en);
  });

  it("names TT a Thông tri in the Party's system, and nothing else differently", () => {
    expect(documentTypeName("TT", { system: "party" })).toBe("Thông tri");
    expect(documentTypeName("TT", { system: "letter" })).toBe("Thông tư");
    for (const code of [...SINGLE_TYPE_CODES, ...JOINT_TYPE_CODES].filter((c) => c !== "TT")) {
      expect(documentTypeName(code, { system: "party" })).toBe(documentTypeName(code));
      expect(documentTypeName(code, { system: "party", language: "en" })).toBe(documentTypeName(code, { language: "en" }));
    }
  });

  it("has a Vietnamese and an English name for every documented code, the joint ones liên tịch or phối hợp", () => {
    for (const code of [...SINGLE_TYPE_CODES, ...JOINT_TYPE_CODES]) {
      const vi = documentTypeName(code);
      const en = documentTypeName(code, { language: "en" });
      expect(vi, code).toMatch(/^\p{Lu}/u);
      expect(en, code).toMatch(/^[A-Z]/);
      expect(vi).toBe(vi?.normalize("NFC"));
    }
    for (const code of JOINT_TYPE_CODES) expect(documentTypeName(code)).toMatch(/ (liên tịch|phối hợp)$/);
  });

  it("names the type of a parsed reference", () => {
    const type = parseDocumentReference("29-NQ/TW").type;
    expect(type === undefined ? undefined : documentTypeName(type)).toBe("Nghị quyết");
  });

  it("reads NFD codes and matches case exactly", () => {
    expect(documentTypeName("QĐ".normalize("NFD"))).toBe("Quyết định");
    expect(documentTypeName("ĐA".normalize("NFD"))).toBe("Đề án");
    expect(documentTypeName("qđ")).toBeUndefined();
    expect(documentTypeName("Nq")).toBeUndefined();
    expect(documentTypeName("QYĐ")).toBeUndefined();
  });

  it.each([["XYZ"], [""], [" NQ"], ["NQ "], ["toString"], ["__proto__"], ["constructor"], ["hasOwnProperty"], ["N".repeat(1_000_000)]])(
    "has no name for %j",
    (code) => {
      expect(documentTypeName(code)).toBeUndefined();
    },
  );

  it.each([[null], [undefined], [42], [{}], [["NQ"]], [Symbol("NQ")]])("has no name for the non-string %o", (code) => {
    expect(documentTypeName(code as unknown as string)).toBeUndefined();
  });

  it("names only the table's codes among random codes", () => {
    const known = new Set([...SINGLE_TYPE_CODES, ...JOINT_TYPE_CODES]);
    fc.assert(
      fc.property(codeArb, (code) => {
        expect(documentTypeName(code) !== undefined).toBe(known.has(code));
      }),
    );
  });

  it("rejects bad options with a PlanError at the option's path", () => {
    expect(thrownIssues(() => documentTypeName("NQ", null as never))).toEqual([{ path: ["options"], code: "invalid_type" }]);
    expect(thrownIssues(() => documentTypeName("NQ", "en" as never))).toEqual([{ path: ["options"], code: "invalid_type" }]);
    expect(thrownIssues(() => documentTypeName("NQ", { language: "fr" as never }))).toEqual([{ path: ["options", "language"], code: "invalid_value" }]);
    expect(thrownIssues(() => documentTypeName("NQ", { system: "federal" as never, language: null as never }))).toEqual([
      { path: ["options", "language"], code: "invalid_value" },
      { path: ["options", "system"], code: "invalid_value" },
    ]);
    // Options are checked even when the code has no name.
    expect(thrownIssues(() => documentTypeName("XYZ", { language: "fr" as never }))).toEqual([{ path: ["options", "language"], code: "invalid_value" }]);
    expect(documentTypeName("NQ", {})).toBe("Nghị quyết");
    expect(documentTypeName("NQ", { language: undefined } as never)).toBe("Nghị quyết");
  });
});
