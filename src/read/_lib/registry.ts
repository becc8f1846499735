/**
 * The units of a draft: each unit named once, under one id, however the text writes it; collective names
 * with their members; the caller's directory of known units first.
 *
 * @internal
 */
import type { OutletKind, UnitKind, UnitLevel } from "../../model/units.js";
import type { Context } from "./context.js";
import { slug } from "./fold.js";
import { hasAcronym, hasShortAcronym, initials, nameKey, senseOf, type UnitSense } from "./lexicon.js";
import { splitUnitList, type Mention } from "./mentions.js";
import type { Span } from "./span.js";
import { own } from "../../_lib/own.js";

/** A known unit that the caller gives (an app's own units): an id, names, and the unit's details. @internal */
export interface DirectoryUnit {
  readonly id: string;
  readonly name: string;
  readonly shortName?: string;
  readonly aliases?: readonly string[];
  readonly kind?: UnitKind;
  readonly [key: string]: unknown;
}

/** A unit of the draft, as it is built. @internal */
export interface DraftUnit {
  id: string;
  name: string;
  shortName?: string;
  kind: UnitKind;
  parentId?: string;
  group?: boolean;
  level?: UnitLevel;
  outlet?: { kind: OutletKind; [key: string]: unknown };
  /** Fields from the directory, kept as given. */
  extra?: Record<string, unknown>;
  readonly key: string;
  readonly ownerKey?: string;
  readonly forms: Set<string>;
  readonly fromDirectory: boolean;
  firstSpan: Span;
}

const GROUP = "\u0000group:";

/** The units of one reading. @internal */
export class Registry {
  readonly units: DraftUnit[] = [];
  private readonly byKey = new Map<string, DraftUnit>();
  /** Collective names defined by a list of members ("Các cơ quan báo chí công đoàn (Báo Lao Động, …)"). */
  private readonly groups = new Map<string, string[]>();
  private readonly directory: { unit: DirectoryUnit; keys: string[]; initials: string[] }[];
  issuerKey: string | undefined;

  constructor(
    private readonly ctx: Context,
    directory: readonly DirectoryUnit[],
  ) {
    this.directory = directory.map((unit) => {
      const names = [unit.name, ...(unit.shortName === undefined ? [] : [unit.shortName]), ...(unit.aliases ?? [])];
      return { unit, keys: names.map((n) => senseOf(n)?.key ?? nameKey(n)), initials: names.filter(hasAcronym).map(initials) };
    });
    for (const entry of this.directory) ctx.ids.reserve(entry.unit.id);
  }

  /** The units a list of names stands for, in order, each once. */
  resolveList(span: Span, path: readonly (string | number)[] = []): string[] {
    const list = splitUnitList(span);
    if (list.truncated) this.ctx.find("unit_list_truncated", span, { text: span.text }, path);
    const out: string[] = [];
    for (const mention of list.mentions) for (const id of this.resolve(mention, path)) if (!out.includes(id)) out.push(id);
    return out;
  }

  /** The units one mention stands for: itself, or the members of a collective name. */
  resolve(mention: Mention, path: readonly (string | number)[] = [], fallbackKind?: UnitKind): string[] {
    const sense = senseOf(mention.name, this.issuerKey);
    if (mention.members !== undefined && mention.members.length > 0) {
      const ids = mention.members.map((m) => this.unitFor(m, m.name, senseOf(m.name, this.issuerKey) ?? memberSense(m.name, sense), path).id);
      if (sense !== undefined) this.groups.set(sense.key, ids);
      return ids;
    }
    if (sense === undefined) {
      if (fallbackKind === undefined) {
        this.ctx.find("unit_not_recognised", mention.span, { text: mention.name }, path);
        return [this.unitFor(mention, mention.name, { kind: "other", group: /^(các|những)\s/iu.test(mention.name), key: nameKey(mention.name), known: false }, path).id];
      }
      return [this.unitFor(mention, mention.name, { kind: fallbackKind, group: false, key: nameKey(mention.name), known: false }, path).id];
    }
    // A collective name: its members once defined (resolved at the end when defined later).
    if (sense.group && (sense.key.startsWith("bao chi@") || this.groups.has(sense.key))) return [`${GROUP}${sense.key}`];
    return [this.unitFor(mention, mention.name, sense, path).id];
  }

