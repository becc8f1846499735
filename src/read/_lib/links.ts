/**
 * Links that the text implies but does not write: which activity a budget line costs ("Video hoạt họa 2D"
 * and "Sản xuất video hoạt họa, infographic 2D…"), which activities a duty of part V is about ("Lồng ghép
 * việc tuyên truyền… trong các hội thảo" and "Lồng ghép tuyên truyền nội dung… trong các hội thảo"). Made by
 * the words two texts share, weighted by how rare each is in the plan (words every paragraph has say
 * nothing), and reported as findings.
 *
 * @internal
 */
import type { Context } from "./context.js";
import type { ActivityDraft, Draft } from "./draft.js";
import { expandedWords } from "./lexicon.js";

/** Grams (words and pairs of words) of a text, quoted slogans left out: they are in every paragraph. */
function grams(text: string): Set<string> {
  const plain = text.replace(/“[^”]*”|"[^"]*"|‘[^’]*’/gu, " ");
  // Abbreviations written out, so that "CĐVN" meets "Công đoàn Việt Nam".
  const ws = expandedWords(plain).filter((w) => w.length > 1 || /\d/u.test(w));
  const out = new Set<string>();
  ws.forEach((w, i) => {
    out.add(w);
    if (i + 1 < ws.length) out.add(`${w} ${ws[i + 1]}`);
  });
  return out;
}

class Weights {
  private readonly df = new Map<string, number>();
  private docs = 0;
  private readonly cache = new Map<string, number>();
  private readonly norms = new WeakMap<ReadonlySet<string>, number>();

  add(set: ReadonlySet<string>): void {
    this.docs++;
    for (const g of set) this.df.set(g, (this.df.get(g) ?? 0) + 1);
  }

  /** How rare a gram is in the plan (pairs of words count twice). */
  weight(g: string): number {
    let w = this.cache.get(g);
    if (w === undefined) {
      const df = this.df.get(g) ?? 0;
      w = Math.log((this.docs + 1) / (df + 1)) * (g.includes(" ") ? 2 : 1);
      this.cache.set(g, w);
    }
    return w;
  }

  private norm(set: ReadonlySet<string>): number {
    let n = this.norms.get(set);
    if (n === undefined) {
      n = 0;
      for (const g of set) {
        const x = this.weight(g);
        n += x * x;
      }
      this.norms.set(set, n);
    }
    return n;
  }

  private shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    let dot = 0;
    for (const g of small) {
      if (!large.has(g)) continue;
      const x = this.weight(g);
      dot += x * x;
    }
    return dot;
  }

  /** The cosine of two gram sets, each gram weighted by its rarity. */
  cosine(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
    const na = this.norm(a);
    const nb = this.norm(b);
    return na === 0 || nb === 0 ? 0 : this.shared(a, b) / Math.sqrt(na * nb);
  }

  /** How much of `a` (by weight) is found in `b`: for a short text (a budget line) against a long one. */
  coverage(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
    const na = this.norm(a);
    return na === 0 ? 0 : this.shared(a, b) / na;
  }
}

/** How alike a line and an activity must be to be linked; a duty and an activity. */
const LINE_THRESHOLD = 0.15;
const LINE_MARGIN = 0.03;
const DUTY_THRESHOLD = 0.2;

