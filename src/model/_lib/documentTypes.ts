/**
 * The document type codes (chữ viết tắt tên loại văn bản) that a Vietnamese citation can carry, with
 * their names in Vietnamese and English.
 *
 * Sources: Decree 30/2020/NĐ-CP on clerical work (Appendix III, the administrative documents), the
 * types of legal documents (Law on the Promulgation of Legal Documents: Luật, Pháp lệnh, Nghị định,
 * Thông tư…), the codes that Circular 01/2011/TT-BNV used before it (GCN, GXN), the Party's Hướng dẫn
 * 36-HD/VPTW of 2018 (KL, QĐi, TT for Thông tri, CV) and the joint forms (liên tịch, phối hợp) that
 * unions, the Youth Union and state bodies sign together.
 *
 * @internal
 */
interface DocumentType {
  readonly vi: string;
  readonly en: string;
  /** A joint type (văn bản liên tịch, phối hợp): several bodies issue it together. */
  readonly joint?: true;
  /** The name in the Party's system (Hướng dẫn 36-HD/VPTW), where it differs. */
  readonly party?: { readonly vi: string; readonly en: string };
}

const TYPES: Readonly<Record<string, DocumentType>> = {
  // Decree 30/2020/NĐ-CP, Appendix III: administrative documents.
  NQ: { vi: "Nghị quyết", en: "Resolution" },
  "QĐ": { vi: "Quyết định", en: "Decision" },
  CT: { vi: "Chỉ thị", en: "Directive" },
  QC: { vi: "Quy chế", en: "Rules" },
  "QyĐ": { vi: "Quy định", en: "Regulation" },
  TC: { vi: "Thông cáo", en: "Communiqué" },
  TB: { vi: "Thông báo", en: "Notice" },
  HD: { vi: "Hướng dẫn", en: "Guidance" },
  CTr: { vi: "Chương trình", en: "Programme" },
  KH: { vi: "Kế hoạch", en: "Plan" },
  PA: { vi: "Phương án", en: "Scheme" },
  "ĐA": { vi: "Đề án", en: "Proposal" },
  DA: { vi: "Dự án", en: "Project" },
  BC: { vi: "Báo cáo", en: "Report" },
  BB: { vi: "Biên bản", en: "Minutes" },
  TTr: { vi: "Tờ trình", en: "Submission" },
  "HĐ": { vi: "Hợp đồng", en: "Contract" },
  "CĐ": { vi: "Công điện", en: "Official telegram" },
  BGN: { vi: "Bản ghi nhớ", en: "Memorandum of understanding" },
  BTT: { vi: "Bản thỏa thuận", en: "Agreement" },
  GUQ: { vi: "Giấy ủy quyền", en: "Power of attorney" },
  GM: { vi: "Giấy mời", en: "Invitation" },
  GGT: { vi: "Giấy giới thiệu", en: "Letter of introduction" },
  GNP: { vi: "Giấy nghỉ phép", en: "Leave permit" },
  PG: { vi: "Phiếu gửi", en: "Dispatch slip" },
  PC: { vi: "Phiếu chuyển", en: "Transfer slip" },
  PB: { vi: "Phiếu báo", en: "Notification slip" },
  // Circular 01/2011/TT-BNV, before Decree 30.
  GCN: { vi: "Giấy chứng nhận", en: "Certificate" },
  GXN: { vi: "Giấy xác nhận", en: "Confirmation" },
  // Legal documents.
  L: { vi: "Luật", en: "Law" },
  PL: { vi: "Pháp lệnh", en: "Ordinance" },
  "NĐ": { vi: "Nghị định", en: "Decree" },
  TT: { vi: "Thông tư", en: "Circular", party: { vi: "Thông tri", en: "Circular" } },
  SL: { vi: "Sắc lệnh", en: "Presidential decree" },
  VBHN: { vi: "Văn bản hợp nhất", en: "Consolidated text" },
  // The Party's own (Hướng dẫn 36-HD/VPTW), also used by the unions.
  KL: { vi: "Kết luận", en: "Conclusion" },
  "QĐi": { vi: "Quy định", en: "Regulation" },
  CV: { vi: "Công văn", en: "Official letter" },
  // Joint documents.
  TTLT: { vi: "Thông tư liên tịch", en: "Joint circular", joint: true },
  NQLT: { vi: "Nghị quyết liên tịch", en: "Joint resolution", joint: true },
  "QĐLT": { vi: "Quyết định liên tịch", en: "Joint decision", joint: true },
  CTLT: { vi: "Chỉ thị liên tịch", en: "Joint directive", joint: true },
  HDLT: { vi: "Hướng dẫn liên tịch", en: "Joint guidance", joint: true },
  KHLT: { vi: "Kế hoạch liên tịch", en: "Joint plan", joint: true },
  CTrLT: { vi: "Chương trình liên tịch", en: "Joint programme", joint: true },
  TBLT: { vi: "Thông báo liên tịch", en: "Joint notice", joint: true },
  QCLT: { vi: "Quy chế liên tịch", en: "Joint rules", joint: true },
  CTrPH: { vi: "Chương trình phối hợp", en: "Coordination programme", joint: true },
  QCPH: { vi: "Quy chế phối hợp", en: "Coordination rules", joint: true },
  KHPH: { vi: "Kế hoạch phối hợp", en: "Coordination plan", joint: true },
};

/** The entry of a code (NFC, exact case), or undefined. @internal */
export function documentType(code: string): DocumentType | undefined {
  return Object.hasOwn(TYPES, code) ? TYPES[code] : undefined;
}

/** Whether the code is in the table. @internal */
export function isDocumentTypeCode(code: string): boolean {
  return Object.hasOwn(TYPES, code);
}

/** Whether the code is a joint type (liên tịch, phối hợp). @internal */
export function isJointTypeCode(code: string): boolean {
  return documentType(code)?.joint === true;
}

/** Every code of the table, longest first (for a regular-expression alternation). @internal */
export function documentTypeCodes(joint?: boolean): readonly string[] {
  return Object.keys(TYPES)
    .filter((code) => joint === undefined || (TYPES[code]?.joint === true) === joint)
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}
