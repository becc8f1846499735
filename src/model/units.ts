/**
 * The kinds of unit that the plans of the genre name: the union's own bodies, the state and political
 * bodies that unions carry plans out with, the media, and others.
 *
 * | kind | Vietnamese |
 * |---|---|
 * | `confederation` | Tổng Liên đoàn Lao động Việt Nam (TLĐ) |
 * | `presidium` | Đoàn Chủ tịch, Thường trực Đoàn Chủ tịch; a Ban Thường vụ at any level |
 * | `executive-committee` | a union's Ban Chấp hành at any level |
 * | `department` | a Ban of a federation (Ban Tuyên giáo, Ban Tài chính…) or a unit under it |
 * | `provincial-federation` | LĐLĐ tỉnh, thành phố |
 * | `district-federation` | LĐLĐ quận, huyện, thị xã, thành phố thuộc tỉnh (cấp huyện) |
 * | `sector-union` | Công đoàn ngành: central (Trung ương) or provincial (`level`) |
 * | `industrial-zone-union` | Công đoàn các khu công nghiệp, khu chế xuất (KCN, KCX) |
 * | `grassroots-union` | Công đoàn cơ sở (CĐCS), nghiệp đoàn cơ sở |
 * | `party-committee` | a Party committee (Ban Chấp hành, Ban Thường vụ Tỉnh ủy, Thành ủy, Đảng ủy) |
 * | `peoples-committee` | Ủy ban nhân dân (UBND) of a province, a district or a commune (`level`) |
 * | `peoples-council` | Hội đồng nhân dân (HĐND) of a province, a district or a commune (`level`) |
 * | `state-agency` | a Sở, a Bộ, a Ban of the state |
 * | `fatherland-front` | Ủy ban Mặt trận Tổ quốc Việt Nam (MTTQ) |
 * | `mass-organisation` | Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến binh |
 * | `press-outlet` | a newspaper, magazine, bulletin or news site (cơ quan báo chí), perhaps with radio and television |
 * | `broadcaster` | a television, radio or news agency (VTV, VOV, TTXVN) |
 * | `portal` | a web portal (cổng thông tin điện tử, trang thông tin điện tử) |
 * | `social-media` | a fanpage, Zalo OA, YouTube or TikTok channel |
 * | `loudspeaker-system` | hệ thống truyền thanh cơ sở (the commune loudspeakers) |
 * | `company` | a contractor (công ty truyền thông…) |
 * | `partner` | a partner company that signed an agreement with the union (đối tác) |
 * | `school` | a school or university |
 * | `other` | any other organisation |
 *
 * @example
 * ```ts
 * import { UNIT_KINDS, type UnitKind } from "cong-doan-ke-hoach";
 *
 * const kind: UnitKind = "provincial-federation";
 * UNIT_KINDS.includes(kind); //=> true
 * UNIT_KINDS.includes("peoples-committee"); //=> true
 * ```
 * @category Model
 */
export const UNIT_KINDS = [
  "confederation",
  "presidium",
  "executive-committee",
  "department",
  "provincial-federation",
  "district-federation",
  "sector-union",
  "industrial-zone-union",
  "grassroots-union",
  "party-committee",
  "peoples-committee",
  "peoples-council",
  "state-agency",
  "fatherland-front",
  "mass-organisation",
  "press-outlet",
  "broadcaster",
  "portal",
  "social-media",
  "loudspeaker-system",
  "company",
  "partner",
  "school",
  "other",
] as const;

/**
 * One of {@link UNIT_KINDS}.
 *
 * @example
 * ```ts
 * import type { UnitKind } from "cong-doan-ke-hoach";
 *
 * const kind: UnitKind = "grassroots-union";
 * ```
 * @category Model
 */
export type UnitKind = (typeof UNIT_KINDS)[number];

/**
 * The kinds of press outlet and broadcaster, which quotas select by.
 *
 * | kind | Vietnamese |
 * |---|---|
 * | `newspaper` | báo, where the document does not say how often it appears |
 * | `daily` | nhật báo |
 * | `weekly` | tuần báo |
 * | `magazine` | tạp chí (published in issues) |
 * | `bulletin` | bản tin |
 * | `portal` | cổng thông tin điện tử |
 * | `website` | trang thông tin điện tử |
 * | `fanpage` | trang fanpage trên mạng xã hội |
 * | `television` | đài truyền hình |
 * | `radio` | đài phát thanh |
 * | `news-agency` | thông tấn xã |
 *
 * @example
 * ```ts
 * import { OUTLET_KINDS } from "cong-doan-ke-hoach";
 *
 * OUTLET_KINDS.includes("magazine"); //=> true
 * ```
 * @category Model
 */
export const OUTLET_KINDS = [
  "newspaper",
  "daily",
  "weekly",
  "magazine",
  "bulletin",
  "portal",
  "website",
  "fanpage",
  "television",
  "radio",
  "news-agency",
] as const;

/**
 * One of {@link OUTLET_KINDS}.
 *
 * @example
 * ```ts
 * import type { OutletKind } from "cong-doan-ke-hoach";
 *
 * const kind: OutletKind = "daily";
 * ```
 * @category Model
 */
export type OutletKind = (typeof OUTLET_KINDS)[number];

