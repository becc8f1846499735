/**
 * The lexicon of unit names: the abbreviations the genre uses (LĐLĐ, CĐ, CĐCS, TLĐ, Ban TG, UBND, MTTQ,
 * Sở…), what kind of unit a name stands for, whether it stands for a group ("các LĐLĐ tỉnh, TP"), and a
 * canonical key under which the different ways of writing one unit meet ("Ban CSKTXH và Thi đua khen
 * thưởng TLĐ", "Ban Chính sách, kinh tế, xã hội và thi đua khen thưởng"). Constant tables, read lazily.
 *
 * @internal
 */
import type { OutletKind, UnitKind, UnitLevel } from "../../model/units.js";
import { fold, memo, words } from "./fold.js";
import { own } from "../../_lib/own.js";

/** Abbreviations, folded, and what they stand for, folded. */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  tld: "tong lien doan lao dong viet nam",
  tldld: "tong lien doan lao dong viet nam",
  ldldvn: "tong lien doan lao dong viet nam",
  tldldvn: "tong lien doan lao dong viet nam",
  ldld: "lien doan lao dong",
  cd: "cong doan",
  cdcs: "cong doan co so",
  cdvn: "cong doan viet nam",
  tp: "thanh pho",
  tw: "trung uong",
  kcn: "khu cong nghiep",
  kcx: "khu che xuat",
  ubnd: "uy ban nhan dan",
  ubmttq: "uy ban mat tran to quoc",
  ubmt: "uy ban mat tran",
  tq: "to quoc",
  mttq: "mat tran to quoc",
  dct: "doan chu tich",
  btg: "ban tuyen giao",
  bch: "ban chap hanh",
  btv: "ban thuong vu",
  cttdt: "cong thong tin dien tu",
  ttdt: "thong tin dien tu",
  vn: "viet nam",
  hdnd: "hoi dong nhan dan",
  csktxh: "chinh sach kinh te xa hoi",
  tdkt: "thi dua khen thuong",
  cnvcld: "cong nhan vien chuc lao dong",
  cnld: "cong nhan lao dong",
  nld: "nguoi lao dong",
  ttxvn: "thong tan xa viet nam",
  vtv: "dai truyen hinh viet nam",
  vov: "dai tieng noi viet nam",
  lhpn: "lien hiep phu nu",
  tncs: "thanh nien cong san",
  hcm: "ho chi minh",
  dtn: "doan thanh nien",
  ptth: "phat thanh truyen hinh",
  "pt-th": "phat thanh truyen hinh",
  vp: "van phong",
  vpqg: "van phong quoc gia",
  ct: "chu tich",
  pct: "pho chu tich",
};

/** Words dropped from keys: plural and linking words that do not change which unit is meant. */
const DROPPED = new Set(["cac", "nhung", "moi", "cua", "va", "hoac"]);

/** The folded words of a name with its abbreviations written out. @internal */
export function expandedWords(name: string): string[] {
  return expandedMemo(name);
}

const expandedMemo = /* @__PURE__ */ memo(expandWords);

function expandWords(name: string): string[] {
  const out: string[] = [];
  // "Tổng LĐLĐVN", "Tổng Liên đoàn" alone: the Confederation.
  const folded = fold(name).replace(/\btong\s+ldldvn\b/g, "tld").replace(/\btong\s+lien\s+doan\b(?!\s+lao)/g, "tld");
  for (const w of words(folded.replace(/&/g, " va "))) {
    const expansion = own(ABBREVIATIONS, w);
    if (expansion !== undefined) out.push(...expansion.split(" "));
    else out.push(w);
  }
  return out;
}

/** The expanded name as one folded string without linking words. @internal */
export const nameKey: (name: string) => string = /* @__PURE__ */ memo((name: string) =>
  expandedWords(name)
    .filter((w) => !DROPPED.has(w))
    .join(" "),
);

const CONFEDERATION = "tong lien doan lao dong viet nam";

/** What a name stands for. @internal */
export interface UnitSense {
  readonly kind: UnitKind;
  readonly outletKind?: OutletKind;
  readonly group: boolean;
  readonly level?: UnitLevel;
  /** The canonical key: one unit, however written. */
  readonly key: string;
  /** The key of the unit it belongs to (a Ban of the Confederation), where the name says. */
  readonly ownerKey?: string;
  /** Whether the name is one the lexicon knows (not just its kind). */
  readonly known: boolean;
  /** The full name, where the lexicon knows the unit. */
  readonly fullName?: string;
  /** The abbreviation, where the lexicon knows one. */
  readonly shortName?: string;
}

