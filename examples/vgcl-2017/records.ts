/**
 * A seeded generator of realistic progress records for the reference plan (the 2017 VGCL plan): what the
 * union press published, the media products delivered, the posters put up at grassroots unions, the
 * partner fairs, the fanpage training and the money spent against the central budget lines, from the
 * phase start up to a date. The generator belongs to the examples, not to the library: it feeds demos,
 * tests and benchmarks with data that looks like a real phase 1 (most outlets meeting their quota, some
 * weaker than others, a late 2D video, about 92% of grassroots unions reached, one small overspend).
 *
 * Deterministic: a seeded linear congruential sequence (no `Math.random`, no clock), one stream per
 * outlet or part, so the same seed always gives the same records, and the records up to an earlier date
 * are exactly the first ones of a later date.
 *
 * @example
 * ```ts
 * import { generateRecords } from "./records.js";
 *
 * const records = generateRecords(plan, { seed: 2017, asOf: "2018-04-30" });
 * parseProgressRecords(records, plan); // passes
 * ```
 */
import { isIsoDate, quotaOutlets, type Activity, type BudgetLine, type IsoDate, type Issue, type Plan, type ProgressRecordJson, type Quota, type Unit, type Window } from "../../src/index.js";

// ---------------------------------------------------------------------------------------------------
// Fixed data: the magazine's issue schedule, the provinces and their grassroots unions.

/** The issue schedule of the union magazine (Tạp chí Lao động và Công đoàn): out on the 10th, July 2017 to May 2018. */
export const MAGAZINE_ISSUES: readonly Issue[] = Object.freeze(
  Array.from({ length: 11 }, (_, i): Issue => {
    /** The i-th month from July 2017, "YYYY-MM". */
    const month = (n: number) => `${2017 + Math.floor((6 + n) / 12)}-${String(((6 + n) % 12) + 1).padStart(2, "0")}`;
    return Object.freeze({ id: `tc-${month(i)}`, start: `${month(i)}-10`, end: `${month(i + 1)}-09` });
  }),
);

/** A province or centrally run city whose federation (LĐLĐ) reports postings. */
export interface Province {
  readonly id: string;
  readonly name: string;
}

/**
 * The grassroots unions per province, and the share of them the federation reaches (before the seed's
 * jitter); `federation` is the name of the province's labour federation (LĐLĐ tỉnh / thành phố).
 */
const PROVINCE_PROFILE = [
  { id: "ha-noi", name: "Hà Nội", federation: "LĐLĐ thành phố Hà Nội", unions: 40, reach: 0.97 },
  { id: "tp-hcm", name: "Thành phố Hồ Chí Minh", federation: "LĐLĐ Thành phố Hồ Chí Minh", unions: 45, reach: 0.93 },
  { id: "dong-nai", name: "Đồng Nai", federation: "LĐLĐ tỉnh Đồng Nai", unions: 30, reach: 0.95 },
  { id: "binh-duong", name: "Bình Dương", federation: "LĐLĐ tỉnh Bình Dương", unions: 32, reach: 0.88 },
  { id: "nghe-an", name: "Nghệ An", federation: "LĐLĐ tỉnh Nghệ An", unions: 20, reach: 0.85 },
  { id: "hai-phong", name: "Hải Phòng", federation: "LĐLĐ thành phố Hải Phòng", unions: 25, reach: 0.96 },
  { id: "da-nang", name: "Đà Nẵng", federation: "LĐLĐ thành phố Đà Nẵng", unions: 18, reach: 1 },
  { id: "bac-ninh", name: "Bắc Ninh", federation: "LĐLĐ tỉnh Bắc Ninh", unions: 22, reach: 0.91 },
  { id: "vinh-phuc", name: "Vĩnh Phúc", federation: "LĐLĐ tỉnh Vĩnh Phúc", unions: 18, reach: 0.89 },
  { id: "long-an", name: "Long An", federation: "LĐLĐ tỉnh Long An", unions: 20, reach: 0.85 },
  { id: "thanh-hoa", name: "Thanh Hóa", federation: "LĐLĐ tỉnh Thanh Hóa", unions: 16, reach: 0.81 },
  { id: "quang-ninh", name: "Quảng Ninh", federation: "LĐLĐ tỉnh Quảng Ninh", unions: 14, reach: 0.93 },
] as const;

