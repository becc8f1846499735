/**
 * `npm run gen:types`: writes src/model/types.ts, the public types of the plan model (`Plan`, `Unit`,
 * `BudgetLine`…, and their JSON forms `PlanJson`, `UnitJson`…), from the zod schemas of src/model/schema.ts,
 * with every description of the schemas as TSDoc, so that editors show them. Run it after every change of
 * the schemas: test/model/types.test.ts fails while the file is out of date.
 *
 * The engine (scripts/_lib/modelTypes.ts) walks the schemas; this file tells it the project's names: the
 * root (the plan), the schemas that stand for the library's own types (amounts are `Vnd`, dates `IsoDate`…),
 * the vocabularies (`UnitKind`…), that the parsed plan is frozen deeply (`deepFrozen`), and the docs of every type
 * (a summary where the schema has no description, and an example for each form). A schema that it cannot
 * type, or a new named schema without docs here, makes it fail with the list of what to do.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { completePlanSchema } from "../src/model/plan.js";
import { schemas } from "../src/model/schema.js";
import { OUTLET_KINDS, OUTLET_MEDIA, UNIT_KINDS, UNIT_LEVELS } from "../src/model/units.js";
import { EDGE_POLICIES, FUNDING_KINDS, ITEM_KINDS, QUOTA_PERIODS, REPORTING_KINDS, REPORTING_PERIODS } from "../src/model/vocabulary.js";
import { renderModelTypes, type ModelTypesConfig, type TypeDocs } from "./_lib/modelTypes.js";

/** Where the generated file goes. */
export const MODEL_TYPES_FILE = fileURLToPath(new URL("../src/model/types.ts", import.meta.url));

/** An example's code, without the blank lines around it. */
const ex = (code: string) => code.trim();

/**
 * The docs of every generated type. `summary` only where the schema has no description (the description is
 * the summary otherwise); `example` and `jsonExample` always. The parsed forms' examples are the ones these
 * types had when they were written by hand.
 */