  /** The unit of a name, found or made. */
  unitFor(mention: Mention, name: string, sense: UnitSense, _path: readonly (string | number)[] = []): DraftUnit {
    const written = cleanName(name);
    const fromDirectory = this.fromDirectory(written, sense);
    if (fromDirectory !== undefined) return fromDirectory;
    let unit = this.byKey.get(sense.key) ?? this.similar(written, sense);
    if (unit === undefined) {
      const display = sense.fullName ?? written;
      unit = {
        id: this.ctx.ids.make(slug(sense.shortName ?? written, 40)),
        name: display,
        kind: sense.kind,
        key: sense.key,
        ...(sense.ownerKey === undefined ? {} : { ownerKey: sense.ownerKey }),
        forms: new Set(),
        fromDirectory: false,
        firstSpan: mention.span,
      };
      if (sense.shortName !== undefined) unit.shortName = sense.shortName;
      if (sense.group) unit.group = true;
      if (sense.level !== undefined) unit.level = sense.level;
      if (sense.outletKind !== undefined && (sense.kind === "press-outlet" || sense.kind === "broadcaster" || sense.kind === "portal" || sense.kind === "social-media" || sense.kind === "loudspeaker-system")) {
        unit.outlet = { kind: sense.outletKind };
      }
      this.units.push(unit);
      this.byKey.set(sense.key, unit);
    }
    unit.forms.add(written);
    this.rename(unit);
    return unit;
  }

  /** A unit already made whose name is another way of writing this one (an abbreviation, a shorter form). */
  private similar(written: string, sense: UnitSense): DraftUnit | undefined {
    const mine = initials(written);
    for (const unit of this.units) {
      if (unit.kind !== sense.kind || unit.fromDirectory) continue;
      // "công đoàn ngành" for "CĐ ngành Trung ương": a shorter key of the same kind and owner.
      if (sense.group && unit.group === true && (unit.key.startsWith(`${sense.key} `) || sense.key.startsWith(`${unit.key} `))) return unit;
      // "Ban CSKTXH và TĐKT" for "Ban Chính sách, kinh tế, xã hội và thi đua khen thưởng": the same initials.
      if (mine.length >= 4 && (hasAcronym(written) || [...unit.forms].some(hasAcronym)) && [...unit.forms].some((f) => sameInitials(initials(f), mine))) return unit;
    }
    // "Sở TC" for "Sở Tài chính": two capitals are few, so only where one unit of the kind has those initials.
    if (mine.length >= 3) {
      const short = hasShortAcronym(written);
      const candidates = this.units.filter((u) => u.kind === sense.kind && !u.fromDirectory && [...u.forms].some((f) => (short || hasShortAcronym(f)) && f !== written && initials(f) === mine));
      if (candidates.length === 1) return candidates[0];
    }
    return undefined;
  }

  private fromDirectory(written: string, sense: UnitSense): DraftUnit | undefined {
    if (this.directory.length === 0) return undefined;
    const mine = initials(written);
    const entry =
      this.directory.find((d) => d.keys.includes(sense.key)) ??
      (hasAcronym(written) ? this.directory.find((d) => d.initials.some((i) => sameInitials(i, mine))) : undefined);
    if (entry === undefined) return undefined;
    const existing = this.units.find((u) => u.id === entry.unit.id);
    if (existing !== undefined) {
      existing.forms.add(written);
      return existing;
    }
    const { id, name, shortName, aliases: _aliases, kind, outlet, ...rest } = entry.unit;
    const unit: DraftUnit = {
      id,
      name,
      kind: kind ?? sense.kind,
      key: sense.key,
      forms: new Set([written]),
      fromDirectory: true,
      firstSpan: undefined as unknown as Span,
      extra: rest,
    };
    if (shortName !== undefined) unit.shortName = shortName;
    if (outlet !== null && typeof outlet === "object") unit.outlet = outlet as DraftUnit["outlet"] & object;
    this.units.push(unit);
    this.byKey.set(sense.key, unit);
    return unit;
  }

  /** Names from the forms seen: the longest as the name, the shortest with an abbreviation as the short name. */
  private rename(unit: DraftUnit): void {
    if (unit.fromDirectory) return;
    const forms = [...unit.forms];
    const known = senseOf(unit.name)?.fullName;
    if (known === undefined) {
      const longest = forms.reduce((a, b) => (b.length > a.length ? b : a), unit.name);
      unit.name = longest;
    }
    const short = forms.filter((f) => hasAcronym(f) && f !== unit.name).sort((a, b) => a.length - b.length)[0];
    if (short !== undefined && unit.shortName === undefined) unit.shortName = short;
  }

