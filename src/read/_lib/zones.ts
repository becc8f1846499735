/**
 * The zones of a plan, in the order documents put them: the header (before part I), the parts, the closing
 * ("Trên đây là…"), the recipients ("Nơi nhận"), the signature, the appendix (the budget estimate). Each zone
 * is a range of blocks.
 *
 * @internal
 */
import { readMarker } from "./outline.js";
import type { Block, Table } from "./source.js";
import type { Span } from "./span.js";

/** The zones, as lists of blocks. @internal */
export interface Zones {
  readonly header: Span[];
  readonly body: Span[];
  readonly bodyTables: Table[];
  readonly closing: Span[];
  readonly recipients: Span[];
  readonly signature: Span[];
  readonly appendix: Block[];
}

const CLOSING = /^(?:Trên đây là|Trên đây|Trong quá trình (?:tổ chức )?(?:triển khai )?thực hiện,? nếu)/u;
const RECIPIENTS = /^Nơi nhận\b/iu;
const SIGNATURE = /^(?:TM|KT|Q|TL|TUQ|T\/M)\.\s*\p{Lu}/u;
const POSITION = /^(?:PHÓ |P\.)?(?:CHỦ TỊCH|TRƯỞNG BAN|PHÓ TRƯỞNG BAN|BÍ THƯ|PHÓ BÍ THƯ|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|TỔNG GIÁM ĐỐC|HIỆU TRƯỞNG|CHÁNH VĂN PHÒNG|TRƯỞNG PHÒNG)$/u;
const APPENDIX = /^(?:PHỤ LỤC|Phụ lục|DỰ TRÙ|Dự trù|DỰ TOÁN|Dự toán|BẢNG DỰ TRÙ|Bảng dự trù|KINH PHÍ DỰ TRÙ)(?![\p{L}\p{N}])/u;

/** Whether a paragraph is a part heading "I. …". @internal */
export function isPartHeading(text: string): boolean {
  const marker = readMarker(text);
  return marker?.kind === "roman" && text.length - marker.end <= 200;
}

/** Cuts the blocks into zones. @internal */
export function splitZones(blocks: readonly Block[]): Zones {
  const zones: Zones = { header: [], body: [], bodyTables: [], closing: [], recipients: [], signature: [], appendix: [] };
  let zone: "header" | "body" | "closing" | "recipients" | "signature" | "appendix" = "header";
  // The appendix starts at its title, or at the first table after the signature.
  let sawPart = false;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (zone === "appendix") {
      zones.appendix.push(block);
      continue;
    }
    if (block.kind === "table") {
      if (zone === "header" || zone === "body") {
        // A budget table inside the body (no appendix title): from here on, the appendix.
        if (looksLikeBudget(block) && sawPart) {
          zone = "appendix";
          zones.appendix.push(block);
        } else if (zone === "body") zones.bodyTables.push(block);
        else zones.bodyTables.push(block);
      } else {
        zone = "appendix";
        zones.appendix.push(block);
      }
      continue;
    }
    const text = block.span.text;
    if (zone === "header" && isPartHeading(text)) {
      zone = "body";
      sawPart = true;
    }
    if ((zone === "body" || zone === "header") && sawPart && CLOSING.test(text)) zone = "closing";
    if (RECIPIENTS.test(text) && zone !== "header") zone = "recipients";
    else if (zone !== "header" && zone !== "body" && (SIGNATURE.test(text) || POSITION.test(text))) zone = "signature";
    else if (zone !== "header" && zone !== "body" && APPENDIX.test(text)) zone = "appendix";
    else if (zone === "body" && sawPart && APPENDIX.test(text) && /kinh phí/iu.test(text)) zone = "appendix";
    if (zone === "appendix") {
      zones.appendix.push(block);
      continue;
    }
    zones[zone].push(block.span);
  }
  return zones;
}

/** Whether a table is a budget estimate: its header names an amount column. @internal */
export function looksLikeBudget(table: Table): boolean {
  return table.rows.slice(0, 3).some((row) => row.cells.some((cell) => cell.paras.some((p) => /kinh phí|thành tiền|số tiền|dự toán|dự trù/iu.test(p.text))));
}
