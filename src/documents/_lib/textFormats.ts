/**
 * Writes a document layout as Markdown (GitHub-flavoured: the header and the closing as two-column
 * tables, the body through the report writer's blocks) or as plain text (the header and the closing in two
 * columns, the body wrapped at 100 characters, tables aligned as the report writer aligns them).
 *
 * @internal
 */
import { padText, textLength, wrapText } from "../../_lib/text.js";
import { appendAll, md, PROSE_WIDTH, writeBlocks, type Block, type ListItem } from "../../report/_lib/render.js";
import { MOTTO, NATIONAL_TITLE, type AppendixLayout, type DocBlock, type DocumentLayout, type SignatureBlock } from "./layout.js";

/** The widest a table column may be in the text format before its words wrap. */
const COLUMN_WIDTH = 24;

/** The body's blocks as the report writer's blocks: parts as level-2 headings, sections as level 3, runs of items as one list. */
function reportBlocks(blocks: readonly DocBlock[]): Block[] {
  const out: Block[] = [];
  let list: { text: string; items: string[] }[] | undefined;
  const flush = () => {
    if (list !== undefined) out.push({ kind: "list", items: list.map((i): ListItem => (i.items.length > 0 ? { text: i.text, items: i.items } : { text: i.text })) });
    list = undefined;
  };
  for (const b of blocks) {
    if (b.kind === "item") {
      list ??= [];
      const last = list[list.length - 1];
      if (b.level === 2 && last !== undefined) last.items.push(b.text);
      else list.push({ text: b.level === 2 ? `+ ${b.text}` : b.text, items: [] });
      continue;
    }
    flush();
    if (b.kind === "heading") out.push({ kind: "heading", level: b.level === 1 ? 2 : 3, text: b.text });
    else if (b.kind === "paragraph") out.push({ kind: "paragraph", text: b.text });
    else out.push({ kind: "table", table: b.table });
  }
  flush();
  return out;
}

/** The body in Markdown: italic paragraphs written as such, the rest by the report writer. */
function markdownBody(blocks: readonly DocBlock[]): string[] {
  const out: string[] = [];
  let run: DocBlock[] = [];
  const flush = () => {
    if (run.length > 0) out.push(writeBlocks(reportBlocks(run), { format: "markdown", language: "vi", width: COLUMN_WIDTH }).trimEnd());
    run = [];
  };
  for (const b of blocks) {
    if (b.kind === "paragraph" && b.italic === true) (flush(), out.push(`*${md(b.text)}*`));
    else run.push(b);
  }
  flush();
  return out;
}

const bold = (text: string) => `**${md(text)}**`;

function markdownSignature(s: SignatureBlock): string {
  return [...s.authority.map(bold), bold(s.title), "", "", bold(s.name)].join("<br>");
}

function markdownRecipients(lines: readonly string[]): string {
  return lines.length === 0 ? "" : [`***Nơi nhận:***`, ...lines.map((l) => `\\- ${md(l)}`)].join("<br>");
}

function markdownAppendix(a: AppendixLayout): string[] {
  return [
    "---",
    ...(a.label === undefined ? [] : [bold(a.label)]),
    `## ${md(a.title)}`,
    ...(a.note === undefined ? [] : [`*${md(a.note)}*`]),
    ...markdownBody(a.body),
  ];
}

/**
 * The document in Markdown.
 *
 * @internal
 */
export function writeMarkdown(layout: DocumentLayout): string {
  const issuerCells = layout.issuers.map((i) => [...(i.superior === undefined ? [] : [md(i.superior)]), bold(i.name)].join("<br>"));
  const columns = issuerCells.length + 1;
  const header = [
    `| ${[...issuerCells, `${bold(NATIONAL_TITLE)}<br>${bold(MOTTO)}`].join(" | ")} |`,
    `|${Array.from({ length: columns }, () => ":---:").join("|")}|`,
    `| ${[md(layout.number), ...Array.from({ length: columns - 2 }, () => ""), `*${md(layout.placeDate)}*`].join(" | ")} |`,
  ].join("\n");
  const parts: string[] = [header, `# ${md(layout.documentType)}`, bold(layout.subject)];
  if (layout.addressees.length === 1) parts.push(`Kính gửi: ${md(layout.addressees[0]!)}.`);
  else if (layout.addressees.length > 1) parts.push(["Kính gửi:", ...layout.addressees.map((a, i) => `- ${md(a)}${i === layout.addressees.length - 1 ? "." : ";"}`)].join("\n"));
  appendAll(parts, markdownBody(layout.body));
  const [lead, ...others] = layout.signatures;
  const leadCell = lead === undefined ? "" : markdownSignature(lead);
  if (others.length === 0) parts.push(`| ${markdownRecipients(layout.recipients)} | ${leadCell} |\n|:---|:---:|`);
  else parts.push(`| ${others.map(markdownSignature).join("<br><br>")} | ${leadCell} |\n|:---:|:---:|\n| ${markdownRecipients(layout.recipients)} | |`);
  for (const a of layout.appendices) appendAll(parts, markdownAppendix(a));
  return `${parts.join("\n\n")}\n`;
}

