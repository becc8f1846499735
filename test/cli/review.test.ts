/**
 * `cong-doan-ke-hoach review` (src/cli/review.ts): the phase-1 review of the reference plan from its
 * generated records, as the document of renderPhaseReviewDocument, as Word and as data, and its errors.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { phaseReview, renderPhaseReviewDocument, renderPhaseReviewJson } from "../../src/index.js";
import { docxText, GRASSROOTS_UNIONS, MAGAZINE_ISSUES, referencePlan, referenceRecords, ROOT, run, runInProcess, tempDir, writeReferenceFiles } from "./_bin.js";

const dir = tempDir();
writeReferenceFiles(dir);
// A plan without phases or a window of its own (the Sơn La plan, cut after its start): nothing to review.
writeFileSync(join(dir, "unphased.json"), readFileSync(join(ROOT, "examples/son-la-2019/plan.json")));
writeFileSync(join(dir, "no-records.json"), "[]");

const REVIEW = ["review", "plan.json", "records.json", "--as-of", "2018-04-30", "--issues", "issues.json", "--coverage-units", "units.json"];

describe("review <plan.json> <records.json>", () => {
  it("--as txt|html and json: the review of phaseReview (the first phase by default, or --phase)", async () => {
    const plan = referencePlan();
    const review = phaseReview(plan, referenceRecords(), { asOf: "2018-04-30", issues: MAGAZINE_ISSUES, coverageUnits: GRASSROOTS_UNIONS });
    const [txt, html, json, phase] = await Promise.all([
      run([...REVIEW, "--as", "txt", "--place", "Hà Nội", "--date", "2018-04-30"], dir),
      run([...REVIEW, "-o", "so-ket.html"], dir),
      run([...REVIEW, "--as", "json"], dir),
      run([...REVIEW, "--as", "json", "--phase", "phase-1"], dir),
    ]);
    for (const r of [txt, html, json, phase]) {
      expect(r.code).toBe(0);
      expect(r.stderr).toBe("");
    }
    expect(txt.stdout).toBe(renderPhaseReviewDocument(plan, review, { format: "text", place: "Hà Nội", date: "2018-04-30" }));
    expect(txt.stdout).toContain("Hà Nội, ngày 30 tháng 4 năm 2018");
    expect(readFileSync(join(dir, "so-ket.html"), "utf8")).toBe(renderPhaseReviewDocument(plan, review, { format: "html" }));
    expect(json.stdout).toBe(renderPhaseReviewJson(review));
    expect(phase.stdout).toBe(json.stdout);
  });

  it("-o so-ket.docx: the review as a Word file", async () => {
    const { code } = await run([...REVIEW, "-o", "so-ket.docx", "--number", "88"], dir);
    expect(code).toBe(0);
    const text = await docxText(join(dir, "so-ket.docx"));
    for (const line of ["TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "Số: 88/BC-TLĐ", "BÁO CÁO", "Sơ kết giai đoạn 1"]) expect(text).toContain(line);
  });
});

describe("review: errors", () => {
  it("a phase the plan does not have, a bad --as-of, docx without -o, a missing records file: exit 2", async () => {
    const [phase, missing] = await Promise.all([run([...REVIEW, "--phase", "phase-9"], dir), run(["review", "plan.json"], dir)]);
    // The others in process, with absolute paths (the same code, without a process each).
    const absolute = (args: string[]) => args.map((arg) => (/\.json$/.test(arg) ? join(dir, arg) : arg));
    const inProcess = await runInProcess(absolute([...REVIEW, "--phase", "phase-9", "--lang", "en"]));
    const phaseEn = { ...inProcess, stderr: inProcess.stderr.replaceAll(`${dir}/`, "") };
    const asOf = await runInProcess(absolute(["review", "plan.json", "records.json", "--as-of", "2018-04-31"]));
    const docx = await runInProcess(absolute([...REVIEW, "--as", "docx"]));
    for (const r of [phase, phaseEn, asOf, docx, missing]) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
    }
    expect(phase.stderr).toBe('--phase "phase-9": kế hoạch plan.json không có giai đoạn mang mã này (các giai đoạn: phase-1)\n');
    expect(phaseEn.stderr).toBe('--phase "phase-9": the plan plan.json has no phase of this id (its phases: phase-1)\n');
    expect(asOf.stderr).toContain('--as-of "2018-04-31" không phải là ngày hợp lệ');
    expect(docx.stderr).toContain("cần ghi ra tệp bằng -o");
    expect(missing.stderr).toContain("thiếu tệp bản ghi tiến độ (records.json)");
  });

  it("a plan with neither phases nor a window: the file named, the library's issue at its path in the file, exit 1", async () => {
    const [vi, en] = await Promise.all([
      run(["review", "unphased.json", "no-records.json", "--as-of", "2019-04-30"], dir),
      run(["review", "unphased.json", "no-records.json", "--as-of", "2019-04-30", "--lang", "en"], dir),
    ]);
    expect([vi.code, en.code]).toEqual([1, 1]);
    expect(vi.stdout).toBe("");
    expect(vi.stderr).toBe("unphased.json: số liệu của tệp này không cho phép thực hiện (1 lỗi)\n  lỗi  window  missing: thiếu trường bắt buộc (giai đoạn hoặc thời gian thực hiện của kế hoạch)\n");
    expect(en.stderr.split("\n")[0]).toBe("unphased.json: the data of this file do not allow this (1 problem)");
    expect(en.stderr).toContain("  error  window  missing: ");
  });
});
