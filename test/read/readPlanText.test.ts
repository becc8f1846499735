/**
 * readPlanText on the reference plan's text (the seed): a whole plan that agrees with the hand transcription
 * on at least 95% of its facts, with the same figures, budget summary, lint findings and calendar; every line
 * of the text accounted for; the same reading whatever the text's Unicode form, line endings and spaces;
 * bounded on hostile input.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { comparePlans, isPlanError, lintPlan, parsePlan, readPlanText, safeParsePlan, vnd, type Plan, type ReadPlanTextResult } from "../../src/index.js";
import { lineStartsOf } from "../../src/read/_lib/source.js";
import { thrownIssues } from "../thrownIssues.js";
import { budgetView, calendarView, findingView, positionalIds, referenceDirectory, referenceJson, seedText } from "./fixtures.js";

const text = seedText();
const reference = parsePlan(referenceJson());
const plain = readPlanText(text);
const withDirectory = readPlanText(text, { units: referenceDirectory() });

function parsed(result: ReadPlanTextResult): Plan {
  const r = safeParsePlan(result.draft);
  if (!r.success) throw new Error(r.error.issues.map((i) => `${i.path.join(".")}: ${i.code}`).join("\n"));
  return r.data;
}

const draftPlan = parsed(plain);
const directoryPlan = parsed(withDirectory);

describe("the seed", () => {
  it("reads to a whole plan", () => {
    expect(safeParsePlan(plain.draft).success).toBe(true);
    expect(draftPlan.header.issuerId).toBe("tld");
  });

  it("agrees with the hand transcription on at least 95% of its facts", () => {
    const c = comparePlans(plain.draft, reference);
    expect(c.total).toBeGreaterThan(400);
    expect(c.score).toBeGreaterThanOrEqual(0.95);
    // With the app's own units (their ids, outlets and electronic editions), more still.
    expect(comparePlans(withDirectory.draft, reference).score).toBeGreaterThanOrEqual(c.score);
  });

  it("gives the declared total, the lines' amounts and the royalty rate exactly", () => {
    const budget = draftPlan.budget!;
    expect(budget.declaredTotal?.toString()).toBe("151500000");
    expect(budget.sections.map((s) => s.declaredTotal?.toString())).toEqual(["111500000", "30000000", undefined]);
    expect(budget.sections.flatMap((s) => s.lines.map((l) => l.amount?.toString()))).toEqual(["30000000", "30000000", "15000000", "36500000", "30000000", undefined, "10000000"]);
    const royalty = budget.sections[0]!.lines[3]!;
    expect(royalty.title).toBe("Chi nhuận bút bài viết");
    expect(royalty.unitPrice?.equals(vnd(100_000))).toBe(true);
    expect(royalty.product?.quantity).toBe(365);
    expect(royalty.product?.unit).toBe("bài");
    expect(royalty.amountText).toBe("(100.000 đ/bài)");
  });

  it("has the reference plan's budget summary", () => {
    const ids = positionalIds(directoryPlan, reference);
    expect(budgetView(directoryPlan, ids)).toEqual(budgetView(reference));
    // Without the directory the units have ids of their own; the figures are the same.
    const { byUnit: _a, ...rest } = budgetView(draftPlan);
    const { byUnit: _b, ...expected } = budgetView(reference);
    expect(rest).toEqual(expected);
  });

  it("has the reference plan's calendar", () => {
    expect(calendarView(directoryPlan, positionalIds(directoryPlan, reference))).toEqual(calendarView(reference));
  });

  it("has the reference plan's lint findings", () => {
    const ids = positionalIds(directoryPlan, reference);
    expect(lintPlan(directoryPlan).map((f) => findingView(f, ids))).toEqual(lintPlan(reference).map((f) => findingView(f)));
  });

  it("without the app's units, differs in its lint findings only where the text is silent (electronic editions)", () => {
    const mine = lintPlan(draftPlan).map((f) => `${f.code} ${f.path.join(".")}`);
    const theirs = lintPlan(reference).map((f) => `${f.code} ${f.path.join(".")}`);
    const differing = [...mine.filter((f) => !theirs.includes(f)), ...theirs.filter((f) => !mine.includes(f))];
    expect(new Set(differing.map((d) => d.split(" ")[0]))).toEqual(new Set(["quota_outlet_without_online_edition"]));
  });

  it("reports what it guessed, at its line", () => {
    const at = (code: string) => plain.findings.filter((f) => f.code === code).map((f) => f.line);
    expect(at("heading_missing")).toEqual([13]);
    expect(at("budget_row_realigned")).toEqual([174]);
    expect(at("window_inferred")).toEqual([34]);
    expect(at("funding_source_assumed")).toEqual([77]);
    expect(plain.findings.every((f) => f.line >= 1 && f.column >= 1 && f.message !== "" && f.messageVi !== "")).toBe(true);
  });

  it("leaves unread only the page number", () => {
    expect(plain.unread.map((u) => [u.line, u.text])).toEqual([[230, "1"]]);
  });

  it("is read the same twice (ids from the text, stable)", () => {
    expect(readPlanText(text)).toEqual(plain);
  });

  it("returns frozen values", () => {
    expect(Object.isFrozen(plain)).toBe(true);
    expect(Object.isFrozen(plain.draft)).toBe(true);
    expect(Object.isFrozen(plain.findings[0])).toBe(true);
  });

  it("freezes every object it returns, to the leaves", () => {
    expect(unfrozen(plain)).toEqual([]);
    expect(unfrozen(withDirectory)).toEqual([]);
  });

  it("changes nothing it is given: a deeply frozen directory reads as a fresh one", () => {
    const directory = referenceDirectory();
    const copy = structuredClone(directory);
    const frozen = deepFreezeAll(structuredClone(directory));
    expect(readPlanText(text, { units: frozen })).toEqual(withDirectory);
    expect(directory).toEqual(copy);
    expect(frozen).toEqual(copy);
  });
});

/** The paths of the objects and arrays under a value that are not frozen. */
function unfrozen(value: unknown, path = "", out: string[] = []): string[] {
  if (value === null || typeof value !== "object") return out;
  if (!Object.isFrozen(value)) out.push(path || "(root)");
  for (const [k, v] of Object.entries(value)) unfrozen(v, `${path}.${k}`, out);
  return out;
}

