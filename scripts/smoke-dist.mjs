// Loads the built package the way users do, in ESM and in CommonJS, and checks that errors thrown through
// one entry point are instances of the class exported by another (one shared chunk, not copies).
// scripts/smoke-pack.sh runs it in a separate folder where the packed tarball is installed.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(import.meta.url);
const plan = JSON.parse(readFileSync(process.env.PLAN_JSON ?? new URL("../examples/vgcl-2017/plan.json", import.meta.url), "utf8"));

const esm = await import("cong-doan-ke-hoach");
const esmModel = await import("cong-doan-ke-hoach/model");
const esmBudget = await import("cong-doan-ke-hoach/budget");
const cjs = require("cong-doan-ke-hoach");
const cjsRules = require("cong-doan-ke-hoach/rules");
const esmReport = await import("cong-doan-ke-hoach/report");
const cjsCalendar = require("cong-doan-ke-hoach/calendar");

for (const lib of [esm, cjs]) {
  assert.equal(lib.parsePlan(plan).channels.length, 6);
  assert.equal(lib.formatVnd(lib.vnd("151.500.000")), "151.500.000 đồng");
}
assert.throws(() => esmBudget.vnd(1.5), esm.PlanError);
assert.throws(() => esmModel.parsePlan({}), esm.PlanValidationError);
assert.throws(() => cjs.vnd(1.5), cjsRules.PlanError);
assert.throws(() => esmReport.parseProgressRecords([{ type: "x" }]), esm.PlanValidationError);
assert.equal(cjsCalendar.toVietnamDate("2017-07-02T17:30:00Z"), "2017-07-03");
const esmDocuments = await import("cong-doan-ke-hoach/documents");
const cjsDocuments = require("cong-doan-ke-hoach/documents");
for (const documents of [esmDocuments, cjsDocuments]) {
  assert.match(documents.renderPlanDocument(esm.parsePlan(plan), { format: "text" }), /Số: ……\.\.\/KH-TLĐ/);
}
console.log("dist: ESM and CJS entry points load and agree.");

// Both builds, one library: a bundler or a test runner may load the ESM and the CommonJS copies side by side.
// Values made by one copy must work with the functions of the other, in both directions.
const records = [];
for (const [made, used, direction] of [[cjs, esm, "CJS → ESM"], [esm, cjs, "ESM → CJS"]]) {
  const parsed = made.parsePlan(plan);
  assert.equal(used.summarizeBudget(parsed).total.toString(), "151500000", direction);
  assert.equal(used.lintPlan(parsed).length, made.lintPlan(parsed).length, direction);
  const review = used.phaseReview(parsed, made.parseProgressRecords(records, parsed), { asOf: "2018-04-30" });
  assert.equal(review.budget.estimate.toString(), "151500000", direction);
  assert.equal(used.formatVnd(made.vnd(151_500_000)), "151.500.000 đồng", direction);
  assert.equal(used.vndToWords(made.vnd("151.500.000")), "Một trăm năm mươi mốt triệu năm trăm nghìn đồng", direction);
  assert.equal(used.isVnd(made.vnd(1)), true, direction);
  assert.ok(made.vnd(1) instanceof used.Vnd, direction);
  assert.equal(used.planToJSON(parsed).id, parsed.id, direction);
  let caught;
  try {
    made.vnd(1.5);
  } catch (error) {
    caught = error;
  }
  assert.equal(used.isPlanError(caught), true, direction);
  assert.ok(caught instanceof used.PlanError, direction);
  const invalid = made.safeParsePlan({});
  assert.ok(!invalid.success && invalid.error instanceof used.PlanValidationError, direction);
}
console.log("dist: a plan, amounts and errors made by one build work with the other, both ways.");
