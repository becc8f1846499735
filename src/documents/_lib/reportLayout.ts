/**
 * The layout of a report as an official document (Báo cáo): the sender's header, the document type and
 * subject ("BÁO CÁO" / "Kết quả thực hiện Kế hoạch … tháng 8/2017"), "Kính gửi", an opening paragraph that
 * names the plan, the numbered sections that the report renderers write (their tables and figures, reused:
 * no arithmetic here), a closing line, "Nơi nhận" and the signature.
 *
 * @internal
 */
import { UNKNOWN_REFERENCE } from "../../errors/codes.js";
import { newIssue } from "../../errors/issue.js";
import { PlanError } from "../../errors/PlanError.js";
import type { Plan, ReportingDuty, Unit } from "../../model/types.js";
import { appendAll, roman, type Block } from "../../report/_lib/render.js";
import type { DocumentSender } from "../options.js";
import { DAY_DOTS, type DocBlock, type DocumentLayout, type IssuerLines } from "./layout.js";
import type { ReportSettings } from "./options.js";
import { issuerLinesOf, planName, planNumberText, unitCode } from "./planLayout.js";
import { documentNumberText, placeDateLine, recipientLines, sentence, shortDate, signatureOf, upper } from "./words.js";

/** The sender: its header lines, its name for running text, its code for the number. */
interface Sender {
  readonly lines: IssuerLines;
  readonly name: string;
  readonly code?: string;
}

function senderOf(plan: Plan, sender: string | DocumentSender): Sender {
  if (typeof sender !== "string") {
    return {
      lines: { ...(sender.superior === undefined || sender.superior === null ? {} : { superior: upper(sender.superior) }), name: upper(sender.name) },
      name: sender.name,
      ...(sender.code === undefined ? {} : { code: sender.code }),
    };
  }
  const unit = plan.units.find((u) => u.id === sender);
  if (unit === undefined) throw new PlanError([newIssue(UNKNOWN_REFERENCE, ["options", "sender"], { kind: "unit", kindVi: "đơn vị", id: sender })]);
  const code = unitCode(unit);
  return { lines: issuerLinesOf(plan, unit, sender), name: unit.name, ...(code === undefined ? {} : { code }) };
}

const nameOf = (unit: Unit | undefined, id: string) => unit?.name ?? id;
const shortNameOf = (unit: Unit | undefined, id: string) => unit?.shortName ?? unit?.name ?? id;

/** "Tổng Liên đoàn Lao động Việt Nam (qua Ban Tuyên giáo TLĐ)": a duty's recipient, and the unit it reports through. */
function addresseeOf(plan: Plan, duty: ReportingDuty | undefined): string[] {
  if (duty?.recipientUnitId === undefined) return [];
  const recipient = nameOf(plan.units.find((u) => u.id === duty.recipientUnitId), duty.recipientUnitId);
  if (duty.viaUnitId === undefined) return [recipient];
  return [`${recipient} (qua ${shortNameOf(plan.units.find((u) => u.id === duty.viaUnitId), duty.viaUnitId)})`];
}

/** The body blocks of a report renderer's sections: part headings in upper case, fields as lines, lists as items. */
function sectionBlocks(sections: readonly (readonly [string, readonly Block[]])[]): DocBlock[] {
  const out: DocBlock[] = [];
  sections.forEach(([title, blocks], i) => {
    out.push({ kind: "heading", level: 1, text: `${roman(i + 1)}. ${upper(title)}` });
    for (const b of blocks) {
      switch (b.kind) {
        case "title":
        case "heading":
          out.push({ kind: "heading", level: 2, text: b.text });
          break;
        case "paragraph":
          out.push({ kind: "paragraph", text: b.text });
          break;
        case "fields":
          appendAll(out, b.fields.map(([label, value]): DocBlock => ({ kind: "item", level: 1, text: `${label}: ${value}.` })));
          break;
        case "list":
          for (const item of b.items) out.push({ kind: "item", level: 1, text: item.text }, ...(item.items ?? []).map((text): DocBlock => ({ kind: "item", level: 2, text })));
          break;
        case "table":
          out.push({ kind: "table", table: b.table });
          break;
      }
    }
  });
  return out;
}

/** What a report document needs beyond the report's sections. @internal */
export interface ReportDocumentParts {
  /** The default sender: the report's unit or the plan's issuer. */
  readonly defaultSender: string;
  /** The plan's reporting duty the report answers, for the default addressees. */
  readonly duty: ReportingDuty | undefined;
  /** "Kết quả thực hiện … tháng 8/2017". */
  readonly subject: (plan: string) => string;
  /** What the sender reports, for the opening paragraph: "kết quả thực hiện tháng 8/2017". */
  readonly what: string;
  /** The period and the day the figures stand at. */
  readonly period: string;
  readonly sections: readonly (readonly [string, readonly Block[]])[];
}

/**
 * A report as an official document.
 *
 * @internal
 */
export function reportLayout(plan: Plan, settings: ReportSettings, parts: ReportDocumentParts): DocumentLayout {
  const sender = senderOf(plan, settings.sender ?? parts.defaultSender);
  const name = planName(plan);
  const issuer = plan.units.find((u) => u.id === plan.header.issuerId);
  const planDate = shortDate(plan.header.issuedOn ?? plan.header.issuedIn);
  const reference = `số ${planNumberText(plan)}${planDate === undefined ? "" : `, ${planDate}`}`;
  const addressees = settings.recipients ?? addresseeOf(plan, parts.duty);
  const body: DocBlock[] = [
    { kind: "paragraph", text: `Thực hiện ${name} của ${nameOf(issuer, plan.header.issuerId)} (${reference}), ${sender.name} báo cáo ${parts.what} như sau:` },
    { kind: "paragraph", text: sentence(parts.period) },
    ...sectionBlocks(parts.sections),
    { kind: "paragraph", text: `Trên đây là báo cáo ${parts.what} của ${sender.name}./.` },
  ];
  const distribution = settings.distribution ?? [...(addressees.length > 0 ? ["Như trên"] : []), "Lưu: VT"];
  const signatory = settings.signatory ?? { title: DAY_DOTS.repeat(3), name: DAY_DOTS.repeat(3) };
  const subject = parts.subject(name);
  return {
    name: `Báo cáo ${subject}`,
    issuers: [sender.lines],
    number: `Số: ${documentNumberText(settings.number, "BC", sender.code)}`,
    placeDate: placeDateLine(settings.place, settings.date),
    documentType: "BÁO CÁO",
    subject,
    addressees,
    body,
    recipients: recipientLines(distribution),
    signatures: [signatureOf(signatory)],
    appendices: [],
  };
}

