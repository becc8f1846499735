import { INVALID_DATE, INVALID_TYPE, INVALID_VALUE, MISSING, TOO_BIG } from "../errors/codes.js";
import type { PlanIssue } from "../errors/PlanError.js";
import { newIssue } from "../errors/issue.js";
import { kindOf } from "../errors/describe.js";
import { optionsOf } from "../errors/guards.js";
import { PlanError } from "../errors/PlanError.js";
import type { Severity } from "../errors/Finding.js";
import { isIsoDate, type IsoDate } from "../calendar/isoDate.js";
import type { PlanJson } from "../model/types.js";
import { ALLOWED_PARENT_KINDS, UNIT_KINDS, type UnitKind } from "../model/units.js";
import { assemble } from "./_lib/assemble.js";
import { readBudget } from "./_lib/budget.js";
import { readChannel, type ChannelState } from "./_lib/channels.js";
import { Context, type Located } from "./_lib/context.js";
import { emptyDraft, type ChannelDraft, type Draft } from "./_lib/draft.js";
import { readClosing, readRecipients, readResponsibilities, readSignature } from "./_lib/duties.js";
import type { ReadFindingCode } from "./_lib/findings.js";
import { Funding } from "./_lib/funding.js";
import { readHeader } from "./_lib/header.js";
import { linkActivities, productsFromLines } from "./_lib/links.js";
import { buildOutline, isBullet, type OutlineNode } from "./_lib/outline.js";
import { isHeading, readAudiences, readItems, readObjectives, readScope, readSlogans, readThemes, readTiming, sectionKinds, type SectionKind } from "./_lib/parts.js";
import { Registry, type DirectoryUnit } from "./_lib/registry.js";
import { prepareSource } from "./_lib/source.js";
import type { Span } from "./_lib/span.js";
import { splitZones } from "./_lib/zones.js";

/**
 * The longest text {@link readPlanText} and {@link checkPlanText} read, in UTF-16 code units (10 MiB); a
 * longer one is a {@link PlanError} `too_big`.
 *
 * @example
 * ```ts
 * import { MAX_PLAN_TEXT_LENGTH } from "cong-doan-ke-hoach";
 *
 * MAX_PLAN_TEXT_LENGTH; //=> 10485760
 * ```
 * @category Read
 */
export const MAX_PLAN_TEXT_LENGTH = 10 * 1024 * 1024;

/**
 * A known unit for {@link ReadPlanTextOptions.units}: an app's own unit (its id, names, and any details of
 * a unit of the plan model: kind, parent, outlet…), with the other ways documents write its name.
 *
 * @example
 * ```ts
 * import type { UnitDirectoryEntry } from "cong-doan-ke-hoach";
 *
 * const entry: UnitDirectoryEntry = {
 *   id: "lao-dong-nghe-an", name: "Lao động Nghệ An", kind: "press-outlet",
 *   outlet: { kind: "weekly", electronicEdition: false }, aliases: ["Báo Lao động Nghệ An"],
 * };
 * ```
 * @category Read
 */
export interface UnitDirectoryEntry {
  /** The unit's id in the app; the draft uses it. */
  readonly id: string;
  /** Its name. */
  readonly name: string;
  /** The abbreviation documents use. */
  readonly shortName?: string;
  /** Other ways documents write its name ("Ban TG TLĐ", "Ban Tuyên giáo Tổng Liên đoàn"). */
  readonly aliases?: readonly string[];
  /** Its kind; the lexicon's reading of the name when absent. */
  readonly kind?: UnitKind;
  /** Further fields of a unit of the plan model (parentId, level, outlet…), copied into the draft as they are. */
  readonly [field: string]: unknown;
}

/**
 * Options of {@link readPlanText} and {@link checkPlanText}.
 *
 * @example
 * ```ts
 * import type { ReadPlanTextOptions } from "cong-doan-ke-hoach";
 *
 * const options: ReadPlanTextOptions = {
 *   referenceDate: "2025-11-19",
 *   units: [{ id: "ldld-an-giang", name: "Liên đoàn Lao động tỉnh An Giang", aliases: ["LĐLĐ tỉnh"] }],
 * };
 * ```
 * @category Read
 */
