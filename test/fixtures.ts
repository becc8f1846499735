import { readFileSync } from "node:fs";
import type { PlanJson } from "../src/index.js";

/** The reference plan document (examples/vgcl-2017/plan.json), freshly read: callers may change it. */
export function referencePlanJson(): PlanJson {
  return JSON.parse(readFileSync(new URL("../examples/vgcl-2017/plan.json", import.meta.url), "utf8")) as PlanJson;
}

/** A small valid plan that touches every kind of reference; a fresh object on every call. */
export function minimalPlanJson() {
  return {
    schemaVersion: 1,
    id: "minimal",
    header: {
      title: "KẾ HOẠCH",
      subject: "Tuyên truyền thử",
      issuerId: "tld",
      legalBases: [{ id: "hd-284", kind: "Hướng dẫn", reference: "284/HD-TLĐ", issuedOn: "2017-03-09" }],
      background: ["Mở đầu."],
    },
    purposes: [{ id: "purpose-a", label: "a", text: "Mục đích." }],
    requirements: [],
    audiences: [{ id: "members", name: "Đoàn viên", nameEn: "Union members" }],
    themes: [{ id: "theme-1", text: "Nội dung." }],
    phases: [{ id: "phase-1", name: "Giai đoạn 1", window: { start: "2017-07-01", end: "2018-05-31" } }],
    units: [
      { id: "tld", name: "Tổng Liên đoàn Lao động Việt Nam", shortName: "TLĐ", kind: "confederation" },
      { id: "btg", name: "Ban Tuyên giáo", kind: "department", parentId: "tld" },
      { id: "ldld", name: "LĐLĐ tỉnh, TP", kind: "provincial-federation", parentId: "tld", group: true },
      { id: "bld", name: "Báo Lao Động", kind: "press-outlet", parentId: "tld", outlet: { kind: "daily", electronicEdition: true } },
      { id: "vtv", name: "Đài Truyền hình Việt Nam", kind: "broadcaster", outlet: { kind: "television", electronicEdition: false } },
      { id: "media-co", name: "Công ty truyền thông", kind: "company" },
    ],
    channels: [
      {
        id: "press",
        number: 1,
        title: "Trên báo",
        activities: [
          {
            id: "column",
            title: "Chuyên mục",
            window: { start: "2017-07-01", end: "2018-05-31" },
            leadUnitIds: ["btg"],
            executingUnitIds: ["bld"],
            coordinatingUnitIds: [],
            targets: [],
            notes: [],
          },
        ],
        quotas: [
          {
            id: "q-daily",
            min: 2,
            per: "week",
            itemKinds: ["article"],
            outletIds: [],
            outletKinds: ["daily"],
            requireOnlineCopy: true,
            phaseId: "phase-1",
          },
          { id: "q-tv", min: 1, per: "month", itemKinds: ["programme"], outletIds: ["vtv"], outletKinds: [], requireOnlineCopy: false },
        ],
      },
    ],
    funding: {
      sources: [
        { id: "central", kind: "central-budget", name: "Ngân sách TLĐ", funderUnitIds: ["tld"] },
        { id: "regular", kind: "regular-budget", name: "Kinh phí thường xuyên", funderUnitIds: ["ldld"] },
      ],
      provisions: [{ id: "funding-1", label: "1", text: "Kinh phí thường xuyên.", sourceId: "regular" }],
    },
    responsibilities: [{ id: "resp-1", title: "Ban Tuyên giáo", unitIds: ["btg"], duties: [{ id: "duty-1", text: "Chỉ đạo.", activityIds: ["column"] }] }],
    reporting: [
      {
        id: "monthly",
        kind: "periodic-report",
        description: "Hàng tháng báo cáo.",
        reportingUnitIds: ["ldld", "bld"],
        recipientUnitId: "tld",
        viaUnitId: "btg",
        every: "month",
        phaseId: "phase-1",
      },
    ],
    closing: ["Trên đây là kế hoạch."],
    recipients: [{ id: "rcpt-1", text: "Các LĐLĐ tỉnh, TP", unitIds: ["ldld"] }],
    signatory: { capacity: "TM. ĐOÀN CHỦ TỊCH", title: "PHÓ CHỦ TỊCH", name: "Trần Văn Thuật" },
    budget: {
      title: "Dự trù kinh phí",
      currency: "VND",
      declaredTotal: "30.000.000",
      sections: [
        {
          id: "s1",
          label: "I",
          title: "Sản phẩm",
          declaredTotal: 30000000,
          lines: [
            {
              id: "l1",
              label: "1",
              title: "Nhuận bút",
              product: { description: "300 bài", quantity: 300, unit: "bài" },
              unitPrice: "100.000",
              amount: "30000000",
              fundingSourceId: "central",
              leadUnitIds: ["btg"],
              coordinatingUnitIds: [],
              activityId: "column",
            },
          ],
        },
      ],
    },
  };
}