interface Known {
  readonly key: string;
  readonly name: string;
  readonly shortName?: string;
  readonly kind: UnitKind;
  readonly outletKind?: OutletKind;
  readonly level?: UnitLevel;
}

/** Bodies and outlets of the union system and of the state that plans of the genre name, by folded key. */
const KNOWN: readonly Known[] = [
  { key: CONFEDERATION, name: "Tổng Liên đoàn Lao động Việt Nam", shortName: "TLĐ", kind: "confederation", level: "central" },
  { key: "cong doan viet nam", name: "Công đoàn Việt Nam", kind: "confederation", level: "central" },
  // The union's papers: newspapers, their frequency left to the app's directory (the text does not say it).
  { key: "bao lao dong", name: "Báo Lao Động", kind: "press-outlet", outletKind: "newspaper" },
  { key: "nguoi lao dong", name: "Người Lao động", kind: "press-outlet", outletKind: "newspaper" },
  { key: "bao nguoi lao dong", name: "Người Lao động", kind: "press-outlet", outletKind: "newspaper" },
  { key: "lao dong thu do", name: "Lao động Thủ đô", kind: "press-outlet", outletKind: "newspaper" },
  { key: "lao dong dong nai", name: "Lao động Đồng Nai", kind: "press-outlet", outletKind: "newspaper" },
  { key: "lao dong nghe an", name: "Lao động Nghệ An", kind: "press-outlet", outletKind: "newspaper" },
  { key: "tap chi lao dong cong doan", name: "Tạp chí Lao động và Công đoàn", kind: "press-outlet", outletKind: "magazine" },
  { key: "dai truyen hinh viet nam", name: "Đài Truyền hình Việt Nam", shortName: "VTV", kind: "broadcaster", outletKind: "television", level: "central" },
  { key: "dai tieng noi viet nam", name: "Đài Tiếng nói Việt Nam", shortName: "VOV", kind: "broadcaster", outletKind: "radio", level: "central" },
  { key: "thong tan xa viet nam", name: "Thông tấn xã Việt Nam", shortName: "TTXVN", kind: "broadcaster", outletKind: "news-agency", level: "central" },
  { key: "thu tuong chinh phu", name: "Thủ tướng Chính phủ", kind: "state-agency", level: "central" },
  { key: "chinh phu", name: "Chính phủ", kind: "state-agency", level: "central" },
];

let knownByKey: Map<string, Known> | undefined;
function known(key: string): Known | undefined {
  knownByKey ??= new Map(KNOWN.map((k) => [k.key, k]));
  return knownByKey.get(key);
}

/**
 * The heads that start a unit's name, folded, longest first where one starts another. A list of names is
 * split only where the next part starts with one of them ("LĐLĐ tỉnh, TP" stays whole; "Ban Tuyên giáo, Ban
 * Tài chính" are two).
 */
const HEADS: readonly string[] = [
  "tong lien doan", "tong ldldvn", "tld", "ldldvn", "lien doan lao dong", "ldld", "cong doan", "cd", "cdcs", "cdvn",
  "nghiep doan", "ban", "van phong", "uy ban", "ubnd", "ubmttq", "ubmt", "mat tran", "mttq", "thuong truc", "doan chu tich",
  "bao", "bao chi", "tap chi", "ban tin", "cong thong tin", "cong ttdt", "cttdt", "trang thong tin", "trang fanpage", "fanpage",
  "website", "dai", "thong tan xa", "truyen hinh", "kenh truyen hinh", "bo phan", "cong ty", "co quan", "so", "bo", "doi tac",
  "nha tai tro", "truong", "hoi", "doan thanh nien", "thanh doan", "tinh doan", "huyen doan", "doan truong", "chi doan",
  "doan the", "tinh uy", "thanh uy", "huyen uy", "quan uy", "dang uy", "he thong", "vtv", "vov", "ttxvn", "nguoi lao dong",
  "lao dong thu do", "lao dong dong nai", "lao dong nghe an", "tieu ban", "phong", "cuc", "hoi dong", "to cong doan",
  "thu tuong", "chinh phu", "bch", "btv", "ban thuong vu", "ban chap hanh", "phat thanh",
];

const PLURAL = /^(?:cac|nhung|moi|toan the|toan bo)\s+/;