export interface ReadPlanTextOptions {
  /**
   * The date that time phrases without a year are read in ("Tháng 11", "Từ nay đến hết năm"), used when the
   * text gives no date of its own (the plan's date, "Sơn La, ngày 28 tháng 03 năm 2019", comes first).
   */
  readonly referenceDate?: IsoDate;
  /** Known units (an app's own), matched by name, short name and aliases before the lexicon is asked. */
  readonly units?: readonly UnitDirectoryEntry[];
}

/**
 * A place in the text: 1-based line and column of its start and of its end (columns count UTF-16 code
 * units, as editors and JavaScript strings do), and its offset and length in the text as given.
 *
 * @example
 * ```ts
 * import type { TextLocation } from "cong-doan-ke-hoach";
 *
 * const at: TextLocation = { line: 176, column: 2, endLine: 176, endColumn: 24, offset: 18870, length: 22 };
 * ```
 * @category Read
 */
export interface TextLocation {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** Offset of the start in the original text (UTF-16 code units). */
  readonly offset: number;
  /** Length in the original text (UTF-16 code units). */
  readonly length: number;
}

/**
 * What the reader found: a guess, something left out, something the text gets wrong; with its place in
 * the text and, where it concerns a part of the draft, that part's path.
 *
 * @example
 * ```ts
 * import type { ReadFinding } from "cong-doan-ke-hoach";
 *
 * declare const finding: ReadFinding;
 * if (finding.code === "budget_row_realigned") console.log(finding.line, finding.column);
 * ```
 * @category Read
 */
export interface ReadFinding extends TextLocation {
  readonly code: ReadFindingCode;
  readonly severity: Severity;
  /** The part of the draft it concerns (`[]` where none). */
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly messageVi: string;
  readonly details?: Readonly<Record<string, string>>;
}

/**
 * A paragraph (or a row of a table) that the reader placed nowhere, with its text and place.
 *
 * @example
 * ```ts
 * import type { UnreadParagraph } from "cong-doan-ke-hoach";
 *
 * declare const unread: UnreadParagraph;
 * console.log(`${unread.line}:${unread.column} ${unread.text}`);
 * ```
 * @category Read
 */
export interface UnreadParagraph extends TextLocation {
  readonly text: string;
}

/**
 * An entry of the source map: a part of the draft (its path) and the place in the text that says it.
 *
 * @example
 * ```ts
 * import type { SourceLocation } from "cong-doan-ke-hoach";
 *
 * const amount: SourceLocation = { path: ["budget", "declaredTotal"], line: 221, column: 1, endLine: 226, endColumn: 2, offset: 20560, length: 40 };
 * ```
 * @category Read
 */
export interface SourceLocation extends TextLocation {
  readonly path: readonly (string | number)[];
}

/**
 * A plan document (version 2) as far as a text says it: the fields the text gives, nothing it does not.
 * `safeParsePlan(draft)` says what a whole plan still lacks.
 *
 * @example
 * ```ts
 * import { readPlanText, safeParsePlan, type PlanDraft } from "cong-doan-ke-hoach";
 *
 * const draft: PlanDraft = readPlanText("KẾ HOẠCH\nTuyên truyền …").draft;
 * safeParsePlan(draft).success; //=> false
 * ```
 * @category Read
 */
export type PlanDraft = { readonly schemaVersion: 2 } & { readonly [K in Exclude<keyof PlanJson, "schemaVersion">]?: unknown };

/**
 * What {@link readPlanText} returns.
 *
 * @example
 * ```ts
 * import { readPlanText, type ReadPlanTextResult } from "cong-doan-ke-hoach";
 *
 * const result: ReadPlanTextResult = readPlanText("KẾ HOẠCH");
 * result.unread.length; //=> 0
 * ```
 * @category Read
 */
