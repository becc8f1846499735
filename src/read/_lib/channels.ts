/**
 * The channels of part III (hình thức tuyên truyền) with their activities: what is done, by whom ("Đơn vị
 * chủ trì / thực hiện / phối hợp:"), when ("Thời gian thực hiện:", "Thời gian bắt đầu:"), where ("Địa
 * điểm:"), how often (the quotas of "Tần số bài viết:"), what for (targets such as "100% số CĐCS"), and
 * the sentences in which units do something ("Các LĐLĐ tỉnh, TP và Ban Tuyên giáo TLĐ làm việc với…").
 *
 * @internal
 */
import type { Context } from "./context.js";
import type { ActivityDraft, ChannelDraft, ProductDraft, QuotaDraft, TargetDraft } from "./draft.js";
import { fold, similarity, slug } from "./fold.js";
import { senseOf, startsWithHead } from "./lexicon.js";
import { leadingUnits, splitUnitList } from "./mentions.js";
import { isBullet, type OutlineNode } from "./outline.js";
import { hasRate, readQuotas } from "./quotas.js";
import type { Registry } from "./registry.js";
import type { Span } from "./span.js";

const ATTRIBUTE = /^(Đơn vị (?:thực hiện|phối hợp|chủ trì)|Cơ quan (?:thực hiện|phối hợp|chủ trì)|Thời gian(?: thực hiện| bắt đầu| triển khai| tổ chức)?|Địa điểm|Tần (?:số|suất)(?: bài viết| đăng bài)?|Số lượng|Sản phẩm|Kinh phí|Phương thức)\s*:\s*/u;
const GROUP_LABEL = /^((?:Ở\s+)?Cấp [^:]{1,40}|Tại [^:]{1,40}):\s*/u;

/** An open start ("Thời gian bắt đầu: Tháng 7/2017") to close at the end of its phase, once phases are known. @internal */
export interface PendingStart {
  readonly activity: ActivityDraft;
  readonly start: string;
  readonly span: Span;
  readonly path: readonly (string | number)[];
}

/** What reading the channels leaves for later: open starts, quota start months. @internal */
export interface ChannelState {
  readonly pending: PendingStart[];
}

