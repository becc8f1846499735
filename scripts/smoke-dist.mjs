// Loads the built package the way users do, in ESM and in CommonJS, and checks that errors thrown through
// one entry point are instances of the class exported by another (one shared chunk, not copies).
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(import.meta.url);
const plan = JSON.parse(readFileSync(new URL("../examples/vgcl-2017/plan.json", import.meta.url), "utf8"));

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
console.log("dist: ESM and CJS entry points load and agree.");