export interface ReadPlanTextResult {
  /** The plan document the text gives. */
  readonly draft: PlanDraft;
  /** What was guessed, left out or wrong, in the order of the text. */
  readonly findings: readonly ReadFinding[];
  /** The paragraphs placed nowhere, in the order of the text. */
  readonly unread: readonly UnreadParagraph[];
  /** Where the text says each part of the draft, in the order of the text. */
  readonly sources: readonly SourceLocation[];
}

/**
 * Reads the text of a plan (Kế hoạch tuyên truyền) into a plan document, the way a careful clerk would
 * retype it: the header (issuer, number, place and date, title and subject, legal bases and their dates),
 * purposes, requirements, audiences, objectives and indicators, content themes, phases or the plan's window,
 * channels with their activities (products, quantities, durations, windows, lead / executing / coordinating
 * units, targets) and quotas ("tối thiểu 02 bài/tuần đối với nhật báo…"), funding provisions and sources,
 * responsibilities, reporting duties and reviews, the closing, the recipients (Nơi nhận), the signature
 * blocks, and the budget appendix (sections, lines, products, windows, amounts, unit prices, funders,
 * declared subtotals and total, the "Bằng chữ" line, checked against the figure).
 *
 * The text may be plain text (any line ending, NFC or NFD, non-breaking spaces, bullets "-", "+", "•",
 * numbering "I.", "1.", "a)", a Word file's table flattened into tab-separated cells, Markdown from a
 * legal-text site) or HTML as mammoth converts a `.docx` (tables as `<table>`). Units are named once and
 * referenced by id (ids derived from the text, stable for the same text; `options.units` maps names to an
 * app's own units); names map to unit kinds ("LĐLĐ tỉnh, TP" is the group of provincial federations, "Báo
 * Lao Động" a press outlet). Nothing is invented: what the text does not say is absent, and every guess is a
 * finding. Nothing is dropped silently: every line of the text is in the draft (see `sources`), in a
 * finding, or in `unread`. Linear in the length of the text.
 *
 * @param text - the text, at most {@link MAX_PLAN_TEXT_LENGTH} characters.
 * @param options - `referenceDate` for phrases without a year, `units` for an app's own units.
 * @returns `{ draft, findings, unread, sources }`, deeply frozen.
 * @throws {@link PlanError} `invalid_type` at `[]` when `text` is not a string, `too_big` at `[]` when it is
 *   longer than {@link MAX_PLAN_TEXT_LENGTH}; for bad options, every problem at once: `invalid_type` at
 *   `["options"]`, `["options", "referenceDate"]` or `["options", "units"]`, `invalid_date` at
 *   `["options", "referenceDate"]` for a string that is not a calendar date, and for an entry of `units`
 *   `invalid_type` / `missing` at `["options", "units", i]` or at its `id`, `name`, `shortName`, `aliases`
 *   (or `["aliases", j]`), `invalid_value` at its `kind`. Never for what the text says: that is a finding.
 * @example
 * ```ts
 * import { readPlanText } from "cong-doan-ke-hoach";
 *
 * const { draft, findings } = readPlanText([
 *   "KẾ HOẠCH",
 *   "Tuyên truyền về “Tháng Công nhân” năm 2026",
 *   "I. THỜI GIAN",
 *   "Từ tháng 4/2026 đến tháng 5/2026.",
 * ].join("\n"));
 * draft.window; //=> { start: "2026-04-01", end: "2026-05-31" }
 * findings.length; //=> 1
 * ```
 * @category Read
 */
