/**
 * What the tests of the reader share: the seed's text, the reference plan, the directory an app would give
 * (the reference plan's own units), and projections of the library's results that leave ids out, so that a
 * draft (ids made from the text) and the reference (ids made by hand) can be compared by what they say.
 */
import { readFileSync, readdirSync } from "node:fs";
import type { Plan, PlanJson, UnitDirectoryEntry } from "../../src/index.js";
import { buildTimeline, expandDeadlines, summarizeBudget } from "../../src/index.js";

export const SEED_PATH = new URL("../../examples/documents/seed/ke-hoach-tuyen-truyen-2017.txt", import.meta.url);

/** The seed's text as it is stored. */
export function seedText(): string {
  return readFileSync(SEED_PATH, "utf8");
}

/** The reference plan (version 1), fresh. */
export function referenceJson(): PlanJson {
  return JSON.parse(readFileSync(new URL("../../examples/vgcl-2017/plan.json", import.meta.url), "utf8")) as PlanJson;
}

/** The reference plan's units as an app's directory: their ids and details, their names as the names to match. */
export function referenceDirectory(): UnitDirectoryEntry[] {
  return (referenceJson().units ?? []).map((u) => ({ ...u }) as UnitDirectoryEntry);
}

/** The corpus texts: file name and text. */
export function corpusTexts(): { name: string; text: string }[] {
  const dir = new URL("../../examples/documents/corpus/", import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((name) => ({ name, text: readFileSync(new URL(name, dir), "utf8") }));
}

/**
 * Maps the ids of one plan onto another's by position: the activities, quotas, channels, phases, budget
 * sections and lines, responsibilities, duties, reporting duties and funding sources in the same places are
 * the same; units by id (the draft read with the reference's directory has the reference's unit ids).
 * Returns undefined for an id that has no counterpart.
 */
export function positionalIds(a: Plan, b: Plan): (id: string) => string | undefined {
  const map = new Map<string, string>();
  const pair = (x: readonly { id: string }[], y: readonly { id: string }[]) => x.forEach((item, i) => y[i] !== undefined && map.set(item.id, y[i]!.id));
  pair(a.channels, b.channels);
  a.channels.forEach((c, i) => {
    const d = b.channels[i];
    if (d === undefined) return;
    pair(c.activities, d.activities);
    pair(c.quotas, d.quotas);
  });
  pair(a.phases, b.phases);
  pair(a.responsibilities, b.responsibilities);
  a.responsibilities.forEach((r, i) => b.responsibilities[i] !== undefined && pair(r.duties, b.responsibilities[i]!.duties));
  pair(a.reporting, b.reporting);
  const sa = a.budget?.sections ?? [];
  const sb = b.budget?.sections ?? [];
  pair(sa, sb);
  sa.forEach((s, i) => sb[i] !== undefined && pair(s.lines, sb[i]!.lines));
  for (const source of a.funding.sources) {
    const other = b.funding.sources.find((s) => s.kind === source.kind);
    if (other !== undefined) map.set(source.id, other.id);
  }
  for (const u of a.units) if (b.units.some((v) => v.id === u.id)) map.set(u.id, u.id);
  return (id) => map.get(id);
}

/** The budget summary without ids: sections by label and title, funders by kind, units and channels mapped. */
export function budgetView(plan: Plan, ids: (id: string) => string | undefined = (id) => id) {
  const s = summarizeBudget(plan);
  const channelNumber = (id: string) => plan.channels.find((c) => c.id === id)?.number;
  return {
    total: s.total.toString(),
    sections: s.sections.map((x) => ({ label: x.label, title: x.title, total: x.total.toString() })),
    // By kind: the order of the sources is the order in which a document names them, not a figure.
    byFunder: s.byFunder.map((x) => ({ kind: x.kind, total: x.total.toString() })).sort((a, b) => (a.kind < b.kind ? -1 : 1)),
    byUnit: s.byUnit.map((x) => ({ unit: x.unitId === null ? null : (ids(x.unitId) ?? `?${x.unitId}`), total: x.total.toString() })),
    byChannel: s.byChannel.map((x) => ({ channel: x.channelId === null ? null : channelNumber(x.channelId), total: x.total.toString() })),
    byMonth: s.byMonth.map((x) => ({ month: x.month, total: x.total.toString() })),
    unscheduled: s.unscheduled.toString(),
  };
}

/** The calendar without ids: the timeline's rows and the deadlines, ids mapped. */
export function calendarView(plan: Plan, ids: (id: string) => string | undefined = (id) => id) {
  const map = (list: readonly string[]) => list.map((id) => ids(id) ?? `?${id}`);
  const rowId = (id: string) => {
    const [kind, own, ...rest] = id.split(":");
    return [kind, ids(own ?? "") ?? `?${own ?? ""}`, ...rest].join(":");
  };
  return {
    timeline: buildTimeline(plan).map((r) => ({
      id: rowId(r.id),
      kind: r.kind,
      label: r.label,
      start: r.start,
      end: r.end,
      milestone: r.milestone,
      leadUnitIds: map(r.leadUnitIds),
      unitIds: map(r.unitIds),
      channelNumber: r.channelNumber,
      dutyId: r.dutyId === undefined ? undefined : ids(r.dutyId),
    })),
    deadlines: expandDeadlines(plan).map((d) => {
      const [duty, unit, ...period] = d.id.split(":");
      return {
        ...d,
        id: [ids(duty ?? "") ?? `?${duty}`, unit === "-" ? "-" : (ids(unit ?? "") ?? `?${unit}`), ...period].join(":"),
        dutyId: ids(d.dutyId),
        unitId: d.unitId === undefined ? undefined : ids(d.unitId),
      };
    }),
  };
}

/** A lint finding without ids: code, severity, path, and its details with ids mapped. */
export function findingView(f: { code: string; severity: string; path: readonly (string | number)[]; details?: Readonly<Record<string, string>> }, ids: (id: string) => string | undefined = (id) => id) {
  const details: Record<string, string> = {};
  for (const [k, v] of Object.entries(f.details ?? {})) {
    details[k] = /Id$/u.test(k) ? (ids(v) ?? `?${v}`) : /Ids$/u.test(k) ? v.split(", ").filter((x) => x !== "").map((x) => ids(x) ?? `?${x}`).join(", ") : v;
  }
  return { code: f.code, severity: f.severity, path: f.path, details };
}
