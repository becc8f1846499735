/**
 * The layout of a plan as its official document (Kế hoạch): the header, parts I–V in the order of the
 * reference plan (purposes, requirements, objectives, audiences, scope; content and timing; forms; funding;
 * responsibilities), a reporting part for duties the closing paragraphs do not already state, the closing,
 * "Nơi nhận" and the signature blocks, then the budget appendix (the rows of `budgetTable`, its total and
 * "Bằng chữ") and the other appendices.
 *
 * @internal
 */
import { budgetTable } from "../../budget/budgetTable.js";
import { viDayText, viWindowText } from "../../_lib/dateText.js";
import { appendAll, roman } from "../../report/_lib/render.js";
import { quotaLabel } from "../../rules/quotaLabel.js";
import type { Activity, Channel, LabelledText, Plan, Unit } from "../../model/types.js";
import type { AppendixLayout, DocBlock, DocumentLayout, IssuerLines } from "./layout.js";
import type { DocumentSettings } from "./options.js";
import { documentNumberText, lowerFirst, numbered, placeDateLine, recipientLines, sentence, shortDate, signatureOf, upper, upperFirst } from "./words.js";

/** The header lines of a unit: its parent (the superior body) above it. @internal */
export function issuerLinesOf(plan: Plan, unit: Unit | undefined, fallback: string): IssuerLines {
  const parent = unit?.parentId === undefined ? undefined : plan.units.find((u) => u.id === unit.parentId);
  return { ...(parent === undefined ? {} : { superior: upper(parent.name) }), name: upper(unit?.name ?? fallback) };
}

/** A unit's code for document numbers, where its short name is one ("TLĐ"). @internal */
export function unitCode(unit: Unit | undefined): string | undefined {
  const short = unit?.shortName;
  return short !== undefined && /^[\p{Lu}\d]{1,20}(-[\p{Lu}\d]{1,20}){0,5}$/u.test(short) ? short : undefined;
}

/** The plan's number as its own "Số:" line writes it, the options' number first. @internal */
export function planNumberText(plan: Plan, number?: string): string {
  const issuer = plan.units.find((u) => u.id === plan.header.issuerId);
  return documentNumberText(number ?? plan.header.documentNumber, plan.header.documentType ?? "KH", plan.header.issuerCode ?? unitCode(issuer));
}

/**
 * The document's title: the plan's own, else "KẾ HOẠCH" (the model holds plans; a transcription of a news
 * report may not give the title line). @internal
 */
export function planTitle(plan: Plan): string {
  return plan.header.title ?? "KẾ HOẠCH";
}

/** "Kế hoạch tuyên truyền về “…”": the plan by its type and subject, for running text. @internal */
export function planName(plan: Plan): string {
  return `${upperFirst(planTitle(plan).toLocaleLowerCase("vi"))} ${lowerFirst(plan.header.subject)}`;
}

const names = (plan: Plan, ids: readonly string[]) => ids.map((id) => { const u = plan.units.find((x) => x.id === id); return u?.shortName ?? u?.name ?? id; }).join(", ");

/** A labelled paragraph: "a) text" for a letter, "1. text" for a number, "- text" for none. */
function labelled(item: LabelledText): DocBlock {
  const title = item.title === undefined ? "" : `${sentence(item.title)} `;
  if (item.label === undefined) return { kind: "item", level: 1, text: `${title}${item.text}` };
  const marker = /^\p{L}$/u.test(item.label) ? `${item.label})` : `${item.label}.`;
  return { kind: "paragraph", text: `${marker} ${title}${item.text}` };
}

/** A legal basis as a "Căn cứ …;" line, where the plan has no opening paragraphs that cite it. */
function basisLine(plan: Plan, i: number): string {
  const basis = plan.header.legalBases[i]!;
  const parts = [`Căn cứ ${basis.kind}${basis.reference === undefined ? "" : ` số ${basis.reference}`}`];
  const date = shortDate(basis.issuedOn);
  if (date !== undefined) parts.push(date);
  if (basis.issuer !== undefined) parts.push(`của ${basis.issuer}`);
  const about = basis.title ?? basis.summary;
  if (about !== undefined) parts.push(basis.reference === undefined && basis.title !== undefined ? about.replace(new RegExp(`^${basis.kind}\\s*`), "") : about);
  return `${parts.join(" ")};`;
}

function windowWords(start: string, end: string | undefined): string {
  return end === undefined ? `Từ ngày ${viDayText(start)}` : viWindowText({ start, end });
}