export function readPlanText(text: string, options?: ReadPlanTextOptions): ReadPlanTextResult {
  if (typeof text !== "string") throw new PlanError([newIssue(INVALID_TYPE, [], { expected: "string", received: kindOf(text) })]);
  if (text.length > MAX_PLAN_TEXT_LENGTH) throw new PlanError([newIssue(TOO_BIG, [], { expected: "text length", limit: MAX_PLAN_TEXT_LENGTH })]);
  const { referenceDate, directory } = readOptions(options);
  const source = prepareSource(text);
  const ctx = new Context(source, referenceDate);
  if (source.garbage > 0.05) {
    ctx.findAt("input_unreadable", 0, text.length, { value: (source.garbage * 100).toFixed(0) });
    return finish(ctx, { schemaVersion: 2 }, []);
  }
  const reg = new Registry(ctx, directory);
  const draft = emptyDraft();
  const funding = new Funding(ctx, reg, draft);
  const zones = splitZones(source.blocks);
  const appendix = readBudgetLater(zones.appendix);
  draft.header = readHeader(ctx, reg, zones.header, appendix.attachedTo);
  // At the start of the header, empty: the finding is about the whole header, and accounts for none of its lines.
  if (draft.header.issuerId === undefined && zones.header.length > 0) ctx.findAt("issuer_not_found", zones.header[0]!.start(), zones.header[0]!.start());

  const outline = buildOutline(zones.body);
  const state: ChannelState = { pending: [] };
  const hasAppendix = zones.appendix.some((b) => b.kind === "table");
  for (const node of outline) readPart(ctx, reg, funding, node, draft, state, hasAppendix);
  readClosing(ctx, reg, zones.closing, draft);
  readRecipients(ctx, reg, zones.recipients, draft);
  readSignature(ctx, reg, zones.signature, draft);
  const budget = readBudget(ctx, reg, funding, zones.appendix, draft);
  if (budget.budget !== undefined) {
    draft.budget = budget.budget;
    funding.nameAppendixSource(budget.budget.title);
  }
  for (const table of zones.bodyTables) {
    const first = table.rows[0]?.cells.flatMap((c) => c.paras)[0];
    if (first !== undefined) ctx.find("table_not_read", first, { text: first.text });
  }

  closeOpenStarts(ctx, draft, state);
  linkActivities(ctx, draft);
  productsFromLines(draft);
  for (const r of draft.reporting) {
    r.reportingUnitIds = reg.expand(r.reportingUnitIds);
  }
  expandGroups(reg, draft);
  reg.linkParents(draft.header.issuerId);
  checkParents(reg);
  const units = reg.units;
  const plan = assemble(draft, units, ctx);
  return finish(ctx, plan, units.map((u) => u.id));
}