/** A value frozen to its leaves. */
function deepFreezeAll<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const v of Object.values(value)) deepFreezeAll(v);
    Object.freeze(value);
  }
  return value;
}

/** The lines of a text that hold something (a letter or a digit), by number. */
function wordLines(t: string): number[] {
  const starts = lineStartsOf(t);
  const out: number[] = [];
  starts.forEach((s, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]! : t.length;
    if (/[\p{L}\p{N}]/u.test(t.slice(s, end))) out.push(i + 1);
  });
  return out;
}

/** The lines that the draft (sources), a finding or an unread paragraph covers. */
function accounted(result: ReadPlanTextResult): Set<number> {
  const lines = new Set<number>();
  for (const x of [...result.sources, ...result.findings, ...result.unread]) {
    if (x.length === 0) continue;
    for (let l = x.line; l <= x.endLine; l++) lines.add(l);
  }
  return lines;
}

describe("every line accounted for", () => {
  it("in the seed", () => {
    const covered = accounted(plain);
    expect(wordLines(text).filter((l) => !covered.has(l))).toEqual([]);
  });

  it("in texts made of the seed's lines, shuffled and dropped", () => {
    const lines = text.split("\n");
    fc.assert(
      fc.property(fc.shuffledSubarray(lines.map((l, i) => ({ l, i })), { minLength: 1 }), fc.boolean(), (picked, shuffle) => {
        const chosen = shuffle ? picked : [...picked].sort((a, b) => a.i - b.i);
        const t = chosen.map((x) => x.l).join("\n");
        const result = readPlanText(t);
        const covered = accounted(result);
        return wordLines(t).every((l) => covered.has(l));
      }),
      { numRuns: 60 },
    );
  });
});