/** The twelve provinces and cities of the generated postings. */
export const PROVINCES: readonly Province[] = Object.freeze(PROVINCE_PROFILE.map((p) => Object.freeze({ id: p.id, name: p.name })));

/** A grassroots union (CĐCS) directly managed by a provincial federation. */
export interface GrassrootsUnion {
  readonly id: string;
  /** For readers: "CĐCS số 2 (Hà Nội)". */
  readonly name: string;
  /** The province id (see {@link PROVINCES}). */
  readonly parentId: string;
  /** The province's federation, for readers: "LĐLĐ thành phố Hà Nội". */
  readonly parentName: string;
  readonly kind: "grassroots-union";
}

/** The 300 grassroots unions of the generated postings, `cdcs-<province>-<n>`, named "CĐCS số <n> (<province>)". */
export const GRASSROOTS_UNIONS: readonly GrassrootsUnion[] = Object.freeze(
  PROVINCE_PROFILE.flatMap((p) =>
    Array.from({ length: p.unions }, (_, i) =>
      Object.freeze({ id: `cdcs-${p.id}-${i + 1}`, name: `CĐCS số ${i + 1} (${p.name})`, parentId: p.id, parentName: p.federation, kind: "grassroots-union" as const }),
    ),
  ),
);

/** How reliably each outlet meets its quota in a period (0–1), before the seed's jitter. */
const DILIGENCE: Readonly<Record<string, number>> = {
  "bao-lao-dong": 0.93,
  "nguoi-lao-dong": 0.88,
  "lao-dong-thu-do": 0.8,
  "lao-dong-dong-nai": 0.76,
  "lao-dong-nghe-an": 0.55,
  "ban-tin-ldld": 0.7,
  "tap-chi-lao-dong-cong-doan": 0.85,
  "cong-thong-tin-cdvn": 0.95,
  "website-ldld": 0.78,
  vtv: 0.92,
  ttxvn: 0.8,
  vov: 0.86,
};

/** Delivered this many days after the window's end (the 2D video came late in October 2017). */
const LATE_BY: Readonly<Record<string, readonly [number, number]>> = { "c3-video-hoat-hoa": [20, 29] };

/** The one line that ends slightly above its estimate: the clips (extra filming for the third clip). */
const OVERSPEND_LINE = "budget-i-2";

/** Partner fairs (channel 6): where, and in which month(s) they may fall. */
const FAIRS = [
  { title: "Ngày hội ưu đãi đoàn viên - KCN Biên Hòa 2", province: "dong-nai", months: ["2017-08"] },
  { title: "Phiên chợ hàng Việt giá ưu đãi cho đoàn viên - KCN Quang Minh", province: "ha-noi", months: ["2017-10"] },
  { title: "Ngày hội đoàn viên và các đối tác - KCX Tân Thuận", province: "tp-hcm", months: ["2017-12"] },
  { title: "Chợ Tết Công đoàn 2018 - KCN VSIP", province: "binh-duong", months: ["2018-01", "2018-02"] },
  { title: "Ngày hội ưu đãi đoàn viên - KCN Yên Phong", province: "bac-ninh", months: ["2018-03"] },
  { title: "Ngày hội Tháng Công nhân - KCN Hòa Khánh", province: "da-nang", months: ["2018-05"] },
] as const;

// ---------------------------------------------------------------------------------------------------
// Seeded randomness and days.