/** The appendix's "(Ban hành kèm theo Kế hoạch số…)" line, needed by the header before the appendix is read. */
function readBudgetLater(blocks: ReturnType<typeof splitZones>["appendix"]): { attachedTo: Span | undefined } {
  for (const block of blocks) if (block.kind === "para" && /^\(?\s*(?:Ban hành )?kèm theo(?![\p{L}\p{N}])/iu.test(block.span.text)) return { attachedTo: block.span };
  return { attachedTo: undefined };
}

function readOptions(options: ReadPlanTextOptions | undefined): { referenceDate: IsoDate | undefined; directory: readonly DirectoryUnit[] } {
  const o = optionsOf(options);
  const issues: PlanIssue[] = [];
  const referenceDate: unknown = o.referenceDate;
  if (referenceDate !== undefined) {
    if (typeof referenceDate !== "string") issues.push(newIssue(INVALID_TYPE, ["options", "referenceDate"], { expected: "string", received: kindOf(referenceDate) }));
    else if (!isIsoDate(referenceDate)) {
      const written: string = referenceDate;
      issues.push(newIssue(INVALID_DATE, ["options", "referenceDate"], { value: written.length > 40 ? `${written.slice(0, 40)}…` : written }));
    }
  }
  const units = o.units;
  if (units !== undefined && !Array.isArray(units)) issues.push(newIssue(INVALID_TYPE, ["options", "units"], { expected: "array", received: kindOf(units) }));
  const directory: DirectoryUnit[] = [];
  if (Array.isArray(units)) {
    units.forEach((u: unknown, i: number) => {
      const at = ["options", "units", i];
      if (typeof u !== "object" || u === null || Array.isArray(u)) {
        issues.push(newIssue(INVALID_TYPE, at, { expected: "object", received: kindOf(u) }));
        return;
      }
      const before = issues.length;
      const entry = u as Readonly<Record<string, unknown>>;
      const text = (field: string, required: boolean) => {
        const v = entry[field];
        if (v === undefined ? required : typeof v !== "string") issues.push(newIssue(v === undefined ? MISSING : INVALID_TYPE, [...at, field], { expected: "string", received: kindOf(v) }));
      };
      text("id", true);
      text("name", true);
      text("shortName", false);
      const aliases = entry.aliases;
      if (aliases !== undefined) {
        if (!Array.isArray(aliases)) issues.push(newIssue(INVALID_TYPE, [...at, "aliases"], { expected: "array", received: kindOf(aliases) }));
        else aliases.forEach((a: unknown, j: number) => {
          if (typeof a !== "string") issues.push(newIssue(INVALID_TYPE, [...at, "aliases", j], { expected: "string", received: kindOf(a) }));
        });
      }
      const kind = entry.kind;
      if (kind !== undefined && !(UNIT_KINDS as readonly unknown[]).includes(kind)) {
        issues.push(newIssue(INVALID_VALUE, [...at, "kind"], { expected: "a unit kind of the plan model", expectedVi: "một loại đơn vị của mô hình kế hoạch", receivedValue: kind }));
      }
      if (issues.length === before) directory.push(u as DirectoryUnit);
    });
  }
  if (issues.length > 0) throw new PlanError(issues);
  return { referenceDate: referenceDate as IsoDate | undefined, directory };
}

/** Reads one part of the body ("I. …") by the kinds its heading names. */
function readPart(ctx: Context, reg: Registry, funding: Funding, node: OutlineNode, draft: Draft, state: ChannelState, hasAppendix: boolean): void {
  if (node.marker?.kind !== "roman") return;
  const kinds = sectionKinds(node.title.text);
  if (kinds.length === 0) {
    ctx.find("part_not_recognised", node.span, { text: node.title.text });
    return;
  }
  ctx.place([kinds[0]!], node.span);
  // A part that names one kind holds its items; one that names several has a section for each.
  const sections = kinds.length > 1 ? node.children.filter((c) => isHeading(c) && sectionKinds(c.title.text).length > 0) : [];
  if (sections.length === 0) {
    readSection(ctx, reg, funding, node, kinds[0]!, draft, state, hasAppendix, node.children, node.body);
    return;
  }
  const covered = new Set(sections.flatMap((s) => sectionKinds(s.title.text)));
  const missing = kinds.filter((k) => !covered.has(k));
  for (const child of node.children) {
    if (!sections.includes(child)) {
      readSection(ctx, reg, funding, child, kinds[0]!, draft, state, hasAppendix, [child], []);
      continue;
    }
    const kind = sectionKinds(child.title.text)[0]!;
    ctx.place([kind], child.span);
    // A list that starts again ("a)" after "c)") while the part names a kind no heading covers: that section,
    // its heading missing (the seed's requirements under "1. Mục đích").
    const restart = child.children.findIndex((c) => c.restart);
    if (restart > 0 && missing.length > 0) {
      const next = missing.shift()!;
      readSection(ctx, reg, funding, child, kind, draft, state, hasAppendix, child.children.slice(0, restart), child.body);
      ctx.find("heading_missing", child.children[restart]!.span, { text: child.children[restart]!.span.text, kind: next, kindVi: KIND_VI[next] }, [next]);
      readSection(ctx, reg, funding, child, next, draft, state, hasAppendix, child.children.slice(restart), []);
      continue;
    }
    readSection(ctx, reg, funding, child, kind, draft, state, hasAppendix, child.children, child.body);
  }
}

const KIND_VI: Readonly<Record<SectionKind, string>> = {
  purposes: "mục đích",
  requirements: "yêu cầu",
  audiences: "đối tượng",
  objectives: "mục tiêu",
  scope: "phạm vi",
  themes: "nội dung",
  timing: "thời gian",
  channels: "hình thức",
  funding: "kinh phí",
  responsibilities: "tổ chức thực hiện",
  tasks: "nhiệm vụ",
  slogans: "khẩu hiệu",
  reporting: "chế độ báo cáo",
};

function readSection(
  ctx: Context,
  reg: Registry,
  funding: Funding,
  node: OutlineNode,
  kind: SectionKind,
  draft: Draft,
  state: ChannelState,
  hasAppendix: boolean,
  children: readonly OutlineNode[],
  body: readonly Span[],
): void {
  const texts = (): Span[] => [...body, ...children.flatMap((c) => [c.span, ...c.body, ...c.children.map((g) => g.span)])];
  switch (kind) {
    case "purposes":
    case "requirements":
    case "tasks":
      readItems(ctx, children, body, draft[kind], kind);
      return;
    case "audiences":
      readAudiences(ctx, [...body, ...children.map((c) => c.title)], draft);
      return;
    case "objectives":
      readObjectives(ctx, children, body, draft);
      return;
    case "scope":
      readScope(ctx, texts(), draft);
      return;
    case "themes":
      readThemes(ctx, { ...node, children: [...children], body: [...body] }, draft);
      return;
    case "timing":
      readTiming(ctx, [...body, ...children.map((c) => c.title)], draft);
      return;
    case "slogans":
      readSlogans(ctx, texts(), draft);
      return;
    case "funding":
      funding.readPart({ ...node, children: [...children], body: [...body] }, hasAppendix);
      return;
    case "responsibilities":
      readResponsibilities(ctx, reg, { ...node, children: [...children], body: [...body] }, draft);
      return;
    case "reporting":
      for (const s of texts()) ctx.place(["reporting"], s);
      return;
    case "channels": {
      const numbered = children.filter((c) => c.marker !== undefined && !isBullet(c.marker));
      if (numbered.length > 0) {
        for (const child of numbered) draft.channels.push(readChannel(ctx, reg, child, draft.channels.length, state));
        return;
      }
      // Forms given as bullets ("- In ấn, phát hành tờ rơi…"): each bullet a channel with that one activity.
      for (const child of children) {
        const ci = draft.channels.length;
        const channel: ChannelDraft = {
          id: ctx.ids.make(`channel-${ci + 1}`),
          number: ci + 1,
          title: child.title.text,
          activities: [],
          quotas: [],
        };
        draft.channels.push(channel);
        ctx.place(["channels", ci], child.span);
        const single = readChannel(ctx, reg, { ...child, children: [{ ...child, children: [...child.children], body: [] }], body: [] }, ci, state);
        channel.activities = single.activities;
        channel.quotas = single.quotas;
      }
      return;
    }
  }
}

/** "Thời gian bắt đầu: Tháng 7/2017": the activity runs from then to the end of the phase it starts in. */
function closeOpenStarts(ctx: Context, draft: Draft, state: ChannelState): void {
  for (const p of state.pending) {
    const phase = draft.phases.find((ph) => ph.window.start <= p.start && p.start <= ph.window.end) ?? (draft.phases.length === 1 ? draft.phases[0] : undefined);
    const end = phase?.window.end ?? draft.window?.end;
    if (end === undefined || end < p.start) continue;
    p.activity.window = { start: p.start, end };
    ctx.place(p.path, p.span);
    ctx.find("window_inferred", p.span, { text: p.span.text, other: phase?.name ?? "" }, p.path);
  }
  // Quotas of a plan with one phase count in it.
  if (draft.phases.length === 1) for (const c of draft.channels) for (const q of c.quotas) q.phaseId ??= draft.phases[0]!.id;
}

/** Replaces the tokens of collective names with their members, everywhere units are referenced. */
function expandGroups(reg: Registry, draft: Draft): void {
  const x = (ids: string[]) => reg.expand(ids);
  for (const c of draft.channels) {
    for (const a of c.activities) {
      a.leadUnitIds = x(a.leadUnitIds);
      a.executingUnitIds = x(a.executingUnitIds);
      a.coordinatingUnitIds = x(a.coordinatingUnitIds);
      for (const t of a.targets) if (t.scopeUnitIds !== undefined) t.scopeUnitIds = x(t.scopeUnitIds);
    }
    for (const q of c.quotas) {
      q.outletIds = x(q.outletIds);
      if (q.owedBy !== undefined) q.owedBy.unitIds = x(q.owedBy.unitIds);
    }
  }
  for (const s of draft.funding.sources) s.funderUnitIds = x(s.funderUnitIds);
  for (const r of draft.responsibilities) r.unitIds = x(r.unitIds);
  for (const r of draft.recipients) r.unitIds = x(r.unitIds);
  for (const s of draft.budget?.sections ?? []) {
    for (const l of s.lines) {
      l.leadUnitIds = x(l.leadUnitIds);
      l.coordinatingUnitIds = x(l.coordinatingUnitIds);
    }
  }
  if (draft.header.issuerId !== undefined) draft.header.issuerId = x([draft.header.issuerId])[0]!;
}

/** Drops parents of a kind the model does not allow (a Ban named under a People's Committee). */
function checkParents(reg: Registry): void {
  const byId = new Map(reg.units.map((u) => [u.id, u] as const));
  for (const unit of reg.units) {
    if (unit.parentId === undefined || unit.fromDirectory) continue;
    const parent = byId.get(unit.parentId);
    if (parent === undefined || !ALLOWED_PARENT_KINDS[unit.kind].includes(parent.kind)) delete unit.parentId;
  }
}

/** Locates, sorts and freezes what was read. */
function finish(ctx: Context, draft: Record<string, unknown>, _unitIds: readonly string[]): ReadPlanTextResult {
  // Findings placed by path only (links): at the text of what they concern.
  const located = ctx.findings.map((f) => {
    if (f.start >= 0) return f;
    const at = bestSource(ctx.sources, f.path);
    return { ...f, start: at?.start ?? 0, end: at?.end ?? 0 };
  });
  ctx.findings.length = 0;
  ctx.findings.push(...located);
  const unread = ctx.settle();
  const findings = ctx.findings.map((f) => deepFreeze(ctx.finish(f) as ReadFinding)).sort(byPlace);
  const sources = ctx.sources
    .map((s) => deepFreeze({ path: s.path, ...ctx.locate(s.start, s.end) } as SourceLocation))
    .sort(byPlace);
  const unreadParagraphs = unread.map((u) => deepFreeze({ text: textOf(ctx, u.start, u.end), ...ctx.locate(u.start, u.end) } as UnreadParagraph));
  return deepFreeze({ draft: deepFreeze(draft) as PlanDraft, findings, unread: unreadParagraphs, sources });
}

function textOf(ctx: Context, start: number, end: number): string {
  return ctx.source.original
    .slice(start, end)
    .normalize("NFC")
    .replace(/\s+/gu, " ")
    .trim();
}

function byPlace(a: Located, b: Located): number {
  return a.offset - b.offset || a.length - b.length;
}

/** The source entry that says most precisely what a path is: the longest prefix of the path, first in the text. @internal */
export function bestSource<T extends { readonly path: readonly (string | number)[]; readonly start: number }>(sources: readonly T[], path: readonly (string | number)[]): T | undefined {
  let best: T | undefined;
  let depth = -1;
  for (const s of sources) {
    let k = 0;
    while (k < s.path.length && k < path.length && s.path[k] === path[k]) k++;
    if (k < s.path.length || k === 0) continue;
    if (k > depth || (k === depth && best !== undefined && s.start < best.start)) {
      best = s;
      depth = k;
    }
  }
  return best;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