/** Reads one channel. @internal */
export function readChannel(ctx: Context, reg: Registry, node: OutlineNode, ci: number, state: ChannelState): ChannelDraft {
  const number = Number(node.marker?.label.split(".").pop() ?? ci + 1) || ci + 1;
  const channel: ChannelDraft = { id: ctx.ids.make(`channel-${number}`), number, title: node.title.text, activities: [], quotas: [] };
  const base = ["channels", ci] as const;
  ctx.place([...base, "title"], node.span);
  let scope: ActivityDraft[] = [];
  let lastWasAttribute = false;
  let startsIn: string | undefined;

  const newActivity = (span: Span, title: Span, label?: string): ActivityDraft => {
    const activity: ActivityDraft = {
      id: ctx.ids.make(`c${number}-${slug(title.text, 24)}`),
      ...(label === undefined ? {} : { label }),
      title: title.text,
      leadUnitIds: [],
      executingUnitIds: [],
      coordinatingUnitIds: [],
      targets: [],
      notes: [],
    };
    channel.activities.push(activity);
    ctx.place([...base, "activities", channel.activities.length - 1], span);
    return activity;
  };
  const pathOf = (a: ActivityDraft) => [...base, "activities", channel.activities.indexOf(a)];

  /** Units, quotas, duration and targets that a sentence of an activity gives. */
  const analyse = (activity: ActivityDraft, span: Span) => {
    const path = pathOf(activity);
    const subject = subjectUnits(reg, span, path);
    push(activity.executingUnitIds, subject);
    push(activity.coordinatingUnitIds, partnerUnits(reg, span, path));
    const duration = /khoảng\s+(\d{1,3})\s*(phút|giây)(?![\p{L}\p{N}])/iu.exec(span.text);
    if (duration !== null) activity.approximateSeconds = Number(duration[1]) * (duration[2]!.toLowerCase() === "phút" ? 60 : 1);
    readTargets(ctx, span, activity, subject);
    if (hasRate(span.text) || /\/\s*(?:tuần|tháng|quý|số)(?![\p{L}\p{N}])/u.test(span.text)) {
      for (const q of readQuotas(ctx, reg, span, subject, [...base, "quotas"])) addQuota(q, span);
    }
  };

  const addQuota = (quota: QuotaDraft, span: Span) => {
    quota.id = ctx.ids.make(`quota-c${number}-${quota.min}-${quota.per}`);
    channel.quotas.push(quota);
    ctx.place([...base, "quotas", channel.quotas.length - 1], span);
  };

  const applyAttribute = (item: OutlineNode, targets: ActivityDraft[]) => {
    const m = ATTRIBUTE.exec(item.title.text)!;
    const field = fold(m[1]!);
    const value = item.title.slice(m[0].length).trim();
    const note = item.title.text;
    for (const a of targets) {
      a.notes.push(note);
      ctx.place([...pathOf(a), "notes", a.notes.length - 1], item.span);
    }
    if (targets.length === 0) ctx.place([...base, "title"], item.span);
    if (/chu tri$/.test(field)) {
      const ids = valueUnits(reg, value, pathOf(targets[0] ?? ({} as ActivityDraft)));
      for (const a of targets) push(a.leadUnitIds, ids);
    } else if (/phoi hop$/.test(field)) {
      const ids = valueUnits(reg, value, pathOf(targets[0] ?? ({} as ActivityDraft)));
      for (const a of targets) push(a.coordinatingUnitIds, ids);
    } else if (/thuc hien$/.test(field) && /^(don vi|co quan)/.test(field)) {
      if (value.text !== "") {
        const ids = valueUnits(reg, value, targets[0] === undefined ? [...base] : pathOf(targets[0]));
        for (const a of targets) {
          push(a.executingUnitIds, ids);
          readTargets(ctx, value, a, ids);
        }
      }
      for (const child of item.children) {
        const pair = /^(.{3,160}?):\s*(.+)$/u.exec(child.title.text);
        const unitsPart = pair === null ? undefined : child.title.slice(0, pair[1]!.length);
        if (pair !== null && unitsPart !== undefined && startsWithHead(fold(pair[1]!)) && targets.length > 0) {
          // "Công ty thiết kế …: Video hoạt họa 2D": who makes which of the activities above.
          const rhs = pair[2]!;
          const activity = best(targets, rhs);
          const ids = reg.resolveList(unitsPart, pathOf(activity));
          push(activity.executingUnitIds, ids);
          activity.notes.push(child.title.text);
          ctx.place([...pathOf(activity), "executingUnitIds"], child.span);
          const product = productOf(rhs);
          if (product !== undefined && activity.product === undefined) activity.product = product;
          continue;
        }
        // A sentence: an activity of its own ("Các LĐLĐ tỉnh, TP và Ban Tuyên giáo TLĐ làm việc với …").
        const activity = newActivity(child.span, child.title);
        analyse(activity, child.title);
      }
    } else if (/^thoi gian/.test(field)) {
      const opening = /bat dau|trien khai/.test(field);
      const apply = (span: Span, list: ActivityDraft[], source: Span) => {
        const times = ctx.times(span);
        const t = times[0];
        if (t === undefined) {
          if (/\d/u.test(span.text)) ctx.find(/\b\d{4}\b/u.test(span.text) ? "time_not_read" : "time_without_year", span, { text: span.text }, list[0] === undefined ? [...base] : [...pathOf(list[0]), "window"]);
          return;
        }
        const e = t.expression;
        if (opening || e.kind === "open") {
          const start = e.kind === "window" ? e.window.start : e.kind === "open" ? e.start : undefined;
          if (start === undefined) return;
          startsIn = start.slice(0, 7);
          for (const a of list) state.pending.push({ activity: a, start, span: source, path: [...pathOf(a), "window"] });
          return;
        }
        if (e.kind === "window") {
          for (const a of list) {
            a.window = { start: e.window.start, end: e.window.end };
            a.windowText = t.span.text.replace(/[.;]$/u, "");
            ctx.place([...pathOf(a), "window"], source);
          }
        } else if (e.kind === "deadline") {
          // "trước ngày 15/01/2026": a day to be done by, not a window.
          for (const a of list) {
            a.dueOn = e.due;
            a.dueText = t.span.text.replace(/[.;]$/u, "");
            ctx.place([...pathOf(a), "dueOn"], source);
          }
        }
      };
      if (value.text !== "") apply(value, targets, item.span);
      for (const child of item.children) {
        const pair = /^(.{2,120}?):\s*(.+)$/u.exec(child.title.text);
        if (pair === null || targets.length === 0) {
          apply(child.title, targets, child.span);
          continue;
        }
        const activity = best(targets, pair[1]!);
        activity.notes.push(child.title.text);
        apply(child.title.slice(pair[1]!.length + 1).trim(), [activity], child.span);
      }
    } else if (/^dia diem/.test(field)) {
      for (const a of targets) a.location = value.text;
    } else if (/^tan (so|suat)/.test(field)) {
      const sentences = [value, ...item.children.map((c) => c.title)].filter((s) => s.text !== "");
      item.children.forEach((child) => {
        for (const a of targets) {
          a.notes.push(child.title.text);
          ctx.place([...pathOf(a), "notes", a.notes.length - 1], child.span);
        }
        if (targets.length === 0) ctx.place([...base, "quotas"], child.span);
      });
      for (const s of sentences) for (const q of readQuotas(ctx, reg, s, [], [...base, "quotas"])) addQuota(q, s);
    } else if (/^(so luong|san pham)/.test(field)) {
      const product = productOf(value.text);
      for (const a of targets) if (product !== undefined) a.product = product;
    }
  };

  // The channel's own paragraphs (no marker) describe it.
  if (node.body.length > 0) {
    channel.description = node.body.map((b) => b.text).join(" ");
    for (const b of node.body) ctx.place([...base, "description"], b);
  }

  const kindOf = (item: OutlineNode) =>
    ATTRIBUTE.test(item.title.text) ? "attribute" : item.marker !== undefined && !isBullet(item.marker) ? "lettered" : GROUP_LABEL.test(item.title.text) ? "group" : "activity";
  let items = node.children;
  // A first sentence that the channel's levels then detail ("- Xây dựng các chương trình…" before
  // "- Cấp Trung ương:") describes the channel.
  if (items.length > 1 && kindOf(items[0]!) === "activity" && kindOf(items[1]!) === "group" && channel.description === undefined && items[0]!.children.length === 0) {
    channel.description = items[0]!.title.text;
    ctx.place([...base, "description"], items[0]!.span);
    items = items.slice(1);
  }
  for (const item of items) {
    const text = item.title.text;
    if (ATTRIBUTE.test(text)) {
      if (!lastWasAttribute && scope.length === 0 && channel.activities.length > 0) scope = [channel.activities[channel.activities.length - 1]!];
      applyAttribute(item, scope);
      lastWasAttribute = true;
      continue;
    }
    const group = GROUP_LABEL.exec(text);
    const lettered = item.marker !== undefined && !isBullet(item.marker);
    if (group !== null && !lettered) {
      const label = group[1]!.trim();
      const rest = item.title.slice(group[0].length).trim();
      if (rest.text !== "") {
        const activity = newActivity(item.span, rest, label);
        analyse(activity, rest);
      } else ctx.place([...base, "activities"], item.span);
      for (const child of item.children) {
        const activity = newActivity(child.span, child.title, label);
        analyse(activity, child.title);
      }
      scope = [];
      lastWasAttribute = false;
      continue;
    }
    if (lettered) {
      const activity = newActivity(item.span, item.title, item.marker!.label);
      analyse(activity, item.title);
      // "In ấn, treo, dán poster tại nơi công cộng, khu công nghiệp…": where it happens.
      const at = /\s+tại\s+((?:nơi|các|khu|địa bàn|trụ sở|hội trường|doanh nghiệp|cơ sở)[^;]*?)\.?$/u.exec(item.title.text);
      if (at !== null) activity.location = at[1]!;
      scope = [activity];
      const description: string[] = [];
      for (const b of item.body) {
        description.push(b.text);
        ctx.place([...pathOf(activity), "description"], b);
      }
      for (const child of item.children) {
        if (ATTRIBUTE.test(child.title.text)) applyAttribute(child, [activity]);
        else {
          description.push(child.title.text);
          ctx.place([...pathOf(activity), "description"], child.span);
          analyse(activity, child.title);
        }
      }
      if (description.length > 0) activity.description = description.join(" ");
      lastWasAttribute = false;
      continue;
    }
    const activity = newActivity(item.span, item.title);
    analyse(activity, item.title);
    if (lastWasAttribute) scope = [activity];
    else scope.push(activity);
    for (const child of item.children) {
      if (ATTRIBUTE.test(child.title.text)) applyAttribute(child, [activity]);
      else {
        activity.notes.push(child.title.text);
        ctx.place([...pathOf(activity), "notes", activity.notes.length - 1], child.span);
        analyse(activity, child.title);
      }
    }
    lastWasAttribute = false;
  }

  if (startsIn !== undefined) for (const q of channel.quotas) q.startsIn ??= startsIn;
  return channel;
}