export const MODEL_TYPE_DOCS: Readonly<Record<string, TypeDocs>> = {
  Plan: {
    remarks: "Checked and deeply frozen, as {@link parsePlan} returns it. Amounts are {@link Vnd} values; dates are {@link IsoDate} strings.",
    example: ex(`
import { parsePlan, type Plan } from "cong-doan-ke-hoach";

declare const json: unknown; // a plan document: here examples/vgcl-2017/plan.json
const plan: Plan = parsePlan(json);
plan.channels.length; //=> 6
`),
    jsonSummary:
      "A plan document as JSON carries it: what {@link parsePlan} accepts and {@link planToJSON} returns. Amounts are safe integers or digit strings; the lists that may be empty and the booleans with a default may be left out.",
    jsonExample: ex(`
import type { PlanJson } from "cong-doan-ke-hoach";

const version: PlanJson["schemaVersion"] = 2;
`),
  },
  Header: {
    summary: "The plan's header: title, issuer, number and date, legal bases, background.",
    example: ex(`
import type { Header } from "cong-doan-ke-hoach";
const title = (h: Header) => h.title;
`),
    jsonExample: ex(`
import type { HeaderJson } from "cong-doan-ke-hoach";

const header: HeaderJson = { title: "KẾ HOẠCH", subject: "Tuyên truyền về “Thiết chế Công đoàn”", issuerId: "tld", documentType: "KH", issuerCode: "TLĐ", issuedIn: "2017-07" };
`),
  },
  LegalBasis: {
    example: ex(`
import type { LegalBasis } from "cong-doan-ke-hoach";
const ref = (b: LegalBasis) => b.reference;
`),
    jsonExample: ex(`
import type { LegalBasisJson } from "cong-doan-ke-hoach";

const basis: LegalBasisJson = { id: "hd-284", kind: "Hướng dẫn", reference: "284/HD-TLĐ", issuedOn: "2017-03-09" };
`),
  },
  LabelledText: {
    summary: "A lettered or numbered paragraph of the plan: a purpose \"a)\" (mục đích), a requirement \"b)\" (yêu cầu).",
    example: ex(`
import type { LabelledText } from "cong-doan-ke-hoach";
const heading = (p: LabelledText) => (p.label === undefined ? p.text : \`\${p.label}) \${p.text}\`);
`),
    jsonExample: ex(`
import type { LabelledTextJson } from "cong-doan-ke-hoach";

const purpose: LabelledTextJson = { id: "purpose-a", label: "a", text: "Tuyên truyền sâu rộng về vai trò của tổ chức công đoàn." };
`),
  },
  Audience: {
    example: ex(`
import type { Audience } from "cong-doan-ke-hoach";
const name = (a: Audience) => a.name;
`),
    jsonExample: ex(`
import type { AudienceJson } from "cong-doan-ke-hoach";

const audience: AudienceJson = { id: "cdcs", name: "công đoàn cơ sở", unitKinds: ["grassroots-union"] };
`),
  },
  Theme: {
    example: ex(`
import type { Theme } from "cong-doan-ke-hoach";
const text = (t: Theme) => t.text;
`),
    jsonExample: ex(`
import type { ThemeJson } from "cong-doan-ke-hoach";

const theme: ThemeJson = { id: "theme-1", text: "Tuyên truyền về các sản phẩm, dịch vụ có giá ưu đãi cho đoàn viên." };
`),
  },
  Phase: {
    example: ex(`
import type { Phase } from "cong-doan-ke-hoach";
const start = (p: Phase) => p.window.start;
`),
    jsonExample: ex(`
import type { PhaseJson } from "cong-doan-ke-hoach";

const phase: PhaseJson = { id: "phase-1", name: "Giai đoạn 1", window: { start: "2017-07-01", end: "2018-05-31" }, windowText: "từ tháng 7/2017 đến tháng 5/2018" };
`),
  },
  Unit: {
    example: ex(`
import type { Unit } from "cong-doan-ke-hoach";
const isOutlet = (u: Unit) => u.outlet !== undefined;
`),
    jsonExample: ex(`
import type { UnitJson } from "cong-doan-ke-hoach";

const unit: UnitJson = { id: "bao-lao-dong", name: "Báo Lao Động", kind: "press-outlet", parentId: "tld", outlet: { kind: "daily", electronicEdition: true } };
`),
  },
  Outlet: {
    summary: "The outlet details of a press outlet or broadcaster.",
    example: ex(`
import type { Outlet } from "cong-doan-ke-hoach";
const online = (o: Outlet) => o.electronicEdition;
`),
    jsonExample: ex(`
import type { OutletJson } from "cong-doan-ke-hoach";

const magazine: OutletJson = { kind: "magazine", issuesPerYear: 12 };
`),
  },
  Channel: {
    example: ex(`
import type { Channel } from "cong-doan-ke-hoach";
const count = (c: Channel) => c.activities.length;
`),
    jsonExample: ex(`
import type { ChannelJson } from "cong-doan-ke-hoach";

const channel: ChannelJson = { id: "c1", number: 1, title: "Tuyên truyền trên báo chí", activities: [{ id: "c1-chuyen-muc", title: "Xây dựng chuyên trang, chuyên mục" }] };
`),
  },
  Activity: {
    example: ex(`
import type { Activity } from "cong-doan-ke-hoach";
const lead = (a: Activity) => a.leadUnitIds;
`),
    jsonExample: ex(`
import type { ActivityJson } from "cong-doan-ke-hoach";

const activity: ActivityJson = { id: "c3-clip", title: "Sản xuất clip", product: { description: "03 clip", quantity: 3, unit: "clip" }, approximateSeconds: 120, executingUnitIds: ["cong-ty-truyen-thong"] };
`),
  },
  Product: {
    summary: "What an activity or budget line produces: description, quantity, unit of measure.",
    example: ex(`
import type { Product } from "cong-doan-ke-hoach";
const qty = (p: Product) => p.quantity ?? 0;
`),
    jsonExample: ex(`
import type { ProductJson } from "cong-doan-ke-hoach";

const product: ProductJson = { description: "365 bài, (01 bài/ngày)", quantity: 365, unit: "bài" };
`),
  },
  Target: {
    example: ex(`
import type { Target } from "cong-doan-ke-hoach";
const pct = (t: Target) => t.percent;
`),
    jsonExample: ex(`
import type { TargetJson } from "cong-doan-ke-hoach";

const target: TargetJson = { id: "t-cdcs", description: "100% CĐCS được tuyên truyền", percent: 100, unitKind: "grassroots-union" };
`),
  },
  Quota: {
    example: ex(`
import type { Quota } from "cong-doan-ke-hoach";
const text = (q: Quota) => \`\${q.min}/\${q.per}\`;
`),
    jsonExample: ex(`
import type { QuotaJson } from "cong-doan-ke-hoach";

const quota: QuotaJson = { id: "quota-press-weekly", min: 2, per: "week", itemKinds: ["article"], outletKinds: ["daily", "weekly"], requireOnlineCopy: true };
`),
  },
  Funding: {
    example: ex(`
import type { Funding } from "cong-doan-ke-hoach";
const sourceIds = (f: Funding) => f.sources.map((s) => s.id);
`),
    jsonExample: ex(`
import type { FundingJson } from "cong-doan-ke-hoach";

const funding: FundingJson = { sources: [{ id: "central-budget", kind: "central-budget", name: "Kinh phí của Tổng Liên đoàn", funderUnitIds: ["tld"] }] };
`),
  },
  FundingSource: {
    summary: "A funding source: the central budget, units' regular budgets, partners.",
    example: ex(`
import type { FundingSource } from "cong-doan-ke-hoach";
const kind = (s: FundingSource) => s.kind;
`),
    jsonExample: ex(`
import type { FundingSourceJson } from "cong-doan-ke-hoach";

const source: FundingSourceJson = { id: "partner", kind: "partner", name: "Kinh phí của các đối tác", funderUnitIds: ["doi-tac"] };
`),
  },
  FundingProvision: {
    summary: "A numbered provision of part IV (kinh phí thực hiện): what one funding source pays for.",
    example: ex(`
import type { FundingProvision } from "cong-doan-ke-hoach";
const source = (p: FundingProvision) => p.sourceId;
`),
    jsonExample: ex(`
import type { FundingProvisionJson } from "cong-doan-ke-hoach";

const provision: FundingProvisionJson = { id: "funding-1", label: "1", text: "Các LĐLĐ tỉnh, TP chủ động sử dụng kinh phí thường xuyên.", sourceId: "regular-budget" };
`),
  },
  Responsibility: {
    remarks: "Part V of a plan is its trách nhiệm thực hiện: who carries out what.",
    example: ex(`
import type { Responsibility } from "cong-doan-ke-hoach";
const n = (r: Responsibility) => r.duties.length;
`),
    jsonExample: ex(`
import type { ResponsibilityJson } from "cong-doan-ke-hoach";

const responsibility: ResponsibilityJson = { id: "resp-1", label: "1", title: "Ban Tuyên giáo TLĐ.", unitIds: ["ban-tuyen-giao"], duties: [{ id: "resp-1-duty-1", text: "Thực hiện công tác giám sát, đánh giá." }] };
`),
  },
  Duty: {
    summary: "One duty of a {@link Responsibility}: what its units do, and the activities it concerns.",
    example: ex(`
import type { Duty } from "cong-doan-ke-hoach";
const concerns = (d: Duty, activityId: string) => d.activityIds.includes(activityId);
`),
    jsonExample: ex(`
import type { DutyJson } from "cong-doan-ke-hoach";

const duty: DutyJson = { id: "resp-1-duty-1", text: "Thực hiện công tác giám sát, đánh giá.", activityIds: ["c1-chuyen-muc"] };
`),
  },
  ReportingDuty: {
    summary: "A reporting duty: periodic reports, a report due in a month, a review.",
    example: ex(`
import type { ReportingDuty } from "cong-doan-ke-hoach";
const every = (d: ReportingDuty) => d.every;
`),
    jsonExample: ex(`
import type { ReportingDutyJson } from "cong-doan-ke-hoach";

const monthly: ReportingDutyJson = { id: "report-monthly", kind: "periodic-report", description: "Hàng tháng báo cáo về Tổng Liên đoàn.", reportingUnitIds: ["ldld-tinh"], recipientUnitId: "tld", every: "month" };
`),
  },
  Recipient: {
    example: ex(`
import type { Recipient } from "cong-doan-ke-hoach";
const line = (r: Recipient) => \`- \${r.text}\`;
`),
    jsonExample: ex(`
import type { RecipientJson } from "cong-doan-ke-hoach";

const recipient: RecipientJson = { id: "recipient-1", text: "Thường trực ĐCT;", unitIds: ["thuong-truc-dct"] };
`),
  },
  Signatory: {
    summary: "Who signs the plan (người ký): on whose behalf, title and name.",
    example: ex(`
import type { Signatory } from "cong-doan-ke-hoach";
const signature = (s: Signatory) => [s.capacity, s.title, s.name].filter((line) => line !== undefined);
`),
    jsonExample: ex(`
import type { SignatoryJson } from "cong-doan-ke-hoach";

const signatory: SignatoryJson = { capacity: "TM. ĐOÀN CHỦ TỊCH", title: "PHÓ CHỦ TỊCH", name: "Trần Văn Thuật" };
`),
  },
  QuotaDebtors: {
    summary: "Who owes a quota that units owe by contributing items: units by id or kind, and the condition the text sets.",
    example: ex(`
import type { QuotaDebtors } from "cong-doan-ke-hoach";
const kinds = (d: QuotaDebtors) => d.unitKinds;
`),
    jsonExample: ex(`
import type { QuotaDebtorsJson } from "cong-doan-ke-hoach";

const owedBy: QuotaDebtorsJson = { unitKinds: ["grassroots-union"], minMemberCount: 100 };
`),
  },
  DueRule: {
    summary: "When each periodic report falls due: a day of the month, and for yearly reports a month.",
    example: ex(`
import type { DueRule } from "cong-doan-ke-hoach";
const day = (d: DueRule) => d.day;
`),
    jsonExample: ex(`
import type { DueRuleJson } from "cong-doan-ke-hoach";

const fifth: DueRuleJson = { day: 5 };
`),
  },
  AuthorityLine: {
    summary: "One authority line of a signature block: TM., KT., Q., TL. or TUQ. and what it names.",
    example: ex(`
import type { AuthorityLine } from "cong-doan-ke-hoach";
const line = (a: AuthorityLine) => \`\${a.mode}. \${a.title}\`;
`),
    jsonExample: ex(`
import type { AuthorityLineJson } from "cong-doan-ke-hoach";

const line: AuthorityLineJson = { mode: "KT", title: "CHỦ TỊCH" };
`),
  },
  Quantity: {
    summary: "A quantity of a rate: how many of one unit (100 người, 2 buổi).",
    example: ex(`
import type { Quantity } from "cong-doan-ke-hoach";
const text = (q: Quantity) => \`\${q.quantity} \${q.unit}\`;
`),
    jsonExample: ex(`
import type { QuantityJson } from "cong-doan-ke-hoach";

const people: QuantityJson = { quantity: 100, unit: "người" };
`),
  },
  LineShare: {
    summary: "A budget line's amount as a share of other lines.",
    example: ex(`
import type { LineShare } from "cong-doan-ke-hoach";
const percent = (s: LineShare) => s.percent;
`),
    jsonExample: ex(`
import type { LineShareJson } from "cong-doan-ke-hoach";

const share: LineShareJson = { lineIds: ["tien-an"], percent: 70 };
`),
  },
  LineFunding: {
    summary: "One of several sources that pay a budget line, with its amount or its share.",
    example: ex(`
import type { LineFunding } from "cong-doan-ke-hoach";
const source = (f: LineFunding) => f.sourceId;
`),
    jsonExample: ex(`
import type { LineFundingJson } from "cong-doan-ke-hoach";

const part: LineFundingJson = { sourceId: "ngan-sach-tp", percent: 50 };
`),
  },
  Indicator: {
    example: ex(`
import type { Indicator } from "cong-doan-ke-hoach";
const target = (i: Indicator) => \`\${i.comparator} \${i.value}\`;
`),
    jsonExample: ex(`
import type { IndicatorJson } from "cong-doan-ke-hoach";

const all: IndicatorJson = { id: "cdcs-100", text: "100% CĐCS", measure: "percent", comparator: "at-least", value: 100, population: { kind: "units", unitKind: "grassroots-union" } };
`),
  },
  Population: {
    summary: "Who or what an indicator counts.",
    example: ex(`
import type { Population } from "cong-doan-ke-hoach";
const kind = (p: Population) => p.kind;
`),
    jsonExample: ex(`
import type { PopulationJson } from "cong-doan-ke-hoach";

const residents: PopulationJson = { kind: "residents" };
`),
  },
  IndicatorValue: {
    summary: "An indicator's baseline: the value it starts from, and when.",
    example: ex(`
import type { IndicatorValue } from "cong-doan-ke-hoach";
const value = (v: IndicatorValue) => v.value;
`),
    jsonExample: ex(`
import type { IndicatorValueJson } from "cong-doan-ke-hoach";

const baseline: IndicatorValueJson = { value: 4.2, on: "2024-12-31" };
`),
  },
  IndicatorActual: {
    summary: "An indicator's actual value, as measured, and when.",
    example: ex(`
import type { IndicatorActual } from "cong-doan-ke-hoach";
const value = (v: IndicatorActual) => v.value;
`),
    jsonExample: ex(`
import type { IndicatorActualJson } from "cong-doan-ke-hoach";

const actual: IndicatorActualJson = { value: 3.1, on: "2025-12-31" };
`),
  },
  Objective: {
    example: ex(`
import type { Objective } from "cong-doan-ke-hoach";
const count = (o: Objective) => o.indicators.length;
`),
    jsonExample: ex(`
import type { ObjectiveJson } from "cong-doan-ke-hoach";

const objective: ObjectiveJson = { id: "muc-tieu-1", text: "Nâng cao nhận thức của người dân" };
`),
  },
  Appendix: {
    example: ex(`
import type { Appendix } from "cong-doan-ke-hoach";
const rows = (a: Appendix) => a.items.length;
`),
    jsonExample: ex(`
import type { AppendixJson } from "cong-doan-ke-hoach";

const appendix: AppendixJson = { id: "phu-luc-1", title: "Khẩu hiệu tuyên truyền", items: [{ id: "k1", text: "Công đoàn vì lợi ích đoàn viên" }] };
`),
  },
  AppendixItem: {
    summary: "A row of an appendix: a dated item of a schedule, a message.",
    example: ex(`
import type { AppendixItem } from "cong-doan-ke-hoach";
const text = (i: AppendixItem) => i.text;
`),
    jsonExample: ex(`
import type { AppendixItemJson } from "cong-doan-ke-hoach";

const item: AppendixItemJson = { id: "k1", text: "Công đoàn vì lợi ích đoàn viên" };
`),
  },
  OpenWindow: {
    example: ex(`
import type { OpenWindow } from "cong-doan-ke-hoach";
const open = (w: OpenWindow) => w.end === undefined;
`),
    jsonExample: ex(`
import type { OpenWindowJson } from "cong-doan-ke-hoach";

const onward: OpenWindowJson = { start: "2025-01-01" };
`),
  },
  Slogan: {
    summary: "A slogan the plan asks units to display (khẩu hiệu).",
    example: ex(`
import type { Slogan } from "cong-doan-ke-hoach";
const text = (s: Slogan) => s.text;
`),
    jsonExample: ex(`
import type { SloganJson } from "cong-doan-ke-hoach";

const slogan: SloganJson = { id: "k1", text: "Công đoàn vì lợi ích đoàn viên!" };
`),
  },
  Archive: {
    summary: "The \"Lưu\" line of Nơi nhận: where the document is filed.",
    example: ex(`
import type { Archive } from "cong-doan-ke-hoach";
const parts = (a: Archive) => a.parts;
`),
    jsonExample: ex(`
import type { ArchiveJson } from "cong-doan-ke-hoach";

const archive: ArchiveJson = { text: "Lưu: VT, BTG", parts: ["VT", "BTG"] };
`),
  },
  Provenance: {
    summary: "Where a transcribed plan comes from, where it is not the whole document.",
    example: ex(`
import type { Plan } from "cong-doan-ke-hoach";
const isExcerpt = (plan: Plan) => plan.provenance?.kind === "excerpt";
`),
    jsonExample: ex(`
import type { ProvenanceJson } from "cong-doan-ke-hoach";

const provenance: ProvenanceJson = { kind: "excerpt", notes: ["Văn bản bị cắt trước phần chữ ký."] };
`),
  },
  Budget: {
    example: ex(`
import type { Budget } from "cong-doan-ke-hoach";
const sections = (b: Budget) => b.sections.length;
`),
    jsonExample: ex(`
import type { BudgetJson } from "cong-doan-ke-hoach";

const budget: BudgetJson = { title: "Dự trù kinh phí", currency: "VND", sections: [], declaredTotal: "151.500.000" };
`),
  },
  BudgetSection: {
    summary: "A section of the budget appendix (\"I. Sản phẩm truyền thông điện tử\").",
    example: ex(`
import type { BudgetSection } from "cong-doan-ke-hoach";
const declared = (s: BudgetSection) => s.declaredTotal?.toString();
`),
    jsonExample: ex(`
import type { BudgetSectionJson } from "cong-doan-ke-hoach";

const section: BudgetSectionJson = { id: "budget-i", label: "I", title: "Sản phẩm truyền thông điện tử", declaredTotal: 111_500_000 };
`),
  },
  BudgetLine: {
    summary: "A line of the budget appendix.",
    example: ex(`
import type { BudgetLine } from "cong-doan-ke-hoach";
const amount = (l: BudgetLine) => l.amount?.toString() ?? "0";
`),
    jsonExample: ex(`
import type { BudgetLineJson } from "cong-doan-ke-hoach";

const line: BudgetLineJson = { id: "budget-i-1", label: "1", title: "Video hoạt họa 2D", amount: "30.000.000", fundingSourceId: "central-budget" };
`),
  },
};