  /** The ids of a list where collective names are tokens: their members, or one group unit when never defined. */
  expand(ids: readonly string[]): string[] {
    const out: string[] = [];
    for (const id of ids) {
      if (!id.startsWith(GROUP)) {
        if (!out.includes(id)) out.push(id);
        continue;
      }
      const key = id.slice(GROUP.length);
      let members = this.groups.get(key);
      if (members === undefined && key === "bao chi@he thong cong doan") {
        // The media of the union system: its press, and the union's own portal where the plan names one.
        const portal = this.units.filter((u) => u.outlet?.kind === "portal" && /@(cong doan viet nam|tong lien doan lao dong viet nam)$/.test(u.key)).map((u) => u.id);
        const press = this.groups.get("bao chi@cong doan");
        if (press !== undefined) members = [...press, ...portal];
      }
      if (members === undefined && key.endsWith("#bao")) {
        members = (this.groups.get(key.slice(0, -4)) ?? []).filter((m) => this.units.find((u) => u.id === m)?.outlet?.kind !== "magazine");
      }
      if (members === undefined || members.length === 0) {
        members = [this.groupUnit(key).id];
      }
      for (const m of members) if (!out.includes(m)) out.push(m);
    }
    return out;
  }

  /** A unit for a collective name that the text never lists. */
  private groupUnit(key: string): DraftUnit {
    const existing = this.byKey.get(key);
    if (existing !== undefined) return existing;
    const name = own(GROUP_NAMES, key) ?? "Các cơ quan báo chí";
    const unit: DraftUnit = {
      id: this.ctx.ids.make(slug(name)),
      name,
      kind: "press-outlet",
      group: true,
      outlet: { kind: "newspaper" },
      key,
      forms: new Set([name]),
      fromDirectory: false,
      firstSpan: undefined as unknown as Span,
    };
    this.units.push(unit);
    this.byKey.set(key, unit);
    return unit;
  }

  /** The unit with a key, if any. */
  byKeyOf(key: string): DraftUnit | undefined {
    return this.byKey.get(key);
  }

  /** Parents where the name says whose unit it is (a Ban of the issuer), once all units are known. */
  linkParents(issuerId: string | undefined): void {
    for (const unit of this.units) {
      if (unit.fromDirectory || unit.parentId !== undefined) continue;
      const owner = unit.ownerKey === undefined ? undefined : this.byKey.get(unit.ownerKey);
      if (owner !== undefined && owner.id !== unit.id && (unit.kind === "department" || unit.kind === "presidium")) unit.parentId = owner.id;
      else if (owner === undefined && issuerId !== undefined && unit.ownerKey !== undefined && unit.ownerKey === this.issuerKey && (unit.kind === "department" || unit.kind === "presidium")) unit.parentId = issuerId;
    }
  }
}

const GROUP_NAMES: Readonly<Record<string, string>> = {
  "bao chi@cong doan": "Các cơ quan báo chí công đoàn",
  "bao chi@he thong cong doan": "Các cơ quan báo chí trong hệ thống công đoàn",
  "bao chi@cong doan#bao": "Các báo công đoàn",
  "bao chi@dia phuong": "Các cơ quan báo chí địa phương",
  "bao chi@trung uong": "Các cơ quan báo chí trung ương",
};


/** The sense of a member of a collective name the lexicon does not know: the collective's kind. */
function memberSense(name: string, collective: UnitSense | undefined): UnitSense {
  return {
    kind: collective?.kind ?? "other",
    group: false,
    key: nameKey(name),
    known: false,
    ...(collective?.outletKind === undefined ? {} : { outletKind: collective.outletKind }),
  };
}

/** Whether two initials strings name the same unit: equal, or one the other plus the owner's initials. */
function sameInitials(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && ["tld", "tldldvn", "ldldvn", "tldvn"].includes(long.slice(short.length));
}

/** A written name as the draft keeps it: without a leading "các", capitalised. @internal */
export function cleanName(name: string): string {
  const text = name
    .trim()
    .replace(/^(?:các|những)\s+/iu, "")
    // A relative clause is not part of the name: "Các đối tác đã ký kết với Tổng LĐLĐVN".
    .replace(/\s+(?:đã|đang|sẽ|có chương trình|được)\s.*$/u, "")
    .replace(/[\s.;,:]+$/u, "");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A unit for an issuer or signatory line written in capitals ("LIÊN ĐOÀN LAO ĐỘNG TỈNH SƠN LA"). @internal */
export function titleCaseName(name: string): string {
  return name;
}

export { GROUP };