/** Whether a text (folded, trimmed) starts with a unit head. @internal */
export function startsWithHead(foldedText: string): boolean {
  // "môi trường" (the environment) folds as "mọi trường" (every school) would: not a name.
  if (/^moi truong\b/.test(foldedText)) return false;
  const text = foldedText.replace(PLURAL, "");
  for (const head of HEADS) {
    if (text.startsWith(head) && (text.length === head.length || !/[a-z0-9]/.test(text.charAt(head.length)))) return true;
  }
  return false;
}

/** The level of a name: central, province, district, commune. */
function levelOf(key: string): UnitLevel | undefined {
  if (/\b(trung uong|viet nam)\b/.test(key)) return "central";
  if (/\b(cap xa|xa phuong|xa|phuong|dac khu|thi tran)\b/.test(key)) return "commune";
  if (/\b(quan|huyen|thi xa|cap huyen)\b/.test(key)) return "district";
  if (/\b(tinh|thanh pho)\b/.test(key)) return "province";
  return undefined;
}

/** Owner phrases at the end of a name: "… của TLĐ", "… trực thuộc Tổng Liên đoàn", "… TLĐ". */
function splitOwner(expanded: string): { head: string; owner: string | undefined } {
  const m = /^(.*?)\s+(?:cua|truc thuoc|thuoc)\s+(.+)$/.exec(expanded);
  if (m !== null) return { head: m[1]!, owner: m[2]! };
  if (expanded.endsWith(` ${CONFEDERATION}`) && expanded !== CONFEDERATION) return { head: expanded.slice(0, -CONFEDERATION.length - 1), owner: CONFEDERATION };
  return { head: expanded, owner: undefined };
}

/** Words that may follow a head without naming one unit in particular ("LĐLĐ tỉnh, TP" is every one of them). */
const GENERIC = new Set(["tinh", "thanh", "pho", "quan", "huyen", "thi", "xa", "phuong", "cap", "trung", "uong", "nganh", "cac", "dac", "khu", "co", "so", "tran", "dia", "phuong", "lien", "quan", "don", "vi", "doanh", "nghiep", "truc", "thuoc", "cong", "nghiep", "che", "xuat"]);

/**
 * What a name stands for: its kind, outlet kind, group, level and canonical key. `issuerKey` is the key of
 * the plan's issuer, the owner of a Ban named without one. Returns undefined for a name the lexicon cannot
 * place.
 *
 * @internal
 */
export function senseOf(name: string, issuerKey?: string): UnitSense | undefined {
  return senseMemo(`${issuerKey ?? ""}\u0000${name}`);
}

const senseMemo = /* @__PURE__ */ memo((key: string): UnitSense | undefined => {
  const at = key.indexOf("\u0000");
  return readSense(key.slice(at + 1), at === 0 ? undefined : key.slice(0, at));
});

