/**
 * The kinds of unit in a plan, from the Confederation down to the grassroots.
 *
 * | kind | Vietnamese |
 * |---|---|
 * | `confederation` | Tổng Liên đoàn Lao động Việt Nam (TLĐ) |
 * | `presidium` | Đoàn Chủ tịch, Thường trực Đoàn Chủ tịch |
 * | `department` | a Ban of the TLĐ (Ban Tuyên giáo, Ban Tài chính…) or a unit under it |
 * | `provincial-federation` | LĐLĐ tỉnh, thành phố |
 * | `sector-union` | Công đoàn ngành Trung ương |
 * | `industrial-zone-union` | Công đoàn các khu công nghiệp (KCN) |
 * | `grassroots-union` | Công đoàn cơ sở (CĐCS) |
 * | `press-outlet` | a newspaper, magazine, bulletin, portal or website (cơ quan báo chí) |
 * | `broadcaster` | a television, radio or news agency (VTV, VOV, TTXVN) |
 * | `company` | a contractor (công ty truyền thông…) |
 * | `partner` | a partner company that signed an agreement with the TLĐ (đối tác) |
 *
 * @example
 * ```ts
 * import { UNIT_KINDS, type UnitKind } from "cong-doan-ke-hoach";
 *
 * const kind: UnitKind = "provincial-federation";
 * UNIT_KINDS.includes(kind); //=> true
 * ```
 * @category Model
 */
export const UNIT_KINDS = [
  "confederation",
  "presidium",
  "department",
  "provincial-federation",
  "sector-union",
  "industrial-zone-union",
  "grassroots-union",
  "press-outlet",
  "broadcaster",
  "company",
  "partner",
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

const PRINT_OR_ONLINE: readonly OutletKind[] = ["daily", "weekly", "magazine", "bulletin", "portal", "website", "fanpage"];
const BROADCAST: readonly OutletKind[] = ["television", "radio", "news-agency"];

/**
 * Which outlet kinds a unit of a kind may have: press outlets print or publish online, broadcasters
 * broadcast; other units have no outlet details.
 *
 * @internal
 */
export function outletKindsFor(kind: UnitKind): readonly OutletKind[] {
  if (kind === "press-outlet") return PRINT_OR_ONLINE;
  if (kind === "broadcaster") return BROADCAST;
  return [];
}

/**
 * Under which kinds of parent a unit of each kind may stand. A unit may also stand alone (no parent).
 * Press outlets, broadcasters and companies may belong to any organisation that runs them.
 *
 * @example
 * ```ts
 * import { ALLOWED_PARENT_KINDS } from "cong-doan-ke-hoach";
 *
 * ALLOWED_PARENT_KINDS["grassroots-union"].includes("provincial-federation"); //=> true
 * ```
 * @category Model
 */
export const ALLOWED_PARENT_KINDS: { readonly [K in UnitKind]: readonly UnitKind[] } = {
  confederation: [],
  presidium: ["confederation"],
  department: ["confederation", "department", "provincial-federation", "sector-union"],
  "provincial-federation": ["confederation"],
  "sector-union": ["confederation"],
  "industrial-zone-union": ["provincial-federation"],
  "grassroots-union": ["provincial-federation", "sector-union", "industrial-zone-union", "grassroots-union"],
  "press-outlet": ["confederation", "department", "provincial-federation", "sector-union", "industrial-zone-union", "grassroots-union", "company", "partner"],
  broadcaster: ["confederation", "department", "press-outlet", "company"],
  company: ["company", "partner", "press-outlet"],
  partner: [],
};