/** Links budget lines and duties to activities. @internal */
export function linkActivities(ctx: Context, draft: Draft): void {
  const activities: { activity: ActivityDraft; channel: string; grams: Set<string>; rich: Set<string>; path: (string | number)[] }[] = [];
  draft.channels.forEach((channel, ci) =>
    channel.activities.forEach((activity, ai) => {
      // What it is (for duties); with its notes too (the lines of "Đơn vị thực hiện:", "Thời gian:" that name its
      // product), for budget lines.
      const own = [activity.title, activity.description ?? "", activity.product?.description ?? "", activity.label ?? ""].join(" ");
      activities.push({ activity, channel: channel.title, grams: grams(own), rich: grams(`${own} ${activity.notes.join(" ")}`), path: ["channels", ci, "activities", ai] });
    }),
  );
  if (activities.length === 0) return;
  const weights = new Weights();
  for (const a of activities) weights.add(a.rich);
  const lines = (draft.budget?.sections ?? []).flatMap((section, si) =>
    section.lines.map((line, li) => ({ line, grams: grams(`${line.title} ${section.title === line.title ? "" : section.title} ${line.product?.description ?? ""}`), path: ["budget", "sections", si, "lines", li] })),
  );
  const duties = draft.responsibilities.flatMap((r, ri) => r.duties.map((duty, di) => ({ duty, units: r.unitIds, grams: grams(duty.text), path: ["responsibilities", ri, "duties", di] })));
  for (const l of lines) weights.add(l.grams);
  for (const d of duties) weights.add(d.grams);

  const lineScore = (l: (typeof lines)[number], a: (typeof activities)[number]) => {
    const lw = l.line.window;
    const aw = a.activity.window;
    const together = lw !== undefined && aw !== undefined && lw.start >= aw.start && lw.end <= aw.end ? (lw.start === aw.start && lw.end === aw.end ? 0.1 : 0.05) : 0;
    return weights.coverage(l.grams, a.rich) + together;
  };
  const secondBest = new Map<(typeof lines)[number], number>();
  const second = (l: (typeof lines)[number]) => {
    let v = secondBest.get(l);
    if (v === undefined) {
      v = activities.map((a) => lineScore(l, a)).sort((x, y) => y - x)[1] ?? 0;
      secondBest.set(l, v);
    }
    return v;
  };
  const debug = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.READ_DEBUG_LINKS === "1";
  const log = (globalThis as { console?: { log(...x: unknown[]): void } }).console?.log ?? (() => undefined);
  if (debug) {
    for (const l of lines) log("LINE", l.line.title, activities.map((a) => `${a.activity.id}:${lineScore(l, a).toFixed(2)}`).filter((x) => !x.endsWith(":0.00")).join(" "));
    for (const d of duties) log("DUTY", d.duty.text.slice(0, 40), activities.map((a) => `${a.activity.id}:${weights.cosine(d.grams, a.grams).toFixed(2)}`).filter((x) => Number(x.split(":")[1]) >= 0.05).join(" "));
  }
  for (const l of lines) {
    let best: (typeof activities)[number] | undefined;
    let top = 0;
    for (const a of activities) {
      // A line and the activity it costs run at the same time, where both say when.
      const score = lineScore(l, a);
      if (score > top) {
        top = score;
        best = a;
      }
    }
    // Royalties (nhuận bút) pay for the articles that a channel's quotas count: its activity.
    if ((best === undefined || top < LINE_THRESHOLD) && /nhuận bút/iu.test(l.line.title)) {
      const channel = draft.channels.find((c) => c.quotas.some((q) => q.itemKinds.includes("article")) && c.activities.length > 0);
      const activity = channel?.activities[0];
      if (activity !== undefined) {
        best = activities.find((a) => a.activity === activity);
        top = 1;
      }
    }
    if (best !== undefined && top >= LINE_THRESHOLD && top - second(l) >= LINE_MARGIN) {
      l.line.activityId = best.activity.id;
      ctx.findings.push({ code: "link_guessed", path: [...l.path, "activityId"], params: { text: l.line.title, other: best.activity.title }, start: -1, end: -1, details: { activityId: best.activity.id, score: top.toFixed(2) } });
    }
  }
  for (const d of duties) {
    const actions = actionsOf(d.duty.text);
    for (const a of activities) {
      const score = weights.cosine(d.grams, a.grams);
      // Or: the duty's units carry the activity out, and the duty names what it does.
      const units = [...a.activity.leadUnitIds, ...a.activity.executingUnitIds];
      const same = d.units.some((u) => units.includes(u)) && [...actionsOf(`${a.activity.title} ${a.activity.description ?? ""}`)].some((x) => actions.has(x));
      if (score < DUTY_THRESHOLD && !same) continue;
      d.duty.activityIds.push(a.activity.id);
      ctx.findings.push({ code: "link_guessed", path: [...d.path, "activityIds"], params: { text: d.duty.text, other: a.activity.title }, start: -1, end: -1, details: { activityId: a.activity.id, score: score.toFixed(2) } });
    }
  }
}

/**
 * Actions specific enough to tie a duty to an activity that its units carry out ("phát trên đài" and "để phát
 * các video"): verbs of making and spreading, not of organising in general ("tổ chức", "thực hiện").
 */
const ACTIONS = ["in ấn", "treo", "dán", "phát", "phát sóng", "trình chiếu", "sản xuất", "thiết kế", "khen thưởng", "lồng ghép", "quản trị", "đăng tải", "biên tập", "chia sẻ", "lan tỏa", "quảng bá"];

function actionsOf(text: string): Set<string> {
  const lower = text.toLowerCase();
  const out = new Set<string>();
  for (const a of ACTIONS) {
    const re = new RegExp(`(?<![\\p{L}])${a}(?![\\p{L}])`, "u");
    if (re.test(lower) && !(a === "phát" && /phát (?:thanh|triển|huy|hiện|động)/u.test(lower) && !/phát (?:trên|các|sóng|vào)/u.test(lower))) out.add(a);
  }
  return out;
}

/** Gives an activity without a product the product of the budget line that costs it. @internal */
export function productsFromLines(draft: Draft): void {
  const byId = new Map(draft.channels.flatMap((c) => c.activities.map((a) => [a.id, a] as const)));
  for (const section of draft.budget?.sections ?? []) {
    for (const line of section.lines) {
      const activity = line.activityId === undefined ? undefined : byId.get(line.activityId);
      if (activity === undefined || line.product?.quantity === undefined) continue;
      if (activity.product === undefined) activity.product = { ...line.product };
      else if (activity.product.quantity === undefined) {
        activity.product.quantity = line.product.quantity;
        if (line.product.unit !== undefined) activity.product.unit ??= line.product.unit;
      }
    }
  }
}
