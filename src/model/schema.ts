import { z } from "zod";
import { requireString } from "../errors/fromZod.js";
import { buildPrimitiveSchemas } from "./_lib/primitives.js";
import { DOCUMENT_REFERENCE_PATTERN } from "./documentReference.js";
import { ID_PATTERN } from "./_lib/idPattern.js";
import { OUTLET_KINDS, OUTLET_MEDIA, UNIT_KINDS, UNIT_LEVELS } from "./units.js";
import { EDGE_POLICIES, FUNDING_KINDS, ITEM_KINDS, QUOTA_PERIODS, REPORTING_KINDS, REPORTING_PERIODS } from "./vocabulary.js";

// Limits that keep hostile input cheap: no real plan comes near them.
const MAX_TEXT = 100_000;
const MAX_NAME = 1_000;
const MAX_ITEMS = 100_000;

/**
 * Freezes, deeply, a plan that zod has just built (never the caller's: zod builds every object and list it
 * returns). The whole plan schema ends with it (plan.ts), once, instead of a transform on every object and
 * list, which made zod's parse about twice as slow; scripts/gen-model-types.ts is told (`deepFrozen`) that
 * everything a parsed plan holds is read-only. A value already frozen (an amount, a window) is frozen to its
 * depth already and is not walked.
 *
 * @internal
 */
export function freeze<T extends object>(value: T): Readonly<T> {
  freezeDefined(value);
  return value;
}

/**
 * {@link freeze}, and whether no property of an object it froze holds `undefined` (which a plan parsed by the
 * plan schema never holds; see relaxedPlanSchema in plan.ts).
 *
 * @internal
 */
export function freezeDefined(value: object): boolean {
  let defined = true;
  const stack: object[] = [value];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (Object.isFrozen(next)) continue;
    Object.freeze(next);
    if (Array.isArray(next)) {
      for (let i = 0; i < next.length; i += 1) {
        const child: unknown = next[i];
        if (typeof child === "object" && child !== null) stack.push(child);
      }
    } else {
      // zod builds plain objects: no enumerable key is inherited.
      for (const key in next) {
        const child = (next as Record<string, unknown>)[key];
        if (typeof child === "object" && child !== null) stack.push(child);
        else if (child === undefined) defined = false;
      }
    }
  }
  return defined;
}

/**
 * Builds every zod schema of the plan model, once, on first use: importing the library builds nothing.
 * The types of the model come from what this returns.
 */