interface Random {
  /** 0 … 32767: the high 15 bits of the LCG state. */
  next(): number;
  /** A whole number in 0 … n − 1. */
  below(n: number): number;
  /** A whole number in lo … hi. */
  between(lo: number, hi: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** A number in [0, 1). */
  unit(): number;
}

/** FNV-1a, 32 bits: turns the seed and a stream name into a starting state. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A linear congruential sequence modulo 2^31 (glibc's constants), one independent stream per name. */
function makeRandom(seed: number, stream: string): Random {
  let state = hash(`${seed}/${stream}`) & 0x7fffffff;
  // Math.imul keeps the product exact (a plain `*` would lose the low bits beyond 2^53).
  const next = () => (state = (Math.imul(state, 1_103_515_245) + 12_345) & 0x7fffffff) >>> 16; // the high bits are the random ones
  for (let i = 0; i < 3; i++) next();
  const below = (n: number) => Math.floor((next() * n) / 32_768);
  return {
    next,
    below,
    between: (lo, hi) => lo + below(hi - lo + 1),
    chance: (p) => next() < p * 32_768,
    unit: () => next() / 32_768,
  };
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO date. */
function toDay(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;
}

function fromDay(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

const isWorkday = (day: number) => weekday(day) < 5;

/** The working day on or before a day. */
function workdayOnOrBefore(day: number): number {
  let d = day;
  while (!isWorkday(d)) d--;
  return d;
}

/** The working day on or after a day. */
function workdayOnOrAfter(day: number): number {
  let d = day;
  while (!isWorkday(d)) d++;
  return d;
}

/** An instant at working hours (07:30–17:00) in Vietnam. */
function instantAt(date: IsoDate, random: Random): string {
  const minutes = random.between(7 * 60 + 30, 17 * 60);
  const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
  const mm = String(minutes % 60).padStart(2, "0");
  return `${date}T${hh}:${mm}:00+07:00`;
}

/** "15.000.000": digits grouped by three with dots, as Vietnamese documents write amounts. */
function groupDigits(amount: number): string {
  return String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** Picks k distinct items (a partial Fisher–Yates shuffle), returned in their original order. */
function pick<T>(items: readonly T[], k: number, random: Random): T[] {
  const indexes = items.map((_, i) => i);
  const n = Math.min(k, indexes.length);
  for (let i = 0; i < n; i++) {
    const j = i + random.below(indexes.length - i);
    [indexes[i], indexes[j]] = [indexes[j]!, indexes[i]!];
  }
  return indexes
    .slice(0, n)
    .sort((a, b) => a - b)
    .map((i) => items[i]!);
}

/** The periods of a quota inside a window: each with its first and last day, and its length when whole. */
function periodsOf(per: Quota["per"], window: Window): { start: number; end: number; length: number }[] {
  const first = toDay(window.start);
  const last = toDay(window.end);
  const out: { start: number; end: number; length: number }[] = [];
  if (per === "issue") {
    for (const issue of MAGAZINE_ISSUES) {
      const day = toDay(issue.start);
      if (day >= first && day <= last) out.push({ start: day, end: day, length: 1 });
    }
    return out;
  }
  if (per === "window") return [{ start: first, end: last, length: last - first + 1 }];
  let cursor = first;
  while (cursor <= last) {
    let start: number;
    let next: number;
    if (per === "day") {
      start = cursor;
      next = cursor + 1;
    } else if (per === "week") {
      start = cursor - weekday(cursor);
      next = start + 7;
    } else {
      const date = fromDay(cursor);
      const months = per === "quarter" ? 3 : 1;
      const month0 = Number(date.slice(5, 7)) - 1;
      const startMonth = month0 - (month0 % months);
      const year = Number(date.slice(0, 4));
      start = Date.UTC(year, startMonth, 1) / MS_PER_DAY;
      next = Date.UTC(year, startMonth + months, 1) / MS_PER_DAY;
    }
    out.push({ start: Math.max(start, first), end: Math.min(next - 1, last), length: next - start });
    cursor = next;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// The generator.

interface Dated {
  readonly date: IsoDate;
  readonly record: ProgressRecordJson;
}

export interface GenerateRecordsOptions {
  /** Any finite number; the same seed gives the same records. */
  readonly seed: number;
  /** The last day to report (inclusive): nothing after it is returned. */
  readonly asOf: IsoDate;
}

/**
 * Generates the progress records of the reference plan from the start of its first phase up to `asOf`:
 * publications for every quota outlet, deliverables of the dated products, posters at grassroots unions,
 * partner fairs and the fanpage training, and spending against the central budget lines.
 *
 * @param plan - the reference plan (parsed); other plans of the same shape work too.
 * @param options - `seed` and `asOf`.
 * @returns records as JSON carries them, sorted by date then id, all accepted by `parseProgressRecords(records, plan)`.
 * @throws {TypeError} for an `asOf` that is not an ISO date or a seed that is not a finite number.
 */
export function generateRecords(plan: Plan, options: GenerateRecordsOptions): ProgressRecordJson[] {
  const { seed, asOf } = options;
  if (typeof seed !== "number" || !Number.isFinite(seed)) throw new TypeError(`seed must be a finite number, got ${String(seed)}`);
  if (!isIsoDate(asOf)) throw new TypeError(`asOf must be an ISO date (YYYY-MM-DD), got ${String(asOf)}`);
  const phase = plan.phases[0];
  if (phase === undefined) return [];

  const units = new Map(plan.units.map((u) => [u.id, u]));
  /** The id if the plan has such a unit (a record's `reportedBy` must name one). */
  const reporter = (id: string | undefined): { reportedBy?: string } => (id !== undefined && units.has(id) ? { reportedBy: id } : {});
  const activities = new Map(plan.channels.flatMap((c) => c.activities.map((a) => [a.id, a] as const)));
  const lines = plan.budget?.sections.flatMap((s) => s.lines) ?? [];

  const all: Dated[] = [];
  const push = (date: IsoDate, record: ProgressRecordJson) => all.push({ date, record });

  // --- Publications: every outlet that a quota applies to, period by period.
  const publications: { outlet: Unit; date: IsoDate }[] = [];
  const done = new Set<string>();
  for (const quota of plan.channels.flatMap((c) => c.quotas)) {
    const quotaPhase = plan.phases.find((p) => p.id === quota.phaseId) ?? phase;
    const start = quota.startsIn !== undefined && `${quota.startsIn}-01` > quotaPhase.window.start ? `${quota.startsIn}-01` : quotaPhase.window.start;
    const window = { start, end: quotaPhase.window.end };
    const kind = quota.itemKinds[0] ?? "article";
    for (const outlet of quotaOutlets(plan, quota)) {
      if (done.has(outlet.id)) continue;
      done.add(outlet.id);
      for (const p of generatePublications(outlet, quota, window, kind, seed)) {
        push(p.date, p.record);
        if (kind === "article") publications.push({ outlet, date: p.date });
      }
    }
  }

  // --- Deliverables: the dated products of channels 3 and 4 (not the posting campaign).
  const postingActivity = plan.channels
    .flatMap((c) => c.activities)
    .find((a) => a.targets.some((t) => t.unitKind === "grassroots-union"));
  const deliveries = new Map<string, { date: IsoDate }[]>();
  for (const channel of plan.channels.filter((c) => c.number === 3 || c.number === 4)) {
    for (const activity of channel.activities) {
      if (activity.window === undefined || activity === postingActivity) continue;
      const delivered = generateDeliverables(activity, activity.window, seed, reporter);
      for (const d of delivered.records) push(d.date, d.record);
      deliveries.set(activity.id, delivered.pieces);
    }
  }

  // --- Trainings: budget lines that train people (the fanpage upgrade: 3 people, July 2017).
  for (const line of lines) {
    const activity = line.activityId === undefined ? undefined : activities.get(line.activityId);
    if (line.product?.unit !== "người" || line.product.quantity === undefined || activity?.window === undefined) continue;
    const random = makeRandom(seed, `training/${line.id}`);
    const day = workdayOnOrAfter(toDay(activity.window.start) + random.between(10, 17));
    const date = fromDay(day);
    push(date, {
      type: "training",
      id: `tr-${activity.id}`,
      at: date,
      people: line.product.quantity,
      activityId: activity.id,
      unitId: activity.leadUnitIds[0] ?? "ban-tuyen-giao",
      ...reporter(activity.leadUnitIds[0]),
      note: `Tập huấn quản trị, vận hành ${units.get("fanpage-cdvn")?.shortName ?? "trang Fanpage"} (${line.product.description ?? line.product.quantity})`,
    });
  }

  // --- Postings: posters at the grassroots unions, unevenly by province.
  if (postingActivity?.window !== undefined) {
    const random = makeRandom(seed, "postings");
    const first = toDay(postingActivity.window.start);
    const last = toDay(postingActivity.window.end);
    const days: number[] = [];
    for (let d = first; d <= last; d++) if (weekday(d) < 6) days.push(d); // Monday to Saturday
    const by = postingActivity.executingUnitIds.find((id) => units.get(id)?.kind === "provincial-federation") ?? postingActivity.executingUnitIds[0];
    for (const province of PROVINCE_PROFILE) {
      const unions = GRASSROOTS_UNIONS.filter((u) => u.parentId === province.id);
      const rate = Math.min(1, province.reach + (random.unit() - 0.5) * 0.06);
      const reached = pick(unions, Math.round(rate * unions.length), random);
      // A federation works through its list in a few weeks: later starters post later in the month.
      const lag = random.below(Math.max(1, Math.floor(days.length / 3)));
      for (const union of reached) {
        const date = fromDay(days[Math.min(days.length - 1, lag + random.below(days.length - lag))]!);
        push(date, {
          type: "posting",
          id: `post-${union.id}`,
          at: date,
          unitId: union.id,
          posters: random.between(20, 200),
          activityId: postingActivity.id,
          ...reporter(by),
          note: `LĐLĐ ${province.name}`,
        });
      }
    }
  }

  // --- Events: the partners' promotion fairs (channel 6).
  const fairActivity = plan.channels.find((c) => c.number === 6)?.activities.find((a) => a.executingUnitIds.includes("doi-tac"));
  if (fairActivity !== undefined) {
    const random = makeRandom(seed, "fairs");
    FAIRS.forEach((fair, i) => {
      const sundays: number[] = [];
      for (const month of fair.months) {
        const first = toDay(`${month}-01`);
        for (let d = first; fromDay(d).startsWith(month); d++) if (weekday(d) === 6) sundays.push(d);
      }
      // The Tết market is held in the last weeks before Tết (16 February 2018).
      const candidates = sundays.filter((d) => d < toDay("2018-02-16") - 3 || !fair.title.startsWith("Chợ Tết"));
      const day = candidates[random.below(candidates.length)] ?? sundays[0]!;
      const date = fromDay(day);
      if (date < phase.window.start || date > phase.window.end) return;
      const province = PROVINCES.find((p) => p.id === fair.province);
      push(date, {
        type: "event",
        id: `ev-${fairActivity.id}-${i + 1}`,
        at: instantAt(date, random),
        title: fair.title,
        unitId: "doi-tac",
        activityId: fairActivity.id,
        participants: random.between(15, 50) * 100,
        ...reporter(fairActivity.executingUnitIds.find((id) => units.get(id)?.kind === "provincial-federation")),
        ...(province ? { note: `${province.name}; kinh phí do các đối tác tự chi trả` } : {}),
      });
    });
  }

  // --- Spending against the central budget lines.
  const finance = units.has("ban-tai-chinh") ? "ban-tai-chinh" : undefined;
  for (const line of lines) {
    if (line.amount === undefined) continue;
    const estimate = Number(line.amount.toString());
    const random = makeRandom(seed, `spending/${line.id}`);
    if (line.unitPrice !== undefined) {
      for (const s of royalties(line, estimate, publications, plan.header.issuerId, phase.window, random, reporter(finance))) push(s.date, s.record);
      continue;
    }
    const pieces = line.activityId === undefined ? undefined : deliveries.get(line.activityId);
    if (pieces === undefined || pieces.length === 0) continue; // nothing delivered: nothing paid (the award of July 2018)
    const base = Math.floor(estimate / pieces.length / 100_000) * 100_000; // whole hundreds of thousands
    pieces.forEach((piece, i) => {
      const isLast = i === pieces.length - 1;
      const extra = isLast && line.id === OVERSPEND_LINE ? random.between(5, 12) * 100_000 : 0;
      const amount = (isLast ? estimate - base * (pieces.length - 1) : base) + extra; // the split never loses a đồng
      const date = fromDay(workdayOnOrAfter(toDay(piece.date) + random.between(4, 12)));
      const suffix = pieces.length > 1 ? `-${i + 1}` : "";
      push(date, {
        type: "spending",
        id: `chi-${line.id}${suffix}`,
        at: date,
        lineId: line.id,
        amount: random.chance(0.5) ? groupDigits(amount) : amount,
        ...reporter(finance),
        note: `Thanh toán: ${line.title}${pieces.length > 1 ? ` (đợt ${i + 1}/${pieces.length})` : ""}${extra > 0 ? "; phát sinh quay bổ sung" : ""}`,
      });
    });
  }

  return all
    .filter((d) => d.date <= asOf)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0))
    .map((d) => d.record);
}

/** The publications of one outlet under its quota, period by period, with the outlet's own diligence. */
function generatePublications(outlet: Unit, quota: Quota, window: Window, kind: NonNullable<Quota["itemKinds"][number]>, seed: number): Dated[] {
  const random = makeRandom(seed, `publications/${outlet.id}`);
  const info = outlet.outlet!;
  const diligence = Math.min(0.99, Math.max(0.3, (DILIGENCE[outlet.id] ?? 0.6 + 0.3 * random.unit()) + (random.unit() - 0.5) * 0.1));
  const broadcast = info.kind === "television" || info.kind === "radio" || info.kind === "news-agency";
  const instants = !broadcast && (info.electronicEdition || info.kind === "portal" || info.kind === "website" || info.kind === "fanpage");
  const workdaysOnly = info.kind === "bulletin" || info.kind === "portal" || info.kind === "website" || info.kind === "weekly";
  const programmes = info.programmes ?? [];
  const out: Dated[] = [];
  let published = 0;
  for (const period of periodsOf(quota.per, window)) {
    const inside = period.end - period.start + 1;
    const whole = inside === period.length;
    let count: number;
    if (random.chance(diligence)) count = quota.min + (random.chance(broadcast ? 0.1 : 0.3) ? 1 : 0);
    else count = random.chance(0.65) ? quota.min - 1 : Math.max(0, quota.min - 2);
    if (quota.per === "issue") count = Math.max(count, quota.min - 1); // an issue always carries the column
    if (!whole) count = Math.round((count * inside) / period.length);
    if (whole && published === 0) count = Math.max(count, 1); // the column opens in the first whole period
    const days: number[] = [];
    for (let d = period.start; d <= period.end; d++) days.push(d);
    const pool = workdaysOnly || broadcast ? days.filter(isWorkday) : days;
    const chosen = quota.per === "issue" ? Array.from({ length: count }, () => period.start) : pick(pool.length > 0 ? pool : days, count, random);
    const issue = quota.per === "issue" ? MAGAZINE_ISSUES.find((i) => toDay(i.start) === period.start) : undefined;
    chosen.forEach((day, k) => {
      const date = fromDay(day);
      const id = issue !== undefined ? `pub-${outlet.id}-${issue.id}-${k + 1}` : `pub-${outlet.id}-${date}${count > 1 && quota.per !== "week" ? `-${k + 1}` : ""}`;
      const online = info.electronicEdition ? { online: random.chance(0.8 + 0.15 * diligence) } : {};
      out.push({
        date,
        record: {
          type: "publication",
          id,
          at: instants ? instantAt(date, random) : date,
          outletId: outlet.id,
          kind,
          ...(issue !== undefined ? { issueId: issue.id } : {}),
          ...online,
          reportedBy: outlet.id,
          ...(programmes.length > 0 ? { note: `Chương trình “${programmes[published % programmes.length]!}”` } : {}),
        },
      });
      published++;
    });
  }
  return out;
}

/** Produced then delivered records for a dated product; one piece per clip, else one piece. */
function generateDeliverables(
  activity: Activity,
  window: Window,
  seed: number,
  reporter: (id: string | undefined) => { reportedBy?: string },
): { records: Dated[]; pieces: { date: IsoDate }[] } {
  const random = makeRandom(seed, `deliverables/${activity.id}`);
  const first = toDay(window.start);
  const last = toDay(window.end);
  const quantity = activity.product?.quantity;
  const perPiece = activity.product?.unit === "clip" && quantity !== undefined && quantity > 1;
  const count = perPiece ? quantity : 1;
  const late = LATE_BY[activity.id];
  const records: Dated[] = [];
  const pieces: { date: IsoDate }[] = [];
  for (let i = 0; i < count; i++) {
    // Pieces spread over the window; the last one close to its end, or late where the plan slipped.
    const due = first + Math.round(((i + 1) * (last - first + 1)) / count) - 1;
    const deliveredDay = late
      ? workdayOnOrAfter(last + random.between(late[0], late[1]))
      : workdayOnOrBefore(Math.max(first, due - random.between(0, 6)));
    const producedDay = Math.max(first, workdayOnOrBefore(deliveredDay - random.between(3, 8)));
    const suffix = count > 1 ? `-${i + 1}` : "";
    const qty = perPiece ? { quantity: 1 } : quantity !== undefined ? { quantity } : {};
    for (const [status, day] of [["produced", producedDay], ["delivered", deliveredDay]] as const) {
      const date = fromDay(day);
      records.push({
        date,
        record: {
          type: "deliverable",
          id: `dl-${activity.id}${suffix}-${status}`,
          at: date,
          activityId: activity.id,
          status,
          ...qty,
          ...reporter(activity.leadUnitIds[0]),
          ...(status === "delivered" && late ? { note: `Bàn giao chậm so với kế hoạch (${activity.windowText ?? `${window.start} – ${window.end}`})` } : {}),
        },
      });
    }
    pieces.push({ date: fromDay(deliveredDay) });
  }
  return { records, pieces };
}

/** Monthly royalties: the unit price × the column articles of the issuer's own outlets, paid early the next month. */
function royalties(
  line: BudgetLine,
  estimate: number,
  publications: readonly { outlet: Unit; date: IsoDate }[],
  issuerId: string | undefined,
  window: Window,
  random: Random,
  reportedBy: { reportedBy?: string },
): Dated[] {
  const price = Number(line.unitPrice!.toString());
  const byMonth = new Map<string, number>();
  for (const p of publications) {
    if (issuerId !== undefined && p.outlet.parentId !== issuerId) continue;
    byMonth.set(p.date.slice(0, 7), (byMonth.get(p.date.slice(0, 7)) ?? 0) + 1);
  }
  const out: Dated[] = [];
  let paid = 0;
  for (const [month, articles] of [...byMonth].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (`${month}-01` > window.end) break;
    const payable = Math.min(articles, Math.floor((estimate - paid) / price)); // never beyond the estimate
    if (payable <= 0) break;
    const next = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1)).toISOString().slice(0, 10);
    const date = fromDay(workdayOnOrAfter(toDay(next) + random.between(3, 9)));
    paid += payable * price;
    out.push({
      date,
      record: {
        type: "spending",
        id: `chi-${line.id}-${month}`,
        at: date,
        lineId: line.id,
        amount: payable * price,
        ...reportedBy,
        note: `Nhuận bút tháng ${Number(month.slice(5, 7))}/${month.slice(0, 4)}: ${payable} bài × ${groupDigits(price)} đ`,
      },
    });
  }
  return out;
}