function readSense(name: string, issuerKey: string | undefined): UnitSense | undefined {
  const original = name.trim();
  const plural = PLURAL.test(fold(original));
  const all = expandedWords(original);
  let expanded = all.filter((w) => !["cac", "nhung", "moi"].includes(w)).join(" ");
  // Leading "bộ phận" (a unit of), "hệ thống" handled by the rules below.
  expanded = expanded.replace(/^bo phan\s+/, "");
  const key0 = nameKey(original).replace(/^bo phan\s+/, "");
  const direct = known(key0);
  if (direct !== undefined) {
    return {
      kind: direct.kind,
      ...(direct.outletKind === undefined ? {} : { outletKind: direct.outletKind }),
      group: false,
      ...(direct.level === undefined ? {} : { level: direct.level }),
      key: direct.key,
      known: true,
      fullName: direct.name,
      ...(direct.shortName === undefined ? {} : { shortName: direct.shortName }),
    };
  }
  const { head, owner } = splitOwner(expanded);
  const ownerKey = owner === undefined ? undefined : nameKey(owner);
  const headKey = nameKey(head);
  const rest = (prefix: string) => words(headKey.slice(prefix.length));
  const generic = (prefix: string) => rest(prefix).every((w) => GENERIC.has(w));
  const level = levelOf(expanded);
  const base = (kind: UnitKind, key: string, group: boolean, extra: Partial<UnitSense> = {}): UnitSense => ({
    kind,
    group,
    key,
    known: false,
    ...(level === undefined ? {} : { level }),
    ...(ownerKey === undefined ? {} : { ownerKey }),
    ...extra,
  });

  if (headKey === CONFEDERATION || headKey === "tong lien doan lao dong") return base("confederation", CONFEDERATION, false, { known: true, fullName: "Tổng Liên đoàn Lao động Việt Nam", shortName: "TLĐ" });
  // Party committees first: "Ban Tuyên giáo Tỉnh ủy" is the Party's.
  if (/\b(tinh uy|thanh uy|huyen uy|quan uy|dang uy|cap uy|trung uong dang)\b/.test(expanded)) return base("party-committee", headKey, plural);
  if (/^ban chap hanh\b/.test(headKey) && /\b(doan thanh nien|doan truong|thanh doan|tinh doan|huyen doan|chi doan|doan tncs|hoi)\b/.test(headKey)) return base("mass-organisation", headKey, plural);
  if (/^ban chap hanh\b/.test(headKey) && !/\b(tinh uy|thanh uy|dang)\b/.test(headKey)) {
    const owned = ownerKey ?? (headKey === "ban chap hanh" ? issuerKey : undefined);
    const inner = headKey.replace(/^ban chap hanh\s*/, "");
    const ownerOf = owned ?? (inner === "" ? undefined : inner);
    return base("executive-committee", `ban chap hanh@${ownerOf ?? ""}`, false, ownerOf === undefined ? {} : { ownerKey: ownerOf });
  }
  if (/^(thuong truc )?doan chu tich\b/.test(headKey) || /^(thuong truc )?ban thuong vu\b/.test(headKey)) {
    const owned = ownerKey ?? (/(lien doan lao dong|cong doan|tong lien doan)/.test(headKey) ? undefined : issuerKey);
    const bare = headKey.replace(/\s+(tong lien doan lao dong viet nam|lien doan lao dong.*|cong doan.*)$/, "");
    const inner = headKey.slice(bare.length).trim();
    const ownerOf = owned ?? (inner === "" ? undefined : inner);
    return base("presidium", `${bare}@${ownerOf ?? ""}`, false, ownerOf === undefined ? {} : { ownerKey: ownerOf });
  }
  if (/^ban tin\b/.test(headKey)) return base("press-outlet", `ban tin@${firstOwner(ownerKey ?? headKey.replace(/^ban tin\s*/, ""))}`, true, { outletKind: "bulletin" });
  if (/^bao (dien tu|in)\b/.test(headKey) && /\bbao cong doan\b/.test(ownerKey ?? "")) return base("press-outlet", "bao chi@cong doan#bao", true, { outletKind: "newspaper" });
  if (/^(co quan (thong tan )?bao chi|bao chi|bao dai)\b/.test(headKey)) {
    const scope = `${headKey} ${ownerKey ?? ""}`;
    // "trong hệ thống công đoàn": the union's press and its portal; "công đoàn": the union's press.
    const whose = /\bhe thong cong doan\b/.test(scope) && !/\bngoai\b/.test(scope) ? "he thong cong doan" : /\bcong doan\b/.test(scope) ? "cong doan" : /\bdia phuong\b/.test(scope) ? "dia phuong" : /\btrung uong\b/.test(scope) ? "trung uong" : (ownerKey ?? headKey.replace(/^(co quan (thong tan )?bao chi|bao chi|bao dai)\s*/, ""));
    return base("press-outlet", `bao chi@${whose}`, true, { outletKind: "newspaper" });
  }
  if (/^(ban|van phong|uy ban kiem tra|tieu ban)\b/.test(headKey) && !/^ban quan ly\b/.test(headKey) && !/^uy ban nhan dan/.test(headKey)) {
    // A Ban of the issuer unless the name says whose: "Ban Tuyên giáo", "Ban Tuyên giáo TLĐ".
    if (/\b(uy ban nhan dan|so|bo)\b/.test(ownerKey ?? "") || /\b(uy ban nhan dan|quoc gia|chinh phu)\b/.test(headKey) || /^(uy ban nhan dan|so |bo )/.test(issuerKey ?? "")) return base("state-agency", `${headKey}@${ownerKey ?? ""}`, plural);
    const owned = ownerKey ?? issuerKey ?? "";
    const bareBan = /^(ban|ban don vi|ban don vi truc thuoc)$/.test(headKey);
    return base("department", bareBan ? `ban*@${owned}` : `${headKey}@${owned}`, plural || bareBan, owned === "" ? {} : { ownerKey: owned });
  }
  if (/^lien doan lao dong\b/.test(headKey)) {
    const district = /^lien doan lao dong (quan|huyen|thi xa|cap huyen|thanh pho thuoc tinh)\b/.test(headKey);
    const group = plural || generic("lien doan lao dong");
    return base(district ? "district-federation" : "provincial-federation", group ? (district ? "lien doan lao dong cap huyen" : "lien doan lao dong tinh thanh pho") : headKey, group);
  }
  if (/^(cong doan co so|nghiep doan co so|cong doan cap co so)\b/.test(headKey)) return base("grassroots-union", "cong doan co so", true, { level: "grassroots" });
  if (/^cong doan (khu cong nghiep|khu che xuat|khu kinh te)\b/.test(headKey)) return base("industrial-zone-union", "cong doan khu cong nghiep", plural || generic("cong doan"));
  if (/^cong doan nganh\b/.test(headKey)) {
    const group = plural || generic("cong doan nganh");
    return base("sector-union", group ? (/trung uong/.test(headKey) || headKey === "cong doan nganh" ? "cong doan nganh trung uong" : headKey) : headKey, group);
  }
  if (/^cong doan (tap doan|tong cong ty)\b/.test(headKey)) return base("sector-union", headKey, plural || generic("cong doan"));
  if (/^cong doan (xa|phuong|dac khu)\b/.test(headKey)) return base("district-federation", headKey, plural || generic("cong doan"), { level: "commune" });
  if (/^to cong doan\b/.test(headKey)) return base("grassroots-union", headKey, true, { level: "grassroots" });
  if (/^cong doan\b.*\bviet nam$/.test(headKey) && headKey !== "cong doan viet nam") return base("sector-union", headKey, false, { level: "central" });
  if (/^(uy ban nhan dan)\b/.test(headKey)) {
    // "UBND xã, phường", "UBND cấp xã": the communes' committees, however written; likewise the districts'.
    const group = plural || generic("uy ban nhan dan");
    const key = group && level === "commune" ? "uy ban nhan dan cap xa" : group && level === "district" ? "uy ban nhan dan cap huyen" : headKey;
    return base("peoples-committee", key, group);
  }
  if (/\bmat tran to quoc\b/.test(headKey)) return base("fatherland-front", headKey, plural);
  if (/^(hoi dong nhan dan)\b/.test(headKey)) return base("peoples-council", headKey, plural);
  if (/^(so|bo|cuc|chi cuc|vu|phong|ban quan ly|thu tuong|chinh phu|van phong uy ban)\b/.test(headKey)) return base("state-agency", headKey, plural || /^(so|bo)( nganh| don vi|$)/.test(headKey));
  if (/^(doan thanh nien|thanh doan|tinh doan|huyen doan|doan truong|chi doan|doan tncs|doan the|hoi lien hiep phu nu|hoi phu nu|hoi nong dan|hoi cuu chien binh|hoi)\b/.test(headKey)) return base("mass-organisation", headKey, plural || /^doan the\b/.test(headKey));
  // Outlets.
  if (/^(he thong )?(thong tin )?(co so )?(truyen thanh|loa)/.test(headKey) || /^he thong thong tin co so\b/.test(headKey) || /^he thong truyen thanh\b/.test(headKey)) return base("loudspeaker-system", "he thong thong tin co so", true, { outletKind: "radio" });
  if (/^(dai )?(phat thanh )?truyen hinh (tinh|dia phuong|dia phuong|cac tinh)\b/.test(headKey) || /^dai (phat thanh )?truyen hinh (tinh|dia phuong)\b/.test(headKey) || /^phat thanh truyen hinh (tinh|dia phuong)\b/.test(headKey) || /^(dai phat thanh|phat thanh) (truyen hinh )?(tinh|dia phuong)\b/.test(headKey)) {
    return base("broadcaster", "dai phat thanh truyen hinh@dia phuong", true, { outletKind: "television", level: "province" });
  }
  if (/^(dai )?truyen hinh\b/.test(headKey) || /^kenh truyen hinh\b/.test(headKey)) return base("broadcaster", headKey.replace(/^dai /, ""), plural, { outletKind: "television" });
  if (/^(dai tieng noi|dai phat thanh|phat thanh)\b/.test(headKey)) return base("broadcaster", headKey, plural, { outletKind: "radio" });
  if (/^thong tan xa\b/.test(headKey)) return base("broadcaster", headKey, plural, { outletKind: "news-agency" });
  if (/^bao va phat thanh truyen hinh\b/.test(headKey)) return base("press-outlet", headKey, false, { outletKind: "newspaper" });
  if (/^tap chi\b/.test(headKey)) return base("press-outlet", headKey, plural, { outletKind: "magazine" });
  if (/^(cong thong tin|cong ttdt)\b/.test(headKey)) {
    const whose = ownerKey ?? headKey.replace(/^cong thong tin( dien tu)?\s*/, "");
    return base("portal", `cong thong tin@${whose}`, plural, { outletKind: "portal" });
  }
  if (/^(trang thong tin dien tu|trang thong tin|website|trang web)\b/.test(headKey)) {
    const whose = ownerKey ?? headKey.replace(/^(trang thong tin dien tu|trang thong tin|website|trang web)( website)?\s*/, "");
    return base("portal", `trang thong tin@${firstOwner(whose)}`, true, { outletKind: "website" });
  }
  if (/\b(fanpage|facebook|zalo|youtube|tiktok|mang xa hoi)\b/.test(headKey)) {
    const whose = ownerKey ?? headKey.replace(/^(trang )?(fanpage|facebook)\s*/, "");
    return base("social-media", `fanpage@${whose}`, plural, { outletKind: "fanpage" });
  }
  if (/^bao\b/.test(headKey)) return base("press-outlet", headKey, plural, { outletKind: "newspaper" });
  if (/^cong ty\b/.test(headKey)) return base("company", headKey, plural);
  if (/^(doi tac|nha tai tro)\b/.test(headKey)) return base("partner", "doi tac", true);
  if (/^(truong|hoc vien|dai hoc)\b/.test(headKey)) return base("school", headKey, plural);
  return undefined;
}