/** The engine's configuration for the plan model. */
export function modelTypesConfig(): ModelTypesConfig {
  const s = schemas();
  const plan = z.globalRegistry.get(completePlanSchema());
  return {
    // planShapeSchema has no meta id: the id "Plan" is on the complete schema of plan.ts, which wraps the
    // shape in the cross-reference checks and a transform that freezes the plan.
    roots: [{ name: "Plan", schema: s.planShapeSchema, frozen: true, ...(plan?.description === undefined ? {} : { description: plan.description }) }],
    scan: Object.values(s),
    known: [
      { schema: s.schemaVersion, output: "2", input: "1 | 2" },
      { schema: s.isoDate, output: "IsoDate", input: "IsoDate" },
      { schema: s.yearMonth, output: "YearMonth", input: "YearMonth" },
      { schema: s.window, output: "Window", input: "{ start: IsoDate; end: IsoDate }" },
      { schema: s.amount, output: "Vnd", input: "number | string" },
      { schema: s.signedAmount, output: "Vnd", input: "number | string" },
    ],
    enums: [
      { values: UNIT_KINDS, name: "UnitKind" },
      { values: OUTLET_KINDS, name: "OutletKind" },
      { values: UNIT_LEVELS, name: "UnitLevel" },
      { values: OUTLET_MEDIA, name: "OutletMedium" },
      { values: REPORTING_PERIODS, name: "ReportingPeriod" },
      { values: QUOTA_PERIODS, name: "QuotaPeriod" },
      { values: EDGE_POLICIES, name: "EdgePolicy" },
      { values: ITEM_KINDS, name: "ItemKind" },
      { values: FUNDING_KINDS, name: "FundingKind" },
      { values: REPORTING_KINDS, name: "ReportingKind" },
    ],
    // The whole plan schema freezes the parsed plan deeply (freeze, in plan.ts), once.
    deepFrozen: true,
    imports: {
      Vnd: "../budget/vnd.js",
      IsoDate: "../calendar/isoDate.js",
      YearMonth: "../calendar/isoDate.js",
      Window: "../calendar/window.js",
      UnitKind: "./units.js",
      OutletKind: "./units.js",
      UnitLevel: "./units.js",
      OutletMedium: "./units.js",
      ReportingPeriod: "./vocabulary.js",
      QuotaPeriod: "./vocabulary.js",
      EdgePolicy: "./vocabulary.js",
      ItemKind: "./vocabulary.js",
      FundingKind: "./vocabulary.js",
      ReportingKind: "./vocabulary.js",
    },
    docs: MODEL_TYPE_DOCS,
    jsonSummary: (name, { defaulted }) =>
      `{@link ${name}} as a plan document writes it (what {@link parsePlan} reads and {@link planToJSON} writes).${defaulted ? " The properties with a default may be left out." : ""}`,
    category: "Model",
    banner: [
      "Generated by scripts/gen-model-types.ts from the zod schemas of src/model/schema.ts: do not edit.",
      "After a change of the schemas, run `npm run gen:types` (test/model/types.test.ts checks that this file is up to date).",
    ],
  };
}

/** The text of src/model/types.ts, as the schemas give it now. */
export function generateModelTypes(): string {
  return renderModelTypes(modelTypesConfig());
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(MODEL_TYPES_FILE, generateModelTypes());
  console.log(`wrote ${MODEL_TYPES_FILE}`);
}