function push(list: string[], ids: readonly string[]): void {
  for (const id of ids) if (!list.includes(id)) list.push(id);
}

/** The activity of a list whose title is most like a text. */
function best(list: readonly ActivityDraft[], text: string): ActivityDraft {
  const key = fold(text);
  let top = list[0]!;
  let score = -1;
  for (const a of list) {
    const s = Math.max(similarity(key, fold(a.title)), a.product?.description === undefined ? 0 : similarity(key, fold(a.product.description)), containsWords(fold(a.title), key));
    if (s > score) {
      score = s;
      top = a;
    }
  }
  return top;
}

/** The share of the words of `short` found in `long`. */
function containsWords(long: string, short: string): number {
  const words = short.split(/[^a-z0-9]+/u).filter((w) => w.length > 1);
  if (words.length === 0) return 0;
  const set = new Set(long.split(/[^a-z0-9]+/u));
  return words.filter((w) => set.has(w)).length / words.length;
}

/** The units of an attribute's value: a list of names, or the names a sentence starts with after a clause. */
function valueUnits(reg: Registry, value: Span, path: readonly (string | number)[]): string[] {
  if (value.text === "") return [];
  const folded = fold(value.text);
  if (startsWithHead(folded)) {
    // A list of names, each one the lexicon knows: all of it; else the names before the sentence's verb.
    if (splitUnitList(value).mentions.every((m) => m.members !== undefined || senseOf(m.name, reg.issuerKey) !== undefined)) return reg.resolveList(value, path);
    const lead = leadingUnits(value);
    if (lead !== undefined && lead.list.mentions.length > 0) return reg.resolveList(value.slice(0, lead.rest - 1), path);
    return reg.resolveList(value, path);
  }
  // "Căn cứ vào mẫu thiết kế của Tổng Liên đoàn các LĐLĐ tỉnh, TP, CĐ ngành trung ương tổ chức…".
  for (const m of folded.matchAll(/\b(?:cac|nhung)\s+/gu)) {
    const rest = value.slice(m.index!);
    if (!startsWithHead(fold(rest.text))) continue;
    const lead = leadingUnits(rest);
    if (lead !== undefined) return reg.resolveList(rest.slice(0, lead.rest - 1), path);
  }
  return [];
}