/**
 * The levels of the administrative and union structure: central (Trung ương), province (tỉnh, thành phố),
 * district (quận, huyện), commune (xã, phường, đặc khu) and grassroots (cơ sở).
 *
 * @example
 * ```ts
 * import { UNIT_LEVELS } from "cong-doan-ke-hoach";
 *
 * UNIT_LEVELS.includes("commune"); //=> true
 * ```
 * @category Model
 */
export const UNIT_LEVELS = ["central", "province", "district", "commune", "grassroots"] as const;

/**
 * One of {@link UNIT_LEVELS}.
 *
 * @example
 * ```ts
 * import type { UnitLevel } from "cong-doan-ke-hoach";
 *
 * const level: UnitLevel = "province";
 * ```
 * @category Model
 */
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/**
 * The media an outlet publishes in: "Báo và Phát thanh, Truyền hình Cần Thơ" is one outlet with print,
 * online, radio and television.
 *
 * @example
 * ```ts
 * import { OUTLET_MEDIA } from "cong-doan-ke-hoach";
 *
 * OUTLET_MEDIA; //=> ["print", "online", "radio", "television"]
 * ```
 * @category Model
 */
export const OUTLET_MEDIA = ["print", "online", "radio", "television"] as const;

/**
 * One of {@link OUTLET_MEDIA}.
 *
 * @example
 * ```ts
 * import type { OutletMedium } from "cong-doan-ke-hoach";
 *
 * const medium: OutletMedium = "radio";
 * ```
 * @category Model
 */
export type OutletMedium = (typeof OUTLET_MEDIA)[number];

const PRINT_OR_ONLINE: readonly OutletKind[] = ["newspaper", "daily", "weekly", "magazine", "bulletin", "portal", "website", "fanpage"];
const BROADCAST: readonly OutletKind[] = ["television", "radio", "news-agency"];

/**
 * Which outlet kinds a unit of a kind may have: press outlets print, publish online and may broadcast too;
 * broadcasters broadcast; portals and social media publish online; the commune loudspeakers are radio;
 * other units have no outlet details.
 *
 * @internal
 */
export function outletKindsFor(kind: UnitKind): readonly OutletKind[] {
  switch (kind) {
    case "press-outlet":
      return [...PRINT_OR_ONLINE, ...BROADCAST];
    case "broadcaster":
      return BROADCAST;
    case "portal":
      return ["portal", "website"];
    case "social-media":
      return ["fanpage"];
    case "loudspeaker-system":
      return ["radio"];
    default:
      return [];
  }
}

const UNION_FEDERATIONS: readonly UnitKind[] = ["confederation", "provincial-federation", "district-federation", "sector-union", "industrial-zone-union"];
const STATE: readonly UnitKind[] = ["party-committee", "peoples-committee", "state-agency", "fatherland-front", "mass-organisation", "school"];
const ANY_RUNNER: readonly UnitKind[] = [...UNION_FEDERATIONS, "department", "grassroots-union", ...STATE, "press-outlet", "company", "partner", "other"];

/**
 * Under which kinds of parent a unit of each kind may stand, following the real structure: a district
 * federation between a province and the grassroots, a sector union under the Confederation or a provincial
 * federation, a Ban Thường vụ (`presidium`) under any federation, grassroots unions under any federation
 * above them. State and political bodies nest among themselves (a Sở under the UBND, a commune's UBND under
 * the province's). Press outlets, broadcasters, portals, social media, loudspeakers and companies may belong
 * to any organisation that runs them. A unit may also stand alone (no parent).
 *
 * @example
 * ```ts
 * import { ALLOWED_PARENT_KINDS } from "cong-doan-ke-hoach";
 *
 * ALLOWED_PARENT_KINDS["grassroots-union"].includes("provincial-federation"); //=> true
 * ALLOWED_PARENT_KINDS["district-federation"]; //=> ["provincial-federation"]
 * ```
 * @category Model
 */
export const ALLOWED_PARENT_KINDS: { readonly [K in UnitKind]: readonly UnitKind[] } = {
  confederation: [],
  presidium: UNION_FEDERATIONS,
  "executive-committee": [...UNION_FEDERATIONS, "grassroots-union"],
  department: ["confederation", "department", "provincial-federation", "district-federation", "sector-union"],
  "provincial-federation": ["confederation"],
  "district-federation": ["provincial-federation"],
  "sector-union": ["confederation", "provincial-federation"],
  "industrial-zone-union": ["provincial-federation"],
  "grassroots-union": ["provincial-federation", "district-federation", "sector-union", "industrial-zone-union", "grassroots-union"],
  "party-committee": ["party-committee"],
  "peoples-committee": ["peoples-committee"],
  "peoples-council": ["peoples-council"],
  "state-agency": ["peoples-committee", "state-agency", "party-committee"],
  "fatherland-front": ["fatherland-front"],
  "mass-organisation": ["mass-organisation", "fatherland-front", "school"],
  "press-outlet": ANY_RUNNER,
  broadcaster: [...ANY_RUNNER, "broadcaster"],
  portal: ANY_RUNNER,
  "social-media": ANY_RUNNER,
  "loudspeaker-system": ANY_RUNNER,
  company: ["company", "partner", "press-outlet"],
  partner: [],
  school: ["state-agency", "peoples-committee", "school", "other"],
  other: [...ANY_RUNNER, "broadcaster", "portal"],
};
