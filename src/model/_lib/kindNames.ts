/** The Vietnamese names of the kinds of item a plan holds, for the messages about its ids. @internal */
export const KIND_VI: Readonly<Record<string, string>> = {
  unit: "đơn vị",
  channel: "hình thức tuyên truyền",
  activity: "hoạt động",
  quota: "chỉ tiêu",
  audience: "đối tượng",
  theme: "nội dung",
  phase: "giai đoạn",
  purpose: "mục đích",
  requirement: "yêu cầu",
  "funding source": "nguồn kinh phí",
  "funding provision": "quy định kinh phí",
  responsibility: "nhóm trách nhiệm",
  duty: "nhiệm vụ",
  "reporting duty": "chế độ báo cáo",
  "budget section": "mục dự toán",
  "budget line": "dòng dự toán",
  target: "chỉ tiêu bao phủ",
  "legal basis": "căn cứ pháp lý",
  recipient: "nơi nhận",
  objective: "mục tiêu",
  indicator: "chỉ tiêu",
  task: "nhiệm vụ, giải pháp",
  slogan: "khẩu hiệu",
  appendix: "phụ lục",
  "appendix item": "mục của phụ lục",
};

/** The Vietnamese name of a kind of item ("đơn vị" for "unit"). @internal */
export function kindVi(kind: string): string {
  return KIND_VI[kind] ?? kind;
}