/** The units a sentence starts with (its subject), or that it lists after "như:". */
function subjectUnits(reg: Registry, span: Span, path: readonly (string | number)[]): string[] {
  const like = /(?<![\p{L}\p{N}])như\s*:\s*/u.exec(span.text);
  if (like !== null) {
    const rest = span.slice(like.index + like[0].length);
    const lead = leadingUnits(rest);
    if (lead !== undefined) return known(reg, rest.slice(0, lead.rest - 1), path);
  }
  const lead = leadingUnits(span);
  if (lead === undefined) return [];
  return known(reg, span.slice(0, lead.rest - 1), path);
}

/** The units a sentence works with: "phối hợp với X", "làm việc với X". */
function partnerUnits(reg: Registry, span: Span, path: readonly (string | number)[]): string[] {
  const m = /(?:phối hợp|làm việc|kết hợp)\s+với\s+/u.exec(span.text);
  if (m === null) return [];
  const from = m.index + m[0].length;
  const rest = span.text.slice(from);
  const stop = /\s+(?:như|để|nhằm|tổ chức|thực hiện|trong việc|về việc|triển khai|phát(?!\s+thanh)|đăng)(?![\p{L}\p{N}])|[.;:]|$/u.exec(rest);
  const list = span.slice(from, from + (stop === null ? rest.length : stop.index));
  return known(reg, list, path);
}

