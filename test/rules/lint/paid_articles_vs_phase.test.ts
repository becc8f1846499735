import { describe, expect, it } from "vitest";
import { lintPlan } from "../../../src/rules/lintPlan.js";
import { reference, clean, run, pathsOf, articles, LINE, cleanWithoutPhases } from "./_lib/fixtures.js";

describe("paid_articles_vs_phase on the reference plan (examples/vgcl-2017/plan.json)", () => {
  const findings = lintPlan(reference);

  it("pays royalties for 365 articles, one a day, against a 335-day phase", () => {
    const [finding] = findings.filter((f) => f.code === "paid_articles_vs_phase");
    expect(finding?.severity).toBe("warning");
    expect(finding?.details).toMatchObject({ quantity: "365", phaseDays: "335", capacity: "335", difference: "30", rate: "1", per: "day", excessAmount: "3000000" });
    expect(finding?.messageVi).toContain("365 bài");
    expect(finding?.messageVi).toContain("3.000.000 đồng");
  });
});

describe("paid_articles_vs_phase: triggered by a small change and not triggered without it", () => {
  it("paid_articles_vs_phase: one a day by default, over the activity's window", () => {
    const over = run(clean((j) => articles(j, 336)), "paid_articles_vs_phase");
    expect(pathsOf(over)).toEqual([[...LINE, "product", "quantity"]]);
    expect(over[0]?.details).toMatchObject({ quantity: "336", phaseDays: "335", capacity: "335", difference: "1", per: "day", excessAmount: "100000" });
    expect(run(clean((j) => articles(j, 335)), "paid_articles_vs_phase")).toEqual([]);
  });

  it("paid_articles_vs_phase: the rate the line states, and the line's own window", () => {
    // Phase 1 touches 49 ISO weeks: at 02 bài/tuần it carries 98 articles.
    const weekly = (n: number) =>
      clean((j) => {
        articles(j, n);
        j.budget.sections[0].lines[0].product.description = `${n} bài (02 bài/tuần)`;
      });
    const over = run(weekly(100), "paid_articles_vs_phase");
    expect(over[0]?.details).toMatchObject({ quantity: "100", capacity: "98", rate: "2", per: "week", difference: "2" });
    expect(over[0]?.messageVi).toContain("02 bài/tuần");
    expect(run(weekly(98), "paid_articles_vs_phase")).toEqual([]);
    // A rate per paper ("03 bài/tháng/báo") bounds each paper, not the line: 42 articles is no excess.
    const perPaper = clean((j) => {
      articles(j, 42);
      j.budget.sections[0].lines[0].product.description = "42 bài (03 bài/tháng/báo)";
      j.budget.sections[0].lines[0].window = { start: "2017-07-01", end: "2017-09-30" };
    });
    expect(run(perPaper, "paid_articles_vs_phase")).toEqual([]);
    const perMonth = clean((j) => {
      articles(j, 42);
      j.budget.sections[0].lines[0].product.description = "42 bài (03 bài/tháng)";
      j.budget.sections[0].lines[0].window = { start: "2017-07-01", end: "2017-09-30" };
    });
    expect(run(perMonth, "paid_articles_vs_phase")[0]?.details).toMatchObject({ capacity: "9", difference: "33" });
    const july = (n: number) =>
      clean((j) => {
        articles(j, n);
        j.budget.sections[0].lines[0].window = { start: "2017-07-01", end: "2017-07-31" };
      });
    expect(run(july(32), "paid_articles_vs_phase")[0]?.details).toMatchObject({ phaseDays: "31", capacity: "31", start: "2017-07-01", end: "2017-07-31" });
    expect(run(july(31), "paid_articles_vs_phase")).toEqual([]);
    // Not a line paying per article: another unit of measure, or no unit price.
    const clips = clean((j) => {
      articles(j, 400);
      j.budget.sections[0].lines[0].product.unit = "clip";
    });
    expect(run(clips, "paid_articles_vs_phase")).toEqual([]);
  });
});

describe("paid_articles_vs_phase in a plan without phases (version 2): the plan's own window", () => {
  const undated = (n: number, window?: { start: string; end?: string }) =>
    cleanWithoutPhases((j) => {
      articles(j, n);
      delete j.channels[0].activities[0].window;
    }, window);

  it("takes the plan's own window for a line and an activity that give no time", () => {
    const over = run(undated(336), "paid_articles_vs_phase");
    expect(pathsOf(over)).toEqual([[...LINE, "product", "quantity"]]);
    expect(over[0]?.details).toMatchObject({ quantity: "336", phaseDays: "335", capacity: "335", start: "2017-07-01", end: "2018-05-31" });
    expect(run(undated(335), "paid_articles_vs_phase")).toEqual([]);
  });

  it("checks nothing when the plan's window is open or absent: no time bounds the articles", () => {
    expect(run(undated(100_000, { start: "2017-07-01" }), "paid_articles_vs_phase")).toEqual([]);
    const none = cleanWithoutPhases((j) => {
      articles(j, 100_000);
      delete j.channels[0].activities[0].window;
      delete j.window;
    });
    expect(run(none, "paid_articles_vs_phase")).toEqual([]);
  });
});

describe("paid_articles_vs_phase over a very long time", () => {
  it("counts the weeks, months or quarters of any window without listing them: a finding or none, never an exception", () => {
    const forever = (n: number, description: string) =>
      clean((j) => {
        articles(j, n);
        j.budget.sections[0].lines[0].product.description = description;
        j.budget.sections[0].lines[0].window = { start: "0001-01-01", end: "9999-12-31" };
      });
    // 0001-01-01 (a Monday) to 9999-12-31 (a Friday) touches 521,723 ISO weeks, 119,988 months, 39,996 quarters.
    expect(run(forever(1_043_447, "1043447 bài (02 bài/tuần)"), "paid_articles_vs_phase")[0]?.details).toMatchObject({ capacity: "1043446", difference: "1" });
    expect(run(forever(1_043_446, "1043446 bài (02 bài/tuần)"), "paid_articles_vs_phase")).toEqual([]);
    expect(run(forever(119_989, "119989 bài (01 bài/tháng)"), "paid_articles_vs_phase")[0]?.details).toMatchObject({ capacity: "119988" });
    expect(run(forever(39_997, "39997 bài (01 bài/quý)"), "paid_articles_vs_phase")[0]?.details).toMatchObject({ capacity: "39996" });
  });
});