describe("part V headings that name work, not a unit", () => {
  it("reads the units' headings and leaves a heading about work, quoted under part V by an article, unread with a finding", () => {
    const text = [
      "KẾ HOẠCH",
      "Chăm lo Tết cho đoàn viên",
      "V. TỔ CHỨC THỰC HIỆN",
      "1. Ban Tuyên giáo",
      "- Chủ trì tuyên truyền.",
      "2. Các hoạt động chăm lo Tết cấp Tổng Liên đoàn",
      "- Tổ chức chương trình Tết Sum vầy.",
      "3. Công đoàn cơ sở",
      "- Tổ chức Bữa cơm tất niên.",
    ].join("\n");
    const r = readPlanText(text);
    const draft = r.draft as { responsibilities?: { title: string }[]; units?: { name: string }[] };
    expect(draft.responsibilities?.map((x) => x.title)).toEqual(["Ban Tuyên giáo", "Công đoàn cơ sở"]);
    expect(draft.units?.map((u) => u.name)).not.toContain("Các hoạt động chăm lo Tết cấp Tổng Liên đoàn");
    expect(r.findings.filter((f) => f.code === "heading_not_a_unit").map((f) => [f.line, f.severity])).toEqual([[6, "info"]]);
    expect(r.findings.some((f) => f.code === "unit_not_recognised")).toBe(false);
    expect(r.unread.map((u) => u.line)).toContain(7);
  });
});

describe("text as it arrives", () => {
  const variants: [string, string][] = [
    ["NFD", text.normalize("NFD")],
    ["CRLF", text.replace(/\n/g, "\r\n")],
    ["CR", text.replace(/\n/g, "\r")],
    ["non-breaking spaces", text.replace(/ /g, "\u00a0")],
    ["a byte-order mark", `\ufeff${text}`],
    // The other line ends of copied text: Word's line break inside a paragraph, NEL, the Unicode separators.
    ["VT line breaks", text.replace(/\n/g, "\v")],
    ["NEL line ends", text.replace(/\n/g, "\u0085")],
    ["LINE SEPARATORs", text.replace(/\n/g, "\u2028")],
    ["PARAGRAPH SEPARATORs", text.replace(/\n/g, "\u2029")],
    // pdftotext's page break, at the start of a page's first line: it marks the page and starts no line.
    ["page breaks (FF) as pdftotext writes them", text.split("\n").map((l, i) => (i % 25 === 24 ? `\f${l}` : l)).join("\n")],
  ];
  for (const [name, variant] of variants) {
    it(`reads ${name} the same`, () => {
      const r = readPlanText(variant);
      expect(r.draft).toEqual(plain.draft);
      expect(r.findings.map((f) => [f.code, f.line])).toEqual(plain.findings.map((f) => [f.code, f.line]));
      expect(r.unread.map((u) => u.line)).toEqual(plain.unread.map((u) => u.line));
    });
  }

  it("counts every line end, and a page break after a line end as none: a finding's line is the same", () => {
    const lineOf = (t: string, offset: number) => t.slice(0, offset).split(/\r\n|[\n\r\v\u0085\u2028\u2029]|(?<![\n\r])\f/u).length;
    const paged = text.split("\n").map((l, i) => (i % 25 === 24 ? `\f${l}` : l)).join("\n");
    const mixed = text.split("\n").map((l, i) => `${l}${["\n", "\r\n", "\v", "\u2028"][i % 4]}`).join("");
    for (const variant of [paged, mixed]) {
      const r = readPlanText(variant);
      expect(r.findings.length).toBe(plain.findings.length);
      for (const f of r.findings) expect(f.line).toBe(lineOf(variant, f.offset));
    }
  });

  it("locates in the original text, whatever the normalisation", () => {
    const nfd = text.normalize("NFD");
    const r = readPlanText(nfd);
    const realigned = r.findings.find((f) => f.code === "budget_row_realigned")!;
    expect(nfd.slice(realigned.offset, realigned.offset + realigned.length).normalize("NFC")).toContain("Chi nhuận bút bài viết");
    for (const s of r.sources) expect(s.offset + s.length).toBeLessThanOrEqual(nfd.length);
  });

  it("reads straight quotes as well as curly ones", () => {
    const r = readPlanText(text.replace(/[“”]/g, '"'));
    expect(safeParsePlan(r.draft).success).toBe(true);
    expect(comparePlans(r.draft, reference).score).toBeGreaterThanOrEqual(0.95);
  });

  it("reads bullets written as • and numbering with tabs", () => {
    const r = readPlanText(text.replace(/^- /gm, "• ").replace(/^(\d\.) /gm, "$1\t"));
    expect(comparePlans(r.draft, plain.draft).score).toBeGreaterThanOrEqual(0.95);
  });

  it("reads bullets by the order the document nests them, whatever their signs: '+' above '•' as '-' above '+'", () => {
    // The seed writes "-" and, below it, "+"; a document that writes "+" and, below it, "•" is the same outline.
    const swapped = text.replace(/^(\s*)([-+]) /gmu, (_, space: string, sign: string) => `${space}${sign === "-" ? "+" : "•"} `);
    expect(swapped).not.toBe(text);
    const r = readPlanText(swapped);
    const compared = comparePlans(r.draft, plain.draft);
    expect([compared.missing.length, compared.different.length, compared.extra.length]).toEqual([0, 0, 0]);
  });
});

