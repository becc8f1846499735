/**
 * Evaluates a generated month of publications (August 2017) against the reference plan's quotas: the
 * dailies, weeklies and bulletins at 2 articles a week, the portal and websites at 2 a week, the magazine
 * at 3 an issue, VTV, TTXVN and VOV at one programme a month. The publications are made by a seeded
 * generator (this file, not the library), so the output is the same on every run; it asserts its own
 * results.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { evaluateQuota, parsePlan, quotaLabel, quotaOutlets, requiredCount, type PublicationEvent } from "../../src/index.js";

const plan = parsePlan(JSON.parse(readFileSync(new URL("./plan.json", import.meta.url), "utf8")));
const month = { start: "2017-08-01", end: "2017-08-31" };
const issues = [{ id: "so-2017-08", start: "2017-08-10" }, { id: "so-2017-09", start: "2017-09-10" }];

/** A seeded generator: a linear congruential sequence, so every run publishes the same articles. */
function* publications(seed: number): Generator<PublicationEvent> {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) >>> 16; // the high bits are the random ones
  for (const unit of plan.units) {
    if (!unit.outlet) continue;
    const isBroadcaster = unit.kind === "broadcaster";
    const perWeek = isBroadcaster ? 0 : 1 + (next() % 3); // 1 to 3 articles a week, on average
    for (let day = 1; day <= 31; day++) {
      const date = `2017-08-${String(day).padStart(2, "0")}`;
      if (isBroadcaster ? day === 15 && next() % 3 !== 0 : next() % 7 < perWeek) {
        yield {
          id: `${unit.id}-${date}-${next() % 1000}`,
          outletId: unit.id,
          at: `${date}T${String(6 + (next() % 14)).padStart(2, "0")}:00:00+07:00`,
          kind: isBroadcaster ? "programme" : "article",
          online: next() % 5 !== 0,
        };
      }
    }
  }
}

const lines: string[] = [`Kết quả tháng 8/2017 (dữ liệu mô phỏng)`, ""];
for (const quota of plan.channels.flatMap((c) => c.quotas)) {
  const outlets = quotaOutlets(plan, quota);
  const options = { window: month, outlets, ...(quota.per === "issue" ? { issues } : {}) };
  const result = evaluateQuota(quota, publications(2017), options);
  lines.push(quotaLabel(quota, { plan }));
  for (const outlet of result.outlets) {
    const unit = plan.units.find((u) => u.id === outlet.outletId);
    const name = unit?.shortName ?? unit?.name ?? outlet.outletId;
    const online = outlet.missingOnlineCount > 0 ? `, ${outlet.missingOnlineCount} bài thiếu bản điện tử` : "";
    // A whole percentage, rounded half up from the exact counts.
    const percent = outlet.requiredToDate === 0 ? 100 : Math.floor((200 * outlet.metToDate + outlet.requiredToDate) / (2 * outlet.requiredToDate));
    lines.push(`  ${outlet.met ? "✓" : "✗"} ${name}: yêu cầu ${outlet.requiredToDate}, đạt ${outlet.metToDate}, thiếu ${outlet.shortfall} (tỷ lệ đạt ${percent}%); đã đăng ${outlet.counted}${online}`);
    assert.equal(outlet.required, requiredCount(quota, month, quota.per === "issue" ? { issues } : {}));
    assert.equal(outlet.shortfall, outlet.periods.reduce((s, p) => s + p.shortfall, 0));
    assert.equal(outlet.requiredToDate - outlet.metToDate, outlet.shortfall, "owed − met = missing");
  }
  assert.equal(result.outlets.length, outlets.length, "every outlet of the quota appears, even with nothing published");
  lines.push("");
}
console.log(lines.join("\n"));