function build() {
  const { isoDate: isoDateSchema, yearMonth: yearMonthSchema, window: windowSchema, amount: amountSchema, signedAmount: signedAmountSchema } =
    buildPrimitiveSchemas();
  // An id: letters, digits, `.`, `_`, `-`, starting with a letter or digit; unique within its kind.
  const idSchema = z
    .string()
    .regex(ID_PATTERN)
    .meta({ description: "An id: ASCII letters, digits, '.', '_' or '-', starting with a letter or digit; unique within its kind." });


  const text = z.string().min(1).max(MAX_TEXT);
  const name = z.string().min(1).max(MAX_NAME);
  // Every object and array that zod builds is typed `readonly` and frozen, by `freeze` once the whole plan has
  // parsed, so that a parsed plan is deeply immutable and shares nothing with its input. (zod's own
  // `.readonly()` is not used: it freezes the caller's value even when that value is rejected.)
  const obj = <S extends z.core.$ZodLooseShape>(shape: S) => z.strictObject(shape);
  // A list that may be empty may be left out of a document (`list`): it reads as empty, and planToJSON writes it
  // in full. A list that must have items (`frozenList(item, 1)`) is required. (Two helpers, not one with a `min`
  // argument, so that the inferred types say which lists may be left out.)
  const frozenList = <T extends z.ZodType>(item: T, min = 0) =>
    z.array(item).min(min).max(MAX_ITEMS);
  const list = <T extends z.ZodType>(item: T) => frozenList(item).prefault([]);
  const ids = list(idSchema);
  const idList = frozenList(idSchema);
  const count = z.int().nonnegative();

  const documentReference = z
    .string()
    .max(200)
    // The canonical form only (what formatDocumentReference writes), so that the JSON Schema's pattern and
    // parsePlan accept the same documents; parseDocumentReference reads the looser forms people type.
    .superRefine(requireString((value) => DOCUMENT_REFERENCE_PATTERN.test(value), "invalid_document_reference"))
    .meta({ pattern: DOCUMENT_REFERENCE_PATTERN.source, description: "A document reference in its canonical form: a state document (284/HD-TLĐ, 30/2020/NĐ-CP, 50/2024/QH15, 02/KHLT/LĐLĐ-TĐTN), a Party document (29-NQ/TW) or an official letter (8019/TLĐ-TG)." });

  /** A lettered or numbered paragraph: a purpose "a)", a requirement "b)". */
  const labelledTextSchema = obj({
      id: idSchema,
      label: name.exactOptional().describe("The label in the document: \"a\", \"1\"…"),
      title: name.exactOptional().describe("A heading of the paragraph, where the document gives one (a task's name)."),
      text,
    })
    .meta({ id: "LabelledText" });

  const legalBasisSchema = obj({
      id: idSchema,
      kind: name.describe("The kind of document in Vietnamese: \"Nghị quyết\", \"Hướng dẫn\", \"Quyết định\"…"),
      reference: documentReference.exactOptional(),
      title: text.exactOptional(),
      issuer: name.exactOptional().describe("The issuing body as the document names it."),
      issuerId: idSchema.exactOptional().describe("The issuing body, where the plan lists it among its units."),
      issuedOn: isoDateSchema.exactOptional(),
      summary: text.exactOptional(),
    })
    .meta({ id: "LegalBasis", description: "A document the plan is based on (căn cứ)." });

  const headerSchema = obj({
      title: name.exactOptional().describe("The document title: \"KẾ HOẠCH\"; absent where the text does not give it (a news report of a plan)."),
      subject: text.describe("What the plan is about: \"Tuyên truyền về …\"."),
      issuerId: idSchema.describe("The unit that issues the plan."),
      coIssuerIds: ids.describe("The other issuers of a joint plan (kế hoạch liên tịch: \"02/KHLT/LĐLĐ-TĐTN\")."),
      place: name.exactOptional().describe("The place of issue, as the date line writes it: \"Hà Nội\", \"Cần Thơ\"."),
      documentType: z.string().regex(/^[A-ZĐ]{1,10}$/).exactOptional().describe("The type code of the plan's own number: \"KH\"."),
      documentNumber: z.string().regex(/^\d+[a-z]?$/).exactOptional().describe("The plan's number; absent while the document leaves it blank."),
      issuerCode: z.string().min(1).max(40).exactOptional().describe("The issuer code of the plan's number: \"TLĐ\"."),
      issuedOn: isoDateSchema.exactOptional().describe("The signing date, when the document gives the day."),
      issuedIn: yearMonthSchema.exactOptional().describe("The signing month, when only the month is given (\"ngày…../7/2017\")."),
      issuedYear: z.int().min(1).max(9999).exactOptional().describe("The signing year, when only the year is known (a plan cited as \"34/KH-TLĐ (2025)\")."),
      legalBases: list(legalBasisSchema),
      background: list(text).describe("The opening paragraphs, before part I."),
    })
    .meta({ id: "Header" });

  const audienceSchema = obj({
      id: idSchema,
      name: name.describe("In Vietnamese, as the plan writes it."),
      nameEn: name.exactOptional(),
      unitKinds: frozenList(z.enum(UNIT_KINDS)).exactOptional().describe("The unit kinds this audience stands for, where it is units."),
    })
    .meta({ id: "Audience", description: "A target audience (đối tượng tuyên truyền)." });

  const themeSchema = obj({ id: idSchema, text }).meta({ id: "Theme", description: "A content theme (nội dung tuyên truyền)." });

  const phaseSchema = obj({
      id: idSchema,
      name,
      window: windowSchema,
      windowText: name.exactOptional().describe("The window as the document writes it."),
    })
    .meta({ id: "Phase", description: "A phase of the plan (giai đoạn)." });

  const outletSchema = obj({
      kind: z.enum(OUTLET_KINDS),
      media: frozenList(z.enum(OUTLET_MEDIA)).exactOptional().describe("The media it publishes in, where it has several: print, online, radio, television (\"Báo và Phát thanh, Truyền hình\")."),
      electronicEdition: z.boolean().default(false).describe("Whether the outlet has an electronic edition (bản điện tử) where column articles appear too."),
      issuesPerYear: z.int().min(1).max(366).exactOptional().describe("For magazines: how many issues a year."),
      programmes: frozenList(name).exactOptional().describe("For broadcasters: the named programmes that carry the plan's content."),
    })
    .meta({ id: "Outlet" });

  const unitSchema = obj({
      id: idSchema,
      name: name.describe("The full name in Vietnamese."),
      shortName: name.exactOptional().describe("The abbreviation the document uses: \"Ban Tuyên giáo TLĐ\", \"LĐLĐ tỉnh, TP\"."),
      nameEn: name.exactOptional(),
      kind: z.enum(UNIT_KINDS),
      parentId: idSchema.exactOptional().describe("The unit this one belongs to."),
      group: z.boolean().exactOptional().describe("True when the entry stands for all units of its kind (\"các LĐLĐ tỉnh, TP\")."),
      level: z.enum(UNIT_LEVELS).exactOptional().describe("Where it stands: central, province, district, commune or grassroots (a sector union at central or provincial level, a UBND of a province or a commune)."),
      memberCount: count.exactOptional().describe("Its union members (đoàn viên), where a rule depends on it (\"CĐCS có từ 100 đoàn viên trở lên\")."),
      validFrom: isoDateSchema.exactOptional().describe("The first day it exists, for a unit set up during the plan."),
      validTo: isoDateSchema.exactOptional().describe("The last day it exists, for a unit merged or dissolved during the plan."),
      successorIds: ids.describe("The units that take over from it after validTo (a merged province, a new commune)."),
      outlet: outletSchema.exactOptional().describe("For press outlets, broadcasters, portals, social media and the commune loudspeakers."),
    })
    .meta({ id: "Unit", description: "An organisation that the plan names." });

  const productSchema = obj({
      description: text.exactOptional().describe("As the document writes it: \"03 clip\", \"365 bài, (01 bài/ngày)\"."),
      quantity: count.exactOptional(),
      unit: name.exactOptional().describe("The unit of measure: \"clip\", \"tờ\", \"bài\", \"người\"."),
    })
    .meta({ id: "Product" });

  const targetSchema = obj({
      id: idSchema,
      description: text,
      percent: z.number().min(0).max(100).exactOptional(),
      unitKind: z.enum(UNIT_KINDS).exactOptional().describe("The kind of unit to reach: \"grassroots-union\" for 100% of CĐCS."),
      scopeUnitIds: idList.exactOptional().describe("Under which units the target is counted (\"trực tiếp quản lý\")."),
    })
    .meta({ id: "Target", description: "A coverage target such as \"100% of grassroots unions\"." });

  const unitRefs = {
    leadUnitIds: ids.describe("Lead units (đơn vị chủ trì)."),
    executingUnitIds: ids.describe("Executing units (đơn vị thực hiện)."),
    coordinatingUnitIds: ids.describe("Coordinating units (đơn vị phối hợp)."),
  };

  const activitySchema = obj({
      id: idSchema,
      label: name.exactOptional(),
      title: text,
      description: text.exactOptional(),
      product: productSchema.exactOptional(),
      approximateSeconds: z.int().positive().exactOptional().describe("Approximate duration of a media product, in seconds (\"khoảng 02 phút\" is 120)."),
      window: windowSchema.exactOptional(),
      windowText: name.exactOptional().describe("The window as the document writes it: \"Tháng 8,9/2017\"."),
      dueOn: isoDateSchema.exactOptional().describe("The day it must be done by, where the document gives a deadline rather than a window (\"trước ngày 15/01/2026\")."),
      dueText: name.exactOptional().describe("The deadline as the document writes it, dated or not (\"trước tối 30 Tết\")."),
      location: text.exactOptional(),
      outletIds: ids.describe("The outlets it is about or that carry it, beside the units that carry it out (\"2 CTTĐT này\", the newspapers that run a column)."),
      ...unitRefs,
      targets: list(targetSchema),
      notes: list(text),
    })
    .meta({ id: "Activity", description: "An activity of a channel, with its product, window and units." });







  const quotaSchema = obj({
      id: idSchema,
      label: name.exactOptional().describe("A short name for readers, as the document would say it (\"Tạp chí: tối thiểu 03 bài/số\"); reports build one from the rule when absent."),
      description: text.exactOptional().describe("As the document writes it."),
      min: z.int().min(1).max(1_000_000),
      per: z.enum(QUOTA_PERIODS),
      edge: z.enum(EDGE_POLICIES).exactOptional().describe("How a period that the window cuts counts; \"complete\" when absent."),
      itemKinds: list(z.enum(ITEM_KINDS)).describe("Which kinds of item count; every kind when empty."),
      outletIds: ids.describe("Outlets the quota applies to, by id; for a quota owed by contributing units, the outlets where the items are published."),
      outletKinds: list(z.enum(OUTLET_KINDS)).describe("Outlets the quota applies to, by kind."),
      owedBy: obj({
          unitIds: ids.describe("The units that owe it, by id."),
          unitKinds: list(z.enum(UNIT_KINDS)).describe("The units that owe it, by kind."),
          minMemberCount: count.exactOptional().describe("Only units with at least this many union members (\"CĐCS có từ 100 đoàn viên trở lên\")."),
          text: text.exactOptional().describe("Who owes it, as the document writes it."),
        })
        .meta({ id: "QuotaDebtors" })
        .exactOptional()
        .describe("For a quota that units owe by contributing items (\"mỗi LĐLĐ huyện, CĐ ngành gửi ít nhất 01 tin, bài, ảnh/tuần về Cổng thông tin\"): who owes it. Without it, the outlets owe it."),
      requireOnlineCopy: z.boolean().default(false).describe("Each item must also appear in the outlet's electronic edition, where it has one."),
      phaseId: idSchema.exactOptional(),
      startsIn: yearMonthSchema.exactOptional().describe("The month counting starts (\"Thời gian bắt đầu: Tháng 7/2017\")."),
    })
    .meta({ id: "Quota", description: "A posting quota: at least `min` items per period." });

  const channelSchema = obj({
      id: idSchema,
      number: z.int().min(1).max(1000),
      title: text,
      description: text.exactOptional(),
      activities: list(activitySchema),
      quotas: list(quotaSchema),
    })
    .meta({ id: "Channel", description: "A form of communication (hình thức tuyên truyền) with its activities and quotas." });


  const fundingSourceSchema = obj({
      id: idSchema,
      kind: z.enum(FUNDING_KINDS),
      level: z.enum(UNIT_LEVELS).exactOptional().describe("Whose budget, by level: the state budget of the centre or of a province; the union budget of a province or of the grassroots."),
      name: text,
      funderUnitIds: ids.describe("The units whose money it is. A source funded by the plan's issuer (or a co-issuer) is the plan's own."),
    })
    .meta({ id: "FundingSource" });

  const fundingSchema = obj({
      sources: list(fundingSourceSchema),
      provisions: list(
        obj({
          id: idSchema,
          label: name.exactOptional(),
          text,
          sourceId: idSchema.exactOptional().describe("The source it provides for."),
          sourceIds: ids.describe("Several sources it provides for together (\"ngân sách Trung ương, ngân sách thành phố và các nguồn huy động\")."),
        }).meta({ id: "FundingProvision" }),
      ),
    })
    .meta({ id: "Funding", description: "Part IV: who pays for what." });

  const responsibilitySchema = obj({
      id: idSchema,
      label: name.exactOptional(),
      title: text.describe("The heading as the document writes it."),
      mode: z.enum(["assignment", "request"]).exactOptional().describe("\"request\" where the plan asks a body it does not direct (\"Đề nghị Ủy ban MTTQ…\"); an assignment when absent."),
      unitIds: frozenList(idSchema, 1),
      duties: list(
        obj({
          id: idSchema,
          text,
          activityIds: ids,
          unitIds: ids.describe("Other units the duty concerns, where it names them (\"chỉ đạo các cơ quan báo chí…\")."),
        }).meta({ id: "Duty" }),
      ),
    })
    .meta({ id: "Responsibility", description: "Part V: the duties of a group of units." });


  const reportingDutySchema = obj({
      id: idSchema,
      kind: z.enum(REPORTING_KINDS),
      description: text,
      reportingUnitIds: ids,
      recipientUnitId: idSchema.exactOptional(),
      viaUnitId: idSchema.exactOptional().describe("The unit that receives the report on the recipient's behalf (\"qua Ban Tuyên giáo\")."),
      every: z.enum(REPORTING_PERIODS).exactOptional().describe("For periodic reports: every week, month, quarter, half-year or year."),
      due: obj({
          day: z.int().min(1).max(31).exactOptional().describe("The day of the month it falls due (\"trước ngày 05 hằng tháng\": 5)."),
          month: z.int().min(1).max(12).exactOptional().describe("The month it falls due, for a yearly or half-yearly report (\"trước ngày 15/12 hằng năm\": 12)."),
        })
        .meta({ id: "DueRule" })
        .exactOptional()
        .describe("When each periodic report falls due, in the document's own terms (the recurring shape of parseTimeExpression); at the end of the period when absent."),
      covers: z.enum(["previous-period", "current-period"]).exactOptional().describe("Which period a report due on `due` covers: the one before (a monthly report due on the 5th covers the month before; the default for a due day without a month) or the one it falls in (a yearly report due on 15/12; the default with a month)."),
      dueOn: isoDateSchema.exactOptional().describe("The day a one-off report falls due (\"trước ngày 15/4/2018\"), where the document gives a day rather than a window."),
      dueText: name.exactOptional().describe("When it falls due, as the document writes it."),
      window: windowSchema.exactOptional().describe("When the duty runs (periodic) or when it falls due (a report, a review)."),
      windowText: name.exactOptional(),
      phaseId: idSchema.exactOptional(),
    })
    .meta({ id: "ReportingDuty" });

  const recipientSchema = obj({
      id: idSchema,
      text: name,
      unitIds: ids,
      parts: list(name).describe("The parts of a grouped entry (\"Sở: NN&MT, TC, VH,TT&DL\": \"NN&MT\", \"TC\", \"VH,TT&DL\")."),
    })
    .meta({ id: "Recipient", description: "An entry of \"Nơi nhận\"." });

  const signatorySchema = obj({
      capacity: name.exactOptional().describe("The authority line, as one line: \"TM. ĐOÀN CHỦ TỊCH\"."),
      authority: list(
        obj({
          mode: z.enum(["TM", "KT", "Q", "TL", "TUQ"]).describe("TM. (on behalf of a body), KT. (signing for the head), Q. (acting), TL. and TUQ. (by delegation)."),
          title: name.describe("The body or the position signed for: \"ỦY BAN NHÂN DÂN\", \"CHỦ TỊCH\"."),
        }).meta({ id: "AuthorityLine" }),
      ).describe("The authority lines in order, where a block has several (\"TM. ỦY BAN NHÂN DÂN\" then \"KT. CHỦ TỊCH\"); use instead of `capacity`."),
      title: name.describe("\"PHÓ CHỦ TỊCH\"."),
      name,
      unitId: idSchema.exactOptional(),
    })
    .meta({ id: "Signatory" });

  const budgetLineSchema = obj({
      id: idSchema,
      label: name.exactOptional().describe("The STT; absent for an unnumbered line."),
      title: text,
      product: productSchema.exactOptional().describe("Sản phẩm; its quantity prices the line when unitPrice is given."),
      window: windowSchema.exactOptional(),
      windowText: name.exactOptional(),
      unitPrice: amountSchema.exactOptional(),
      unitPricePer: list(name).describe("The units of the unit price, for a rate (\"300.000 đồng/người/buổi\": \"người\", \"buổi\")."),
      quantities: list(
        obj({ quantity: count, unit: name.describe("\"người\", \"buổi\"…") }).meta({ id: "Quantity" }),
      ).describe("The quantities that a rate multiplies, one per unit of the rate (100 người × 2 buổi): quantity × unit price checked against the amount."),
      cap: z.boolean().default(false).describe("The amount is a ceiling (\"tối đa\"), not an estimate."),
      shareOf: obj({
          lineIds: frozenList(idSchema, 1).describe("The lines it is a share of."),
          percent: z.number().min(0).max(1000).describe("The share, in percent (\"bằng 70% tổng chi tiền ăn\": 70)."),
        })
        .meta({ id: "LineShare" })
        .exactOptional()
        .describe("For a line whose amount is a share of other lines: computed, and checked against the amount."),
      amount: amountSchema.exactOptional().describe("Kinh phí (đồng); absent where another funder pays and the document gives no figure."),
      amountText: text.exactOptional().describe("What the amount column says when it is not a figure, or a note beside the figure."),
      fundingSourceId: idSchema.describe("The source that pays the line (the first of `funding` where several do)."),
      funding: list(
        obj({
          sourceId: idSchema,
          amount: amountSchema.exactOptional(),
          percent: z.number().min(0).max(100).exactOptional(),
        }).meta({ id: "LineFunding" }),
      ).describe("Where several sources pay the line: each with its amount or its share."),
      leadUnitIds: ids,
      coordinatingUnitIds: ids,
      activityId: idSchema.exactOptional(),
    })
    .meta({ id: "BudgetLine" });

  const budgetSectionSchema = obj({
      id: idSchema,
      label: name.exactOptional().describe("\"I\", \"II\"…"),
      title: text,
      declaredTotal: amountSchema.exactOptional().describe("The subtotal as the document states it: checked, not trusted."),
      lines: list(budgetLineSchema),
    })
    .meta({ id: "BudgetSection" });

  const budgetSchema = obj({
      title: text,
      attachedTo: text.exactOptional().describe("\"(Ban hành kèm theo Kế hoạch số……../KH-TLĐ ngày…../7/2017)\"."),
      currency: z.literal("VND"),
      sections: list(budgetSectionSchema),
      declaredTotal: amountSchema.exactOptional().describe("TỔNG CỘNG as the document states it: checked, not trusted."),
    })
    .meta({ id: "Budget", description: "The appendix: budget estimate (dự trù kinh phí), in whole đồng." });

  const indicatorSchema = obj({
      id: idSchema,
      text: text.describe("As the document writes it: \"100% CĐCS được tuyên truyền\", \"giảm xuống dưới 30%\"."),
      measure: z.enum(["percent", "count", "ratio", "rate"]).describe("A percentage, a number, a multiple (\"tăng 1,7 lần\": 1.7) or a rate per N (\"4/100.000\")."),
      comparator: z.enum(["at-least", "at-most", "exactly", "below", "above"]).describe("\"ít nhất\", \"tối đa\", exactly, \"dưới\", \"trên\"."),
      value: z.number().min(-1e15).max(1e15),
      per: z.int().min(1).exactOptional().describe("For a rate: per how many (100000 in \"4/100.000\")."),
      change: z.enum(["increase", "decrease"]).exactOptional().describe("Whether the target is a rise (\"tăng\") or a fall (\"giảm\") from the baseline."),
      population: obj({
          kind: z.enum(["units", "members", "workers", "residents", "households", "officials", "other"]),
          unitKind: z.enum(UNIT_KINDS).exactOptional().describe("For units: their kind (\"grassroots-union\" for CĐCS)."),
          scopeUnitIds: ids.describe("Under which units it is counted."),
          text: text.exactOptional(),
        })
        .meta({ id: "Population" })
        .exactOptional()
        .describe("Who or what is counted: units of a kind, members, workers, residents, households, officials."),
      deadline: isoDateSchema.exactOptional().describe("By when."),
      deadlineText: name.exactOptional(),
      baseline: obj({ value: z.number().min(-1e15).max(1e15), on: isoDateSchema.exactOptional(), text: text.exactOptional() }).meta({ id: "IndicatorValue" }).exactOptional(),
      actual: obj({ value: z.number().min(-1e15).max(1e15), on: isoDateSchema.exactOptional(), text: text.exactOptional() }).meta({ id: "IndicatorActual" }).exactOptional(),
    })
    .meta({ id: "Indicator", description: "A measurable target of an objective (chỉ tiêu), in the spirit of the IATI results model." });

  const objectiveSchema = obj({
      id: idSchema,
      label: name.exactOptional(),
      text,
      indicators: list(indicatorSchema),
    })
    .meta({ id: "Objective", description: "An objective of the plan (mục tiêu) with its indicators." });

  const appendixSchema = obj({
      id: idSchema,
      label: name.exactOptional().describe("\"Phụ lục 1\"."),
      title: text,
      items: list(
        obj({
          id: idSchema,
          label: name.exactOptional(),
          text,
          window: windowSchema.exactOptional(),
          windowText: name.exactOptional(),
          unitIds: ids,
        }).meta({ id: "AppendixItem" }),
      ).describe("Its rows, where it is structured: a schedule's dated items, a list of messages."),
      paragraphs: list(text).describe("Its text, where it is prose."),
    })
    .meta({ id: "Appendix", description: "An appendix other than the budget: a schedule, a list of messages (khẩu hiệu, thông điệp)." });

  const openWindowSchema = obj({
      start: isoDateSchema,
      end: isoDateSchema.exactOptional().describe("Absent where the document leaves the end open (\"Từ năm 2025 trở đi\")."),
    })
    .meta({ id: "OpenWindow", description: "A span of days that may be open-ended." });

  // Version 2 is read and written; a version-1 document is read too, and upgraded: version 2 only adds to version 1.
  const schemaVersion = z
    .literal([1, 2])
    .transform((): 2 => 2)
    .describe("The version of the plan document: 2 (a document of version 1 is read too, and upgraded).");

  // The shape of a plan document, before the cross-reference checks and the final freeze.
  const planShapeSchema = z.strictObject({
    $schema: z.string().min(1).max(2000).exactOptional().describe("The JSON Schema the document follows, for editors: the package ships it as schema/plan.schema.json."),
    schemaVersion,
    id: idSchema,
    language: z.literal("vi").exactOptional(),
    header: headerSchema,
    purposes: list(labelledTextSchema),
    requirements: list(labelledTextSchema),
    objectives: list(objectiveSchema).describe("Mục tiêu, with their indicators (chỉ tiêu)."),
    audiences: list(audienceSchema),
    scope: list(text).describe("Phạm vi: where the plan applies, as the document writes it."),
    themes: list(themeSchema),
    tasks: list(labelledTextSchema).describe("Nhiệm vụ và giải pháp: the tasks and solutions, as paragraphs."),
    slogans: list(obj({ id: idSchema, text }).meta({ id: "Slogan" })).describe("Khẩu hiệu: the slogans the plan asks units to display."),
    window: openWindowSchema.exactOptional().describe("The plan's own window (thời gian thực hiện), where it has no phases or says so; a plan that gives no time has neither."),
    windowText: name.exactOptional(),
    phases: list(phaseSchema).describe("Giai đoạn; a plan without phases has its own window."),
    units: list(unitSchema),
    channels: list(channelSchema),
    funding: fundingSchema.prefault(() => ({ sources: [], provisions: [] })),
    responsibilities: list(responsibilitySchema),
    reporting: list(reportingDutySchema),
    closing: list(text).describe("The closing paragraphs, after part V."),
    recipients: list(recipientSchema),
    archive: obj({ text: name.describe("\"Lưu: VT, BTG\"."), parts: list(name).describe("\"VT\", \"BTG\".") }).meta({ id: "Archive" }).exactOptional().describe("The \"Lưu\" line of Nơi nhận: where the document is filed."),
    signatory: signatorySchema.exactOptional().describe("The signature block; absent where the text does not give it (an excerpt, a news report)."),
    coSignatories: list(signatorySchema).describe("The other signature blocks, where the document has more than one (a joint plan signed by each issuer)."),
    budget: budgetSchema.exactOptional(),
    appendices: list(appendixSchema).describe("Appendices other than the budget: a schedule, a list of messages."),
    provenance: obj({
        kind: z.enum(["document", "excerpt", "news-report"]).describe("What the transcription was made from: the whole document, parts of it quoted, or a report about it."),
        url: z.url().max(2000).exactOptional(),
        notes: list(text).describe("What the text leaves out or cannot settle (\"cut off before the signature\")."),
      })
      .meta({ id: "Provenance" })
      .exactOptional()
      .describe("Where the document comes from, where it is not the whole document: so that what it does not say is not read as left blank."),
  });

  return {
    schemaVersion,
    isoDate: isoDateSchema,
    yearMonth: yearMonthSchema,
    window: windowSchema,
    amount: amountSchema,
    signedAmount: signedAmountSchema,
    idSchema,
    legalBasisSchema,
    headerSchema,
    audienceSchema,
    themeSchema,
    phaseSchema,
    outletSchema,
    unitSchema,
    productSchema,
    targetSchema,
    activitySchema,
    quotaSchema,
    channelSchema,
    fundingSourceSchema,
    fundingSchema,
    responsibilitySchema,
    reportingDutySchema,
    recipientSchema,
    signatorySchema,
    budgetLineSchema,
    budgetSectionSchema,
    budgetSchema,
    indicatorSchema,
    objectiveSchema,
    appendixSchema,
    openWindowSchema,
    planShapeSchema,
  };
}

/**
 * The model's zod schemas, as the builder makes them on first use: the source of the model's types. Not part
 * of the documented API (the types it gives are, under their own names).
 *
 * @hidden
 */
export type ModelSchemas = ReturnType<typeof build>;

let built: ModelSchemas | undefined;

/**
 * The model's zod schemas, built on the first call and the same objects afterwards.
 *
 * @internal
 */
export function schemas(): ModelSchemas {
  built ??= build();
  return built;
}