describe("bad and hostile input", () => {
  it("throws a PlanError for a non-string or an over-long text", () => {
    for (const bad of [undefined, null, 1, {}, ["KẾ HOẠCH"]]) {
      try {
        readPlanText(bad as unknown as string);
        expect.unreachable();
      } catch (error) {
        expect(isPlanError(error)).toBe(true);
        expect((error as { issues: { code: string; path: unknown[] }[] }).issues[0]).toMatchObject({ code: "invalid_type", path: [] });
      }
    }
    try {
      readPlanText("a".repeat(10 * 1024 * 1024 + 1));
      expect.unreachable();
    } catch (error) {
      expect((error as { issues: { code: string }[] }).issues[0]?.code).toBe("too_big");
    }
  });

  it("throws a PlanError for bad options", () => {
    expect(() => readPlanText("x", { referenceDate: "2017-02-30" })).toThrow();
    expect(() => readPlanText("x", { units: {} as never })).toThrow();
    expect(() => readPlanText("x", 3 as never)).toThrow();
  });

  it("reports each bad option at its path, with its code, and never a TypeError", () => {
    const text = "KẾ HOẠCH\nI. TỔ CHỨC THỰC HIỆN\n1. Ban Tuyên giáo chủ trì.";
    expect(thrownIssues(() => readPlanText(text, { referenceDate: "2017-02-30" }))).toEqual([{ path: ["options", "referenceDate"], code: "invalid_date" }]);
    expect(thrownIssues(() => readPlanText(text, { referenceDate: 20170230 as never }))).toEqual([{ path: ["options", "referenceDate"], code: "invalid_type" }]);
    expect(thrownIssues(() => readPlanText(text, { units: [{ id: "a", name: "Ban A", aliases: [1, "Ban TG"] as never }] }))).toEqual([{ path: ["options", "units", 0, "aliases", 0], code: "invalid_type" }]);
    expect(thrownIssues(() => readPlanText(text, { units: [{ id: "a", name: "Ban A", aliases: "Ban TG" as never }] }))).toEqual([{ path: ["options", "units", 0, "aliases"], code: "invalid_type" }]);
    expect(thrownIssues(() => readPlanText(text, { units: [{ id: "a", name: "Ban A", shortName: 5 as never }] }))).toEqual([{ path: ["options", "units", 0, "shortName"], code: "invalid_type" }]);
    expect(thrownIssues(() => readPlanText(text, { units: [{ id: "a", name: "Ban A", kind: "martian" as never }] }))).toEqual([{ path: ["options", "units", 0, "kind"], code: "invalid_value" }]);
    // Every problem at once, each where it is.
    expect(thrownIssues(() => readPlanText(text, { referenceDate: "hôm nay" as never, units: [null as never, { id: 1, name: "Ban A" } as never, { id: "b" } as never] }))).toEqual([
      { path: ["options", "referenceDate"], code: "invalid_date" },
      { path: ["options", "units", 0], code: "invalid_type" },
      { path: ["options", "units", 1, "id"], code: "invalid_type" },
      { path: ["options", "units", 2, "name"], code: "missing" },
    ]);
  });

  it("says what a bad option should be in Vietnamese throughout", () => {
    for (const options of [{ referenceDate: 5 }, { referenceDate: "2017-02-30" }, { units: [{ id: "a", name: "Ban A", kind: "martian" }] }, { units: [{ id: "a", name: "Ban A", aliases: [1] }] }]) {
      try {
        readPlanText("x", options as never);
        expect.unreachable();
      } catch (error) {
        expect(isPlanError(error)).toBe(true);
        for (const issue of (error as { issues: { message: string; messageVi: string }[] }).issues) {
          expect(issue.messageVi).not.toMatch(/\b(?:ISO|date|expected|received|unit|kind|string|array|object)\b/u);
          expect(issue.message).not.toContain("[object");
        }
      }
    }
  });

  it("reads 10 MB of random bytes as one finding, quickly", () => {
    const bytes = new Uint8Array(10 * 1024 * 1024);
    let seed = 1;
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      bytes[i] = seed >>> 24;
    }
    const binary = Buffer.from(bytes).toString("latin1");
    const started = performance.now();
    const r = readPlanText(binary);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(r.findings.map((f) => f.code)).toEqual(["input_unreadable"]);
  });

  it("reads a million lines in bounded time", () => {
    const lines = Array.from({ length: 1_000_000 }, (_, i) => (i % 3 === 0 ? "- a" : i % 3 === 1 ? "1. b" : ""));
    const started = performance.now();
    const r = readPlanText(lines.join("\n"));
    expect(performance.now() - started).toBeLessThan(30_000);
    // Without a title ("KẾ HOẠCH …") nor a part "I.", no paragraph is the plan's own: each one is unread.
    expect(r.draft.header).toEqual({});
    expect(r.unread.length).toBe(666_667);
  }, 60_000);

  it("reads the names of Object.prototype's members as words, wherever a name or a title stands", () => {
    const names = Object.getOwnPropertyNames(Object.prototype);
    for (const word of [...names, ...names.map((n) => n.toUpperCase())]) {
      const text = ["KẾ HOẠCH", `Tuyên truyền ${word}`, "V. TỔ CHỨC THỰC HIỆN", `1. Ban ${word}, ${word}`, "- Chủ trì.", `TM. ${word}`, "CHỦ TỊCH", word].join("\n");
      const r = readPlanText(text);
      expect(Array.isArray(r.findings), word).toBe(true);
      expect(comparePlans(r.draft, r.draft).score, word).toBe(1);
    }
  });

  it("never throws on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: "grapheme" }), (s) => {
        const r = readPlanText(s);
        return Array.isArray(r.findings) && Array.isArray(r.unread);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on fragments of the seed with noise", () => {
    const lines = text.split("\n");
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...lines), fc.string({ maxLength: 40 })), { maxLength: 60 }), (parts) => {
        const r = readPlanText(parts.join("\n"));
        return typeof r.draft === "object";
      }),
      { numRuns: 150 },
    );
  });
});