/** The first of several owners ("LĐLĐ tỉnh, TP, CĐ ngành Trung ương…"), as a key. */
function firstOwner(owners: string): string {
  const key = owners.split(/\s+(?=cong doan|lien doan lao dong)/)[0] ?? owners;
  return key.trim();
}

/** Whether a name (folded) is a bare kind noun for outlets ("nhật báo", "tuần báo", "bản tin", "tạp chí"). @internal */
export function outletKindNoun(folded: string): OutletKind | undefined {
  const text = folded.replace(PLURAL, "").trim();
  if (/^nhat bao\b/.test(text)) return "daily";
  if (/^tuan bao\b/.test(text)) return "weekly";
  if (/^(tap chi)\b/.test(text)) return "magazine";
  if (/^ban tin\b/.test(text)) return "bulletin";
  if (/^(cong thong tin|cong ttdt|cttdt)\b/.test(text)) return "portal";
  if (/^(trang thong tin dien tu|trang thong tin|website|trang web)\b/.test(text)) return "website";
  if (/^(trang )?(fanpage|facebook)\b/.test(text)) return "fanpage";
  if (/^(dai )?truyen hinh\b/.test(text)) return "television";
  if (/^(dai )?(phat thanh|tieng noi)\b/.test(text)) return "radio";
  if (/^(bao in|bao giay)\b/.test(text)) return "daily";
  return undefined;
}