/** Part I: purposes, requirements, objectives, audiences, scope (those the plan has), as numbered sections. */
function partOne(plan: Plan): { title: string; blocks: DocBlock[] } | undefined {
  const sections: [string, DocBlock[]][] = [];
  if (plan.purposes.length > 0) sections.push(["Mục đích", plan.purposes.map(labelled)]);
  if (plan.requirements.length > 0) sections.push(["Yêu cầu", plan.requirements.map(labelled)]);
  if (plan.objectives.length > 0) {
    sections.push([
      "Mục tiêu",
      plan.objectives.flatMap((o) => [
        labelled({ id: o.id, ...(o.label === undefined ? {} : { label: o.label }), text: o.text }),
        ...o.indicators.filter((i) => !o.text.includes(i.text)).map((i): DocBlock => ({ kind: "item", level: 1, text: i.text })),
      ]),
    ]);
  }
  if (plan.audiences.length > 0) sections.push(["Đối tượng", [{ kind: "paragraph", text: sentence(upperFirst(plan.audiences.map((a) => a.name).join(", "))) }]]);
  if (plan.scope.length > 0) sections.push(["Phạm vi", plan.scope.map((text): DocBlock => ({ kind: "paragraph", text }))]);
  if (sections.length === 0) return undefined;
  return {
    title: sections.map(([name]) => upper(name)).join(", "),
    blocks: sections.flatMap(([name, blocks], i) => [{ kind: "heading", level: 2, text: numbered(String(i + 1), name) } as DocBlock, ...blocks]),
  };
}

/** Part II: the content (themes), the timing (phases or the plan's window), the slogans. */
function partTwo(plan: Plan): { title: string; blocks: DocBlock[] } | undefined {
  const sections: [string, DocBlock[]][] = [];
  if (plan.themes.length > 0) sections.push(["Nội dung", plan.themes.map((t): DocBlock => ({ kind: "item", level: 1, text: t.text }))]);
  const timing: DocBlock[] = plan.phases.map((p) => ({ kind: "paragraph", text: `${upperFirst(p.name)}: ${sentence(lowerFirst(p.windowText ?? viWindowText(p.window)))}` }));
  if (plan.phases.length === 0 && plan.window !== undefined) timing.push({ kind: "paragraph", text: sentence(upperFirst(plan.windowText ?? windowWords(plan.window.start, plan.window.end))) });
  if (timing.length > 0) sections.push(["Thời gian thực hiện", timing]);
  if (plan.slogans.length > 0) sections.push(["Khẩu hiệu tuyên truyền", plan.slogans.map((s): DocBlock => ({ kind: "item", level: 1, text: s.text }))]);
  if (sections.length === 0) return undefined;
  const title = plan.themes.length > 0 && timing.length > 0 ? "NỘI DUNG VÀ THỜI GIAN TUYÊN TRUYỀN" : upper(sections.map(([name]) => name).join(", "));
  return { title, blocks: sections.flatMap(([name, blocks], i) => [{ kind: "heading", level: 2, text: numbered(String(i + 1), name) } as DocBlock, ...blocks]) };
}

/** An activity's own lines where it has no notes: product, time, place, units, targets. */
function activityDetails(plan: Plan, a: Activity, level: 1 | 2): DocBlock[] {
  const lines: string[] = [];
  if (a.product?.description !== undefined) lines.push(`Sản phẩm: ${a.product.description}`);
  const time = a.windowText ?? (a.window === undefined ? undefined : viWindowText(a.window));
  if (time !== undefined) lines.push(`Thời gian thực hiện: ${time}`);
  if (a.location !== undefined) lines.push(`Địa điểm: ${a.location}`);
  if (a.leadUnitIds.length > 0) lines.push(`Đơn vị chủ trì: ${names(plan, a.leadUnitIds)}`);
  if (a.executingUnitIds.length > 0) lines.push(`Đơn vị thực hiện: ${names(plan, a.executingUnitIds)}`);
  if (a.coordinatingUnitIds.length > 0) lines.push(`Đơn vị phối hợp: ${names(plan, a.coordinatingUnitIds)}`);
  for (const t of a.targets) lines.push(`Chỉ tiêu: ${t.description}`);
  return lines.map((text) => ({ kind: "item", level, text: sentence(text) }));
}

/**
 * A channel: its activities as the document writes them, then the quotas its text does not state. A plan
 * transcribed from a document (`transcribed`: its activities carry notes) prints the document's own lines;
 * a plan built from data prints each activity's product, time, place, units and targets.
 */