/** The units of a list whose names the lexicon knows (free text names other things too). */
function known(reg: Registry, span: Span, path: readonly (string | number)[]): string[] {
  const out: string[] = [];
  const list = splitUnitList(span);
  for (const mention of list.mentions) {
    const sense = senseOf(mention.name, reg.issuerKey);
    if (sense === undefined && mention.members === undefined) continue;
    // The press in general ("báo chí địa phương") is not a unit that the plan gives work to; a collective
    // name that the plan defines (its members listed) is.
    if (sense !== undefined && sense.key.startsWith("bao chi@") && mention.members === undefined && !/@(cong doan|he thong cong doan)/.test(sense.key)) continue;
    for (const id of reg.resolve(mention, path)) if (!out.includes(id)) out.push(id);
  }
  return out;
}

/** A product: "03 clip về các nhân vật", "125.000 tờ", "Đào tạo 03 người", "Video hoạt họa 2D". @internal */
export function productOf(text: string): ProductDraft | undefined {
  const clean = text.replace(/[.;]+$/u, "").trim();
  if (clean === "") return undefined;
  const m = /(?:^|\s)(\d{1,3}(?:\.\d{3})+|\d{1,7})(?=[\s,.;)]|$)(?:\s+([\p{L}]+(?:\s+[\p{L}]+)?))?/u.exec(clean);
  if (m === null) return { description: clean };
  const quantity = Number(m[1]!.replace(/\./gu, ""));
  const unit = measureOf(m[2]);
  return { description: clean, quantity, ...(unit === undefined ? {} : { unit }) };
}

const MEASURES = ["giải thưởng", "chương trình", "hội nghị", "ấn phẩm", "bài viết", "tin bài", "lượt người", "phóng sự", "băng rôn", "tờ rơi", "áp phích", "sản phẩm", "video", "clip", "bài", "tin", "ảnh", "tờ", "người", "loại", "giải", "buổi", "cuộc", "lượt", "suất", "cuốn", "quyển", "bộ", "chiếc", "cái", "lớp", "đợt", "pano", "poster", "số", "kỳ", "trang", "phút", "đoàn", "chuyến", "mẫu"];

/** The unit of measure that follows a number ("03 clip", "01 Giải thưởng chuyên đề" → "giải thưởng"). */
function measureOf(words: string | undefined): string | undefined {
  if (words === undefined) return undefined;
  const lower = words.toLowerCase();
  for (const m of MEASURES) if (lower === m || lower.startsWith(`${m} `)) return m;
  return undefined;
}

/** Targets such as "100% số CĐCS trực tiếp quản lý". */
function readTargets(ctx: Context, span: Span, activity: ActivityDraft, scopeIds: readonly string[]): void {
  for (const m of span.text.matchAll(/(\d{1,3}(?:[.,]\d{1,2})?)\s*%\s*(?:số\s+)?([^,;.]+?)(?=\s+(?:đều|được|phải|có)\s|[,;.]|$)/gu)) {
    const description = m[0].trim();
    const noun = m[2]!.replace(/\s+(?:trực tiếp|trực thuộc|thuộc)\b.*$/u, "");
    const sense = senseOf(noun);
    if (activity.targets.some((t) => t.description === description)) continue;
    const target: TargetDraft = { id: ctx.ids.make(`target-${slug(noun, 20)}-${m[1]}`), description, percent: Number(m[1]!.replace(",", ".")) };
    if (sense !== undefined) target.unitKind = sense.kind;
    if (scopeIds.length > 0 && sense !== undefined) target.scopeUnitIds = [...scopeIds];
    if (sense === undefined) {
      ctx.find("target_not_read", span, { text: `${m[0]}` });
      continue;
    }
    activity.targets.push(target);
  }
}