/** The Vietnamese initials of a name, abbreviations spelt out letter by letter ("Ban CSKTXH và TĐKT" → "bcsktxhvtdkt"). @internal */
export const initials: (name: string) => string = /* @__PURE__ */ memo((name: string): string =>
  name
    .normalize("NFC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "")
    // Linking words are not initials: "Sở NN&MT" is "Sở Nông nghiệp và Môi trường".
    .filter((w) => !/^(?:và|va|của|cua)$/iu.test(w))
    .map((w) => (w.length >= 2 && w === w.toUpperCase() && /\p{Lu}/u.test(w) ? fold(w) : fold(w.charAt(0))))
    .join(""),
);

/** Whether a name has an abbreviation of three letters or more in it. @internal */
export const hasAcronym: (name: string) => boolean = /* @__PURE__ */ memo((name: string): boolean => /(?:^|[^\p{L}])\p{Lu}{3,}(?:$|[^\p{L}])/u.test(name.normalize("NFC")));

/** Whether a name has an abbreviation of two capitals or more ("Sở TC", "Sở NN&MT"). @internal */
export const hasShortAcronym: (name: string) => boolean = /* @__PURE__ */ memo((name: string): boolean => /(?:^|[^\p{L}])\p{Lu}{2,}(?:$|[^\p{L}])/u.test(name.normalize("NFC").replace(/^\p{Lu}\p{Ll}*\s+/u, "")));