function channelBlocks(plan: Plan, channel: Channel, transcribed: boolean): DocBlock[] {
  const blocks: DocBlock[] = [{ kind: "heading", level: 2, text: numbered(String(channel.number), channel.title) }];
  const written: string[] = [];
  if (channel.description !== undefined) (blocks.push({ kind: "item", level: 1, text: channel.description }), written.push(channel.description));
  let group: string | undefined;
  for (const a of channel.activities) {
    const letter = a.label !== undefined && /^\p{L}$/u.test(a.label);
    const grouped = a.label !== undefined && !letter;
    if (letter) blocks.push({ kind: "paragraph", text: `${a.label}) ${a.title}` });
    else if (grouped) {
      if (group !== a.label) blocks.push({ kind: "item", level: 1, text: `${a.label}:` });
      blocks.push({ kind: "item", level: 2, text: a.title });
    } else blocks.push({ kind: "item", level: 1, text: a.title });
    group = grouped ? a.label : undefined;
    const level = grouped ? 2 : 1;
    if (a.description !== undefined) blocks.push({ kind: "item", level, text: a.description });
    appendAll(blocks, a.notes.map((text): DocBlock => ({ kind: "item", level, text })));
    if (!transcribed) appendAll(blocks, activityDetails(plan, a, level));
    written.push(a.title, a.description ?? "", ...a.notes);
  }
  const text = written.join("\n");
  for (const q of channel.quotas) {
    const said = q.description ?? q.label;
    if (said !== undefined && text.includes(said)) continue;
    blocks.push({ kind: "item", level: 1, text: sentence(said ?? quotaLabel(q, { plan })) });
  }
  return blocks;
}

/** Part IV: the funding provisions, or the sources where there are none. */
function fundingBlocks(plan: Plan): DocBlock[] {
  if (plan.funding.provisions.length > 0) {
    return plan.funding.provisions.map((p) => (p.label === undefined ? { kind: "item", level: 1, text: p.text } : { kind: "paragraph", text: `${p.label}. ${p.text}` }));
  }
  return plan.funding.sources.map((s) => ({ kind: "item", level: 1, text: sentence(s.name) }));
}

/** Part V: a section per group of units, "Đề nghị …" where the plan asks a body it does not direct. */
function responsibilityBlocks(plan: Plan): DocBlock[] {
  return plan.responsibilities.flatMap((r, i): DocBlock[] => {
    const title = r.mode === "request" && !/^đề nghị/iu.test(r.title) ? `Đề nghị ${r.title}` : r.title;
    const heading: DocBlock = { kind: "heading", level: 2, text: numbered(r.label ?? String(i + 1), title) };
    if (r.duties.length === 1) return [heading, { kind: "paragraph", text: r.duties[0]!.text }];
    return [heading, ...r.duties.map((d): DocBlock => ({ kind: "item", level: 1, text: d.text }))];
  });
}

/** "ngày 05/7/2017", or "ngày…../7/2017" for a month only, as the appendix line of the reference plan writes it. */
function appendixDate(date: string | undefined): string {
  if (date === undefined) return "";
  const month = `${Number(date.slice(5, 7))}/${date.slice(0, 4).replace(/^0+(?=\d)/, "")}`;
  return date.length === 7 ? ` ngày…../${month}` : ` ngày ${date.slice(8, 10)}/${month}`;
}

/**
 * The budget appendix: the rows of `budgetTable`, its total, "Bằng chữ" and the notes on declared figures.
 * Its line under the title is the plan's `attachedTo`, unless the options give the number or the date (the
 * signed copy): then it is written from them, so that it names the same number as the header.
 */
function budgetAppendix(plan: Plan, numberText: string, date: string | undefined, signed: boolean): AppendixLayout | undefined {
  if (plan.budget === undefined) return undefined;
  const table = budgetTable(plan);
  const written = `(Ban hành kèm theo ${upperFirst(planTitle(plan).toLocaleLowerCase("vi"))} số ${numberText}${appendixDate(date)})`;
  return {
    title: table.title,
    note: signed || table.attachedTo === undefined ? written : table.attachedTo,
    body: [
      {
        kind: "table",
        table: {
          headers: table.headers,
          rows: table.rows.map((r) => r.cells),
          numeric: [4],
          totals: 1,
          bold: table.rows.flatMap((r, i) => (r.kind === "section" ? [i] : [])),
        },
      },
      { kind: "paragraph", text: `Bằng chữ: ${table.totalInWords}.`, italic: true },
      ...table.notes.map((text): DocBlock => ({ kind: "paragraph", text, italic: true })),
    ],
  };
}