// ---- plain text ----

const PAGE = PROSE_WIDTH;

function center(text: string, width: number): string {
  const room = Math.max(0, width - textLength(text));
  const left = Math.floor(room / 2);
  return `${" ".repeat(left)}${text}${" ".repeat(room - left)}`;
}

function centered(lines: readonly string[], width: number): string[] {
  return lines.map((l) => center(l, width));
}

/** A line under a text: `share` of its length (the issuer and the subject: 40 %; the motto: all of it). */
function rule(text: string, share: number): string {
  return "-".repeat(Math.max(3, Math.round(textLength(text) * share)));
}

/** Two columns side by side, each line padded to its column's width. */
function sideBySide(left: readonly string[], leftWidth: number, right: readonly string[], rightWidth: number): string[] {
  const height = Math.max(left.length, right.length);
  return Array.from({ length: height }, (_, i) => `${padText(left[i] ?? "", leftWidth, false)}${padText(right[i] ?? "", rightWidth, false)}`.trimEnd());
}

function textSignature(s: SignatureBlock, width: number): string[] {
  return centered([...s.authority, s.title, "", "", "", s.name], width);
}

function textAppendix(a: AppendixLayout): string[] {
  const head = [...(a.label === undefined ? [] : [a.label]), ...wrapText(a.title, PAGE - 10), ...(a.note === undefined ? [] : wrapText(a.note, PAGE - 10))];
  return ["", "=".repeat(PAGE), "", ...centered(head, PAGE).map((l) => l.trimEnd()), "", writeBlocks(reportBlocks(a.body), { format: "text", language: "vi", width: COLUMN_WIDTH }).trimEnd()];
}

/**
 * The document in plain text.
 *
 * @internal
 */
export function writeText(layout: DocumentLayout): string {
  const leftWidth = 42;
  const rightWidth = PAGE - leftWidth;
  // The issuers, one under the other (a text page has no room for several columns), each name with its line.
  const issuers = layout.issuers.flatMap((issuer, i) => {
    const name = wrapText(issuer.name, leftWidth - 2);
    const widest = name.reduce((w, l) => (textLength(l) > textLength(w) ? l : w), "");
    return [...(i > 0 ? [""] : []), ...(issuer.superior === undefined ? [] : wrapText(issuer.superior, leftWidth - 2)), ...name, rule(widest, 0.4)];
  });
  const state = [NATIONAL_TITLE, MOTTO, rule(MOTTO, 1)];
  const top = Math.max(issuers.length, state.length);
  const pad = (lines: string[]) => [...lines, ...Array.from({ length: top - lines.length }, () => "")];
  const out: string[] = [
    ...sideBySide(centered(pad(issuers), leftWidth), leftWidth, centered(pad(state), rightWidth), rightWidth),
    "",
    ...sideBySide(centered(wrapText(layout.number, leftWidth - 2), leftWidth), leftWidth, centered(wrapText(layout.placeDate, rightWidth - 2), rightWidth), rightWidth),
    "",
    "",
    center(layout.documentType, PAGE).trimEnd(),
  ];
  const subject = wrapText(layout.subject, PAGE - 20);
  const widest = subject.reduce((w, l) => (textLength(l) > textLength(w) ? l : w), "");
  out.push(...centered([...subject, rule(widest, 0.4)], PAGE).map((l) => l.trimEnd()));
  if (layout.addressees.length === 1) out.push("", ...centered(wrapText(`Kính gửi: ${layout.addressees[0]!}.`, PAGE - 10), PAGE).map((l) => l.trimEnd()));
  else if (layout.addressees.length > 1) out.push("", "Kính gửi:", ...layout.addressees.map((a, i) => `  - ${a}${i === layout.addressees.length - 1 ? "." : ";"}`));
  out.push("", writeBlocks(reportBlocks(layout.body), { format: "text", language: "vi", width: COLUMN_WIDTH }).trimEnd(), "");
  const half = PAGE / 2;
  const recipients = layout.recipients.length === 0 ? [] : ["Nơi nhận:", ...layout.recipients.flatMap((l) => wrapText(l, half - 4).map((line, i) => (i === 0 ? `- ${line}` : `  ${line}`)))];
  const [lead, ...others] = layout.signatures;
  const leadLines = lead === undefined ? [] : textSignature(lead, half);
  if (others.length === 0) out.push(...sideBySide(recipients, half, leadLines, half));
  else out.push(...sideBySide(others.flatMap((s, i) => [...(i > 0 ? [""] : []), ...textSignature(s, half)]), half, leadLines, half), "", ...recipients);
  for (const a of layout.appendices) appendAll(out, textAppendix(a));
  return `${out.map((l) => l.trimEnd()).join("\n")}\n`;
}