/** The other appendices: a table of their dated items, or their items and paragraphs. */
function otherAppendices(plan: Plan): AppendixLayout[] {
  return plan.appendices.map((a) => {
    const body: DocBlock[] = [];
    const tabular = a.items.some((i) => i.window !== undefined || i.windowText !== undefined || i.unitIds.length > 0);
    if (tabular) {
      body.push({
        kind: "table",
        table: {
          headers: ["STT", "Nội dung", "Thời gian", "Đơn vị thực hiện"],
          rows: a.items.map((item, i) => [item.label ?? String(i + 1), item.text, item.windowText ?? (item.window === undefined ? "" : viWindowText(item.window)), names(plan, item.unitIds)]),
          numeric: [0],
        },
      });
    } else appendAll(body, a.items.map((item) => labelled({ id: item.id, ...(item.label === undefined ? {} : { label: item.label }), text: item.text })));
    appendAll(body, a.paragraphs.map((text): DocBlock => ({ kind: "paragraph", text })));
    return { ...(a.label === undefined ? {} : { label: a.label }), title: a.title, body };
  });
}

/**
 * The whole plan as an official document.
 *
 * @internal
 */
export function planLayout(plan: Plan, settings: DocumentSettings): DocumentLayout {
  const { header } = plan;
  const issuerIds = [header.issuerId, ...header.coIssuerIds];
  const issuers = issuerIds.map((id) => issuerLinesOf(plan, plan.units.find((u) => u.id === id), id));
  const date = settings.date ?? header.issuedOn ?? header.issuedIn;
  const numberText = planNumberText(plan, settings.number);

  const body: DocBlock[] = [];
  if (header.background.length > 0) appendAll(body, header.background.map((text): DocBlock => ({ kind: "paragraph", text })));
  else appendAll(body, header.legalBases.map((_, i): DocBlock => ({ kind: "paragraph", text: basisLine(plan, i) })));

  const parts: [string, DocBlock[]][] = [];
  const one = partOne(plan);
  if (one !== undefined) parts.push([one.title, one.blocks]);
  const two = partTwo(plan);
  if (two !== undefined) parts.push([two.title, two.blocks]);
  if (plan.tasks.length > 0) parts.push(["NHIỆM VỤ VÀ GIẢI PHÁP", plan.tasks.map(labelled)]);
  const transcribed = plan.channels.some((c) => c.activities.some((a) => a.notes.length > 0));
  if (plan.channels.length > 0) parts.push(["HÌNH THỨC TUYÊN TRUYỀN", plan.channels.flatMap((c) => channelBlocks(plan, c, transcribed))]);
  const funding = fundingBlocks(plan);
  if (funding.length > 0 || plan.budget !== undefined) parts.push([`KINH PHÍ${plan.budget === undefined ? "" : " (có phụ lục dự trù kinh phí)"}`, funding]);
  if (plan.responsibilities.length > 0) parts.push(["TRÁCH NHIỆM THỰC HIỆN", responsibilityBlocks(plan)]);
  // Reporting duties that the closing paragraphs do not already state (the reference plan states them all there).
  const closing = plan.closing.join("\n");
  const reporting = plan.reporting.filter((d) => !closing.includes(d.description));
  if (reporting.length > 0) parts.push(["CHẾ ĐỘ BÁO CÁO", reporting.map((d): DocBlock => ({ kind: "item", level: 1, text: d.description }))]);
  parts.forEach(([title, blocks], i) => body.push({ kind: "heading", level: 1, text: `${roman(i + 1)}. ${title}` }, ...blocks));
  appendAll(body, plan.closing.map((text): DocBlock => ({ kind: "paragraph", text })));

  const recipients = [...plan.recipients.map((r) => r.text), ...(plan.archive === undefined ? [] : [plan.archive.text])];
  const appendix = budgetAppendix(plan, numberText, date, settings.number !== undefined || settings.date !== undefined);
  return {
    name: `${planTitle(plan)} ${header.subject}`,
    issuers,
    number: `Số: ${numberText}`,
    placeDate: placeDateLine(settings.place ?? header.place, date),
    documentType: upper(planTitle(plan)),
    subject: header.subject,
    addressees: [],
    body,
    recipients: recipientLines(recipients),
    signatures: [...(plan.signatory === undefined ? [] : [plan.signatory]), ...plan.coSignatories].map(signatureOf),
    appendices: [...(appendix === undefined ? [] : [appendix]), ...otherAppendices(plan)],
  };
}
