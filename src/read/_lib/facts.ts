/**
 * The facts of a plan, for comparing two plans by what they say rather than by their ids: every text the
 * plan keeps, every figure, date and window, every unit with its kind, every link from a part to a unit,
 * each counted once. Entities of one plan are matched to the other's by content (units by their names and
 * kinds, texts by their words, activities by title within their channel, budget lines by title and amount),
 * and the facts of both are keyed in the second plan's terms.
 *
 * @internal
 */
import type { PlanFact } from "../comparePlans.js";
import { comparable, fold, similarity } from "./fold.js";
import { hasAcronym, initials, nameKey, senseOf } from "./lexicon.js";

type Obj = Readonly<Record<string, unknown>>;

const asObj = (v: unknown): Obj => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : {});
const asList = (v: unknown): Obj[] => (Array.isArray(v) ? v.map(asObj) : []);
const asText = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v.normalize("NFC") : typeof v === "number" || typeof v === "bigint" ? String(v) : v !== null && typeof v === "object" && typeof (v as { toJSON?: unknown }).toJSON === "function" ? String((v as { toJSON(): unknown }).toJSON()) : undefined);
const asIds = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

/** A fact: where it is (in words), and what it says (the public {@link PlanFact}). @internal */
export type Fact = PlanFact;

/** A plan's facts, keyed, with how its entities map onto the reference plan's. @internal */
export type FactMap = Map<string, Fact>;

/** How the entities of one plan map onto another's: for each kind of entity, own index → the other's index. */
interface Alignment {
  readonly units: Map<string, string>;
  readonly [kind: string]: Map<string, string> | Map<number, number>;
}

const text = (v: unknown): string => comparable(asText(v) ?? "");
const amount = (v: unknown): string | undefined => {
  const t = asText(v);
  if (t === undefined) return undefined;
  const digits = t.replace(/[^\d-]/gu, "");
  return digits === "" ? undefined : digits.replace(/^0+(?=\d)/u, "");
};
const windowOf = (v: unknown): string | undefined => {
  const w = asObj(v);
  const start = asText(w.start);
  if (start === undefined) return undefined;
  return `${start}..${asText(w.end) ?? ""}`;
};
const clip = (s: string): string => {
  const chars = [...s];
  return chars.length > 50 ? `${chars.slice(0, 49).join("")}…` : s;
};

/** The keys under which a unit's names meet another plan's. */
function unitKeys(unit: Obj, issuerKey: string | undefined): string[] {
  const keys: string[] = [];
  for (const n of [unit.name, unit.shortName]) {
    const name = asText(n);
    if (name === undefined) continue;
    const sense = senseOf(name, issuerKey);
    keys.push(sense?.key ?? nameKey(name));
    keys.push(nameKey(name));
  }
  return keys;
}

function unitNames(unit: Obj): string[] {
  return [asText(unit.name), asText(unit.shortName)].filter((n): n is string => n !== undefined);
}

/** The kind a unit is compared by: its outlet's kind where it has one, else its kind. */
function unitKind(unit: Obj): string {
  return asText(asObj(unit.outlet).kind) ?? asText(unit.kind) ?? "";
}

function issuerKeyOf(plan: Obj): string | undefined {
  const id = asText(asObj(plan.header).issuerId);
  const unit = asList(plan.units).find((u) => u.id === id);
  if (unit === undefined) return undefined;
  const name = asText(unit.name);
  return name === undefined ? undefined : (senseOf(name)?.key ?? nameKey(name));
}

/**
 * An index of list positions by key, each key's positions ascending, with a cursor per key past the
 * positions already taken: the first untaken position under any of several keys, in time that adds up to
 * the length of the lists (a scan of the other plan's units for each unit was quadratic).
 */
class FirstFree {
  private readonly lists = new Map<string, number[]>();
  private readonly cursors = new Map<string, number>();

  add(key: string, at: number): void {
    const list = this.lists.get(key);
    if (list === undefined) this.lists.set(key, [at]);
    else if (list[list.length - 1] !== at) list.push(at);
  }

  /** The smallest position under one of `keys` that `free` accepts (positions refused stay refused). */
  first(keys: readonly string[], free: (at: number) => boolean): number | undefined {
    let best: number | undefined;
    for (const key of keys) {
      const list = this.lists.get(key);
      if (list === undefined) continue;
      let c = this.cursors.get(key) ?? 0;
      while (c < list.length && !free(list[c]!)) c++;
      this.cursors.set(key, c);
      if (c < list.length && (best === undefined || list[c]! < best)) best = list[c]!;
    }
    return best;
  }
}

/** At most this many pairs of units are compared by the likeness of their names (the last, fuzzy pass). */
const MAX_FUZZY_PAIRS = 250_000;

/**
 * Matches the units of `a` onto those of `b`, each unit of `a` in order onto the first unit of `b` not yet
 * taken that passes: the same id and name, then a key in common, then the same initials, then like names of
 * one kind. The first three passes go through indexes; the last compares names pairwise, for at most
 * {@link MAX_FUZZY_PAIRS} pairs of the units still unmatched (beyond that, huge lists match exactly only).
 */
function matchUnits(a: Obj, b: Obj): Map<string, string> {
  const ua = asList(a.units);
  const ub = asList(b.units);
  const ka = issuerKeyOf(a);
  const kb = issuerKeyOf(b);
  const idsA = ua.map((u) => asText(u.id));
  const idsB = ub.map((u) => asText(u.id));
  const map = new Map<string, string>();
  const taken = new Set<string>();
  const free = (j: number) => idsB[j] !== undefined && !taken.has(idsB[j]!);
  const match = (i: number, j: number) => {
    map.set(idsA[i]!, idsB[j]!);
    taken.add(idsB[j]!);
  };
  /** Each unit of `a` not yet matched onto the first free unit of `b` under one of its keys, in the index for it. */
  const pass = (keysOf: (i: number) => readonly string[], indexFor: (i: number) => FirstFree) => {
    ua.forEach((_, i) => {
      if (idsA[i] === undefined || map.has(idsA[i]!)) return;
      const j = indexFor(i).first(keysOf(i), free);
      if (j !== undefined) match(i, j);
    });
  };
  const indexOf = (keysOf: (j: number) => readonly string[]) => {
    const index = new FirstFree();
    ub.forEach((_, j) => {
      for (const key of keysOf(j)) index.add(key, j);
    });
    return () => index;
  };
  // 1. The same id and the same name.
  const idName = (u: Obj) => [`${asText(u.id) ?? ""}\u0000${comparable(asText(u.name) ?? "")}`];
  pass((i) => idName(ua[i]!), indexOf((j) => (idsB[j] === undefined ? [] : idName(ub[j]!))));
  // 2. A key in common.
  const keysA = ua.map((u) => unitKeys(u, ka));
  pass((i) => keysA[i]!, indexOf((j) => unitKeys(ub[j]!, kb)));
  // 3. The same initials (three letters or more), where one of the two has an acronym among its names.
  const initialsOf = (u: Obj) => unitNames(u).map(initials).filter((x) => x.length >= 3);
  const acronym = (u: Obj) => unitNames(u).some(hasAcronym);
  const byInitials = indexOf((j) => initialsOf(ub[j]!));
  const byInitialsOfAcronyms = indexOf((j) => (acronym(ub[j]!) ? initialsOf(ub[j]!) : []));
  pass((i) => initialsOf(ua[i]!), (i) => (acronym(ua[i]!) ? byInitials : byInitialsOfAcronyms)());
  // 4. Like names of one kind: pairwise, bounded.
  const restA = ua.map((_, i) => i).filter((i) => idsA[i] !== undefined && !map.has(idsA[i]!));
  const restB = ub.map((_, j) => j).filter(free);
  if (restA.length * restB.length > MAX_FUZZY_PAIRS) return map;
  for (const i of restA) {
    const x = ua[i]!;
    for (const j of restB) {
      const y = ub[j]!;
      if (!free(j) || unitKind(x) !== unitKind(y)) continue;
      if (unitNames(x).some((p) => unitNames(y).some((q) => similarity(fold(p), fold(q)) >= 0.7))) {
        match(i, j);
        break;
      }
    }
  }
  return map;
}

/** Greedy matching of two lists by a score (best pairs first), above a threshold. */
function matchBy<T>(xs: readonly T[], ys: readonly T[], score: (x: T, y: T) => number, threshold: number): Map<number, number> {
  const pairs: { i: number; j: number; s: number }[] = [];
  // Bounded: huge lists compare each item with the one at its own place only, in one pass.
  if (xs.length * ys.length <= 250_000) {
    for (let i = 0; i < xs.length; i++) {
      for (let j = 0; j < ys.length; j++) {
        const s = score(xs[i]!, ys[j]!);
        if (s >= threshold) pairs.push({ i, j, s });
      }
    }
  } else {
    for (let i = 0; i < Math.min(xs.length, ys.length); i++) {
      const s = score(xs[i]!, ys[i]!);
      if (s >= threshold) pairs.push({ i, j: i, s });
    }
  }
  pairs.sort((p, q) => q.s - p.s || p.i - q.i || p.j - q.j);
  const map = new Map<number, number>();
  const used = new Set<number>();
  for (const p of pairs) {
    if (map.has(p.i) || used.has(p.j)) continue;
    map.set(p.i, p.j);
    used.add(p.j);
  }
  return map;
}

const textScore = (x: string, y: string): number => {
  const cx = comparable(x);
  const cy = comparable(y);
  if (cx === cy) return 2;
  return similarity(fold(cx), fold(cy));
};

interface Frame {
  readonly plan: Obj;
  readonly channels: Obj[];
  readonly activities: { activity: Obj; channel: number }[];
  readonly quotas: { quota: Obj; channel: number }[];
  readonly sections: Obj[];
  readonly lines: { line: Obj; section: number }[];
  readonly recipients: Obj[];
  readonly archive: Obj | undefined;
}

function frame(plan: Obj): Frame {
  const channels = asList(plan.channels);
  const sections = asList(asObj(plan.budget).sections);
  // A version-1 document keeps "Lưu: …" as its last recipient: read as the archive line.
  const allRecipients = asList(plan.recipients);
  const archiveRecipient = allRecipients.find((r) => /^lưu\s*:/iu.test(asText(r.text) ?? ""));
  return {
    plan,
    channels,
    activities: channels.flatMap((c, ci) => asList(c.activities).map((activity) => ({ activity, channel: ci }))),
    quotas: channels.flatMap((c, ci) => asList(c.quotas).map((quota) => ({ quota, channel: ci }))),
    sections,
    lines: sections.flatMap((s, si) => asList(s.lines).map((line) => ({ line, section: si }))),
    recipients: allRecipients.filter((r) => r !== archiveRecipient),
    archive: plan.archive !== undefined ? asObj(plan.archive) : archiveRecipient === undefined ? undefined : { text: archiveRecipient.text },
  };
}

/** Aligns plan `a` onto plan `b`. @internal */
function align(a: Frame, b: Frame): Alignment {
  const h = (p: Obj) => asObj(p.header);
  const texts = (p: Obj, key: string) => asList(p[key]).map((x) => asText(x.text) ?? asText(x.name) ?? "");
  const plain = (p: Obj, key: string) => (Array.isArray(p[key]) ? (p[key] as unknown[]).map((x) => asText(x) ?? "") : []);
  const bases = (p: Obj) => asList(h(p).legalBases);
  const channelsMap = matchBy(a.channels, b.channels, (x, y) => textScore(asText(x.title) ?? "", asText(y.title) ?? "") + (x.number === y.number ? 0.3 : 0), 0.4);
  const activityMap = matchBy(
    a.activities,
    b.activities,
    (x, y) => {
      const base = Math.max(textScore(asText(x.activity.title) ?? "", asText(y.activity.title) ?? ""), textScore(`${asText(x.activity.title) ?? ""} ${asText(x.activity.description) ?? ""}`, `${asText(y.activity.title) ?? ""} ${asText(y.activity.description) ?? ""}`));
      return base + (channelsMap.get(x.channel) === y.channel ? 0.2 : 0);
    },
    0.45,
  );
  const quotaMap = matchBy(
    a.quotas,
    b.quotas,
    (x, y) => (x.quota.min === y.quota.min && x.quota.per === y.quota.per ? 1 : 0) + (channelsMap.get(x.channel) === y.channel ? 0.5 : 0) + overlap(asIds(x.quota.outletKinds), asIds(y.quota.outletKinds)) * 0.5,
    1,
  );
  const sectionMap = matchBy(a.sections, b.sections, (x, y) => textScore(asText(x.title) ?? "", asText(y.title) ?? "") + (asText(x.label) === asText(y.label) && x.label !== undefined ? 0.5 : 0), 0.4);
  const lineMap = matchBy(
    a.lines,
    b.lines,
    (x, y) =>
      textScore(asText(x.line.title) ?? "", asText(y.line.title) ?? "") +
      (sectionMap.get(x.section) === y.section ? 0.3 : 0) +
      (amount(x.line.amount) !== undefined && amount(x.line.amount) === amount(y.line.amount) ? 0.3 : 0),
    0.5,
  );
  const list = (key: string, t = 0.5) => matchBy(texts(a.plan, key), texts(b.plan, key), textScore, t);
  return {
    units: matchUnits(a.plan, b.plan),
    legalBases: matchBy(bases(a.plan), bases(b.plan), (x, y) => (asText(x.reference) !== undefined && asText(x.reference) === asText(y.reference) ? 3 : textScore(`${asText(x.kind) ?? ""} ${asText(x.title) ?? ""}`, `${asText(y.kind) ?? ""} ${asText(y.title) ?? ""}`)), 0.6),
    background: matchBy(plain(h(a.plan), "background"), plain(h(b.plan), "background"), textScore, 0.5),
    purposes: list("purposes"),
    requirements: list("requirements"),
    objectives: list("objectives"),
    audiences: list("audiences", 0.5),
    scope: matchBy(plain(a.plan, "scope"), plain(b.plan, "scope"), textScore, 0.5),
    themes: list("themes"),
    tasks: list("tasks"),
    slogans: list("slogans"),
    phases: matchBy(asList(a.plan.phases), asList(b.plan.phases), (x, y) => textScore(asText(x.name) ?? "", asText(y.name) ?? "") + (windowOf(x.window) === windowOf(y.window) ? 1 : 0), 0.5),
    channels: channelsMap,
    activities: activityMap,
    quotas: quotaMap,
    sources: matchBy(asList(asObj(a.plan.funding).sources), asList(asObj(b.plan.funding).sources), (x, y) => (x.kind === y.kind ? 1 : 0) + (x.level === y.level ? 0.5 : 0) + textScore(asText(x.name) ?? "", asText(y.name) ?? "") * 0.2, 1),
    provisions: matchBy(asList(asObj(a.plan.funding).provisions), asList(asObj(b.plan.funding).provisions), (x, y) => textScore(asText(x.text) ?? "", asText(y.text) ?? ""), 0.5),
    responsibilities: matchBy(asList(a.plan.responsibilities), asList(b.plan.responsibilities), (x, y) => textScore(asText(x.title) ?? "", asText(y.title) ?? ""), 0.5),
    reporting: matchBy(asList(a.plan.reporting), asList(b.plan.reporting), (x, y) => textScore(asText(x.description) ?? "", asText(y.description) ?? "") + (x.kind === y.kind ? 0.5 : 0), 0.9),
    closing: matchBy(plain(a.plan, "closing"), plain(b.plan, "closing"), textScore, 0.5),
    recipients: matchBy(a.recipients.map((r) => asText(r.text) ?? ""), b.recipients.map((r) => asText(r.text) ?? ""), textScore, 0.5),
    signatories: matchBy([asObj(a.plan.signatory), ...asList(a.plan.coSignatories)], [asObj(b.plan.signatory), ...asList(b.plan.coSignatories)], (x, y) => textScore(asText(x.name) ?? "", asText(y.name) ?? "") + 0.1, 0.1),
    sections: sectionMap,
    lines: lineMap,
  };
}

function overlap(x: readonly string[], y: readonly string[]): number {
  if (x.length === 0 && y.length === 0) return 1;
  const common = x.filter((v) => y.includes(v)).length;
  return (2 * common) / (x.length + y.length);
}

/**
 * The facts of a plan in the terms of the reference plan `ref`: `self` is the plan whose facts are listed,
 * `toRef` maps its entities onto the reference's (identity when the plan is the reference).
 */
function factsOf(f: Frame, map: Alignment | undefined, ref: Frame): FactMap {
  const out: FactMap = new Map();
  const id = (kind: string, i: number): string => {
    if (map === undefined) return `${i}`;
    const j = (map[kind] as Map<number, number> | undefined)?.get(i);
    return j === undefined ? `x${i}` : `${j}`;
  };
  const unitRef = (uid: string): string => (map === undefined ? uid : (map.units.get(uid) ?? `x:${uid}`));
  // Found by id through maps (the first of each id, as a search would find it): a search per reference
  // made the facts of a plan with thousands of activities and lines quadratic.
  const firstById = <T>(items: readonly T[], idOf: (item: T) => unknown): Map<unknown, number> => {
    const index = new Map<unknown, number>();
    items.forEach((item, i) => {
      const key = idOf(item);
      if (!index.has(key)) index.set(key, i);
    });
    return index;
  };
  const refUnits = asList(ref.plan.units);
  const ownUnits = asList(f.plan.units);
  const refUnitIndex = firstById(refUnits, (u) => u.id);
  const ownUnitIndex = firstById(ownUnits, (u) => u.id);
  const refUnitName = (key: string): string => {
    const at = refUnitIndex.get(key);
    const own = at === undefined ? ownUnitIndex.get(key.replace(/^x:/u, "")) : undefined;
    const u = at !== undefined ? refUnits[at] : own !== undefined ? ownUnits[own] : undefined;
    return asText(u?.shortName) ?? asText(u?.name) ?? key;
  };
  const add = (part: string, key: string, label: string, value: string | undefined) => {
    if (value === undefined || value === "") return;
    out.set(`${part}|${key}`, { key: `${part}|${key}`, part, label, value });
  };
  const addUnits = (part: string, key: string, label: string, ids: readonly string[]) => {
    for (const uid of ids) {
      const r = unitRef(uid);
      add(part, `${key}>${r}`, `${label} ${refUnitName(r)}`, "yes");
    }
  };

  const p = f.plan;
  const h = asObj(p.header);
  const refH = asObj(ref.plan.header);
  add("header", "title", "title", text(h.title));
  add("header", "subject", "subject", text(h.subject));
  if (h.issuerId !== undefined) add("header", "issuer", "issuer", refUnitName(unitRef(asText(h.issuerId) ?? "")));
  addUnits("header", "coIssuers", "co-issuer", asIds(h.coIssuerIds));
  add("header", "place", "place", text(h.place));
  add("header", "documentType", "document type", asText(h.documentType));
  add("header", "documentNumber", "number", asText(h.documentNumber));
  add("header", "issuerCode", "issuer code", asText(h.issuerCode));
  add("header", "date", "date", asText(h.issuedOn) ?? asText(h.issuedIn));
  asList(h.legalBases).forEach((b, i) => {
    const k = `basis${id("legalBases", i)}`;
    const name = clip(asText(b.reference) ?? asText(b.title) ?? asText(b.kind) ?? "");
    add("header", k, `legal basis ${name}`, "yes");
    add("header", `${k}.kind`, `legal basis ${name} kind`, text(b.kind));
    add("header", `${k}.issuedOn`, `legal basis ${name} date`, asText(b.issuedOn));
    add("header", `${k}.issuer`, `legal basis ${name} issuer`, text(b.issuer));
    add("header", `${k}.summary`, `legal basis ${name} summary`, text(b.summary));
  });
  void refH;
  (Array.isArray(h.background) ? (h.background as unknown[]) : []).forEach((t, i) => add("header", `background${id("background", i)}`, `background paragraph ${i + 1}`, text(t)));

  for (const kind of ["purposes", "requirements", "tasks"] as const) {
    asList(p[kind]).forEach((x, i) => add(kind, `${id(kind, i)}`, `${kind.slice(0, -1)} ${asText(x.label) ?? i + 1}`, text(x.text)));
  }
  asList(p.objectives).forEach((o, i) => {
    const k = id("objectives", i);
    add("objectives", k, `objective ${asText(o.label) ?? i + 1}`, text(o.text));
    asList(o.indicators).forEach((ind, n) => add("objectives", `${k}.indicator${n}`, `objective ${asText(o.label) ?? i + 1} indicator ${n + 1}`, `${asText(ind.comparator) ?? ""} ${asText(ind.value) ?? ""} ${asText(ind.measure) ?? ""}`));
  });
  asList(p.audiences).forEach((x, i) => add("audiences", id("audiences", i), `audience ${clip(asText(x.name) ?? "")}`, text(x.name)));
  (Array.isArray(p.scope) ? (p.scope as unknown[]) : []).forEach((x, i) => add("scope", id("scope", i), `scope ${i + 1}`, text(x)));
  asList(p.themes).forEach((x, i) => add("themes", id("themes", i), `theme ${i + 1}`, text(x.text)));
  asList(p.slogans).forEach((x, i) => add("slogans", id("slogans", i), `slogan ${i + 1}`, text(x.text)));
  add("timing", "window", "the plan's window", windowOf(p.window));
  asList(p.phases).forEach((x, i) => add("timing", `phase${id("phases", i)}`, `phase ${asText(x.name) ?? i + 1} window`, windowOf(x.window)));

  asList(p.units).forEach((u) => {
    const uid = asText(u.id);
    if (uid === undefined) return;
    const r = unitRef(uid);
    add("units", r, `unit ${refUnitName(r)}`, "yes");
    add("units", `${r}.kind`, `unit ${refUnitName(r)} kind`, unitKind(u));
  });

  f.channels.forEach((c, i) => {
    const k = `channel${id("channels", i)}`;
    const name = clip(asText(c.title) ?? "");
    add("channels", k, `channel ${c.number ?? i + 1}`, text(c.title));
    add("channels", `${k}.description`, `channel ${name} description`, text(c.description));
  });
  f.activities.forEach(({ activity: a }, i) => {
    const k = `activity${id("activities", i)}`;
    const name = `activity "${clip(asText(a.title) ?? "")}"`;
    const product = asObj(a.product);
    add("channels", k, name, text(a.title));
    add("channels", `${k}.label`, `${name} label`, text(a.label));
    add("channels", `${k}.description`, `${name} description`, text(a.description));
    add("channels", `${k}.quantity`, `${name} quantity`, asText(product.quantity));
    add("channels", `${k}.unit`, `${name} unit of measure`, text(product.unit));
    add("channels", `${k}.seconds`, `${name} duration`, asText(a.approximateSeconds));
    add("channels", `${k}.window`, `${name} window`, windowOf(a.window));
    add("channels", `${k}.dueOn`, `${name} due on`, asText(a.dueOn));
    add("channels", `${k}.location`, `${name} location`, text(a.location));
    addUnits("channels", `${k}.lead`, `${name} lead`, asIds(a.leadUnitIds));
    addUnits("channels", `${k}.executing`, `${name} executing`, asIds(a.executingUnitIds));
    addUnits("channels", `${k}.coordinating`, `${name} coordinating`, asIds(a.coordinatingUnitIds));
    asList(a.targets).forEach((t, n) => add("channels", `${k}.target${n}`, `${name} target ${n + 1}`, `${asText(t.percent) ?? ""} ${asText(t.unitKind) ?? text(t.description)}`));
  });
  f.quotas.forEach(({ quota: q }, i) => {
    const k = `quota${id("quotas", i)}`;
    const name = `quota ${asText(q.min) ?? "?"}/${asText(q.per) ?? "?"}`;
    add("channels", k, name, `${asText(q.min) ?? ""}/${asText(q.per) ?? ""}`);
    for (const kind of asIds(q.itemKinds)) add("channels", `${k}.item>${kind}`, `${name} counts ${kind}`, "yes");
    for (const kind of asIds(q.outletKinds)) add("channels", `${k}.outletKind>${kind}`, `${name} applies to ${kind}`, "yes");
    addUnits("channels", `${k}.outlet`, `${name} applies to`, asIds(q.outletIds));
    const owed = asObj(q.owedBy);
    for (const kind of asIds(owed.unitKinds)) add("channels", `${k}.owedByKind>${kind}`, `${name} owed by ${kind}`, "yes");
    addUnits("channels", `${k}.owedBy`, `${name} owed by`, asIds(owed.unitIds));
    add("channels", `${k}.minMembers`, `${name} minimum members`, asText(owed.minMemberCount));
    add("channels", `${k}.online`, `${name} requires online copies`, q.requireOnlineCopy === true ? "yes" : undefined);
    add("channels", `${k}.startsIn`, `${name} starts`, asText(q.startsIn));
  });

  const sources = asList(asObj(p.funding).sources);
  sources.forEach((s, i) => {
    const k = `source${id("sources", i)}`;
    const name = `funding source ${asText(s.kind) ?? ""}${s.level === undefined ? "" : ` (${asText(s.level)})`}`;
    add("funding", k, name, `${asText(s.kind) ?? ""}${s.level === undefined ? "" : `/${asText(s.level)}`}`);
    addUnits("funding", `${k}.funder`, `${name} funded by`, asIds(s.funderUnitIds));
  });
  const sourceIndex = firstById(sources, (s) => s.id);
  const kindOfSource = (sid: unknown) => {
    const at = sourceIndex.get(sid);
    return at === undefined ? undefined : asText(sources[at]!.kind);
  };
  asList(asObj(p.funding).provisions).forEach((x, i) => {
    const k = `provision${id("provisions", i)}`;
    add("funding", k, `funding provision ${asText(x.label) ?? i + 1}`, text(x.text));
    for (const sid of [...(x.sourceId === undefined ? [] : [x.sourceId]), ...asIds(x.sourceIds)]) add("funding", `${k}.source>${kindOfSource(sid) ?? ""}`, `funding provision ${asText(x.label) ?? i + 1} source ${kindOfSource(sid) ?? ""}`, "yes");
  });

  const activityIndex = firstById(f.activities, (x) => x.activity.id);
  const activityRef = (aid: string): string | undefined => {
    const i = activityIndex.get(aid);
    return i === undefined ? undefined : id("activities", i);
  };
  asList(p.responsibilities).forEach((r, i) => {
    const k = `resp${id("responsibilities", i)}`;
    const name = `responsibility "${clip(asText(r.title) ?? "")}"`;
    add("responsibilities", k, name, text(r.title));
    add("responsibilities", `${k}.mode`, `${name} mode`, asText(r.mode));
    addUnits("responsibilities", `${k}.unit`, `${name} unit`, asIds(r.unitIds));
    // Duties: matched by text within the responsibility.
    const refR = map === undefined ? r : asList(ref.plan.responsibilities)[Number(id("responsibilities", i))];
    const refDuties = asList(refR?.duties).map((d) => asText(d.text) ?? "");
    const own = asList(r.duties);
    const dmap = map === undefined ? new Map(own.map((_, n) => [n, n])) : matchBy(own.map((d) => asText(d.text) ?? ""), refDuties, textScore, 0.5);
    own.forEach((d, n) => {
      const dk = `${k}.duty${dmap.get(n) ?? `x${n}`}`;
      add("responsibilities", dk, `${name} duty ${n + 1}`, text(d.text));
      for (const aid of asIds(d.activityIds)) {
        const ar = activityRef(aid);
        if (ar !== undefined) add("responsibilities", `${dk}.activity>${ar}`, `${name} duty ${n + 1} concerns an activity`, "yes");
      }
    });
  });
  asList(p.reporting).forEach((r, i) => {
    const k = `report${id("reporting", i)}`;
    const name = `${asText(r.kind) ?? "report"} "${clip(asText(r.description) ?? "")}"`;
    add("reporting", k, name, asText(r.kind));
    add("reporting", `${k}.every`, `${name} every`, asText(r.every));
    const due = asObj(r.due);
    add("reporting", `${k}.due`, `${name} due`, r.due === undefined ? undefined : `${asText(due.month) ?? ""}/${asText(due.day) ?? ""}`);
    add("reporting", `${k}.dueOn`, `${name} due on`, asText(r.dueOn));
    add("reporting", `${k}.window`, `${name} window`, windowOf(r.window));
    addUnits("reporting", `${k}.reporter`, `${name} reporting unit`, asIds(r.reportingUnitIds));
    if (r.recipientUnitId !== undefined) add("reporting", `${k}.recipient`, `${name} recipient`, refUnitName(unitRef(asText(r.recipientUnitId) ?? "")));
    if (r.viaUnitId !== undefined) add("reporting", `${k}.via`, `${name} via`, refUnitName(unitRef(asText(r.viaUnitId) ?? "")));
  });
  (Array.isArray(p.closing) ? (p.closing as unknown[]) : []).forEach((t, i) => add("closing", id("closing", i), `closing paragraph ${i + 1}`, text(t)));
  f.recipients.forEach((r, i) => {
    const k = `recipient${id("recipients", i)}`;
    add("recipients", k, `recipient "${clip(asText(r.text) ?? "")}"`, text(r.text));
    addUnits("recipients", `${k}.unit`, `recipient "${clip(asText(r.text) ?? "")}" unit`, asIds(r.unitIds));
  });
  if (f.archive !== undefined) add("recipients", "archive", "archive line (Lưu)", text(f.archive.text));
  [asObj(p.signatory), ...asList(p.coSignatories)].forEach((s, i) => {
    if (Object.keys(s).length === 0) return;
    const k = `signatory${id("signatories", i)}`;
    const capacity = asText(s.capacity) ?? asList(s.authority).map((a) => `${asText(a.mode) ?? ""}. ${asText(a.title) ?? ""}`).join(" / ");
    add("signature", `${k}.capacity`, `signatory ${i + 1} authority`, text(capacity));
    add("signature", `${k}.title`, `signatory ${i + 1} title`, text(s.title));
    add("signature", `${k}.name`, `signatory ${i + 1} name`, text(s.name));
    if (s.unitId !== undefined) add("signature", `${k}.unit`, `signatory ${i + 1} on behalf of`, refUnitName(unitRef(asText(s.unitId) ?? "")));
  });

  const budget = asObj(p.budget);
  if (p.budget !== undefined) {
    add("budget", "title", "budget title", text(budget.title));
    add("budget", "attachedTo", "budget attached to", text(budget.attachedTo));
    add("budget", "declaredTotal", "declared total", amount(budget.declaredTotal));
  }
  f.sections.forEach((s, i) => {
    const k = `section${id("sections", i)}`;
    const name = `budget section ${asText(s.label) ?? ""} "${clip(asText(s.title) ?? "")}"`;
    add("budget", k, name, text(s.title));
    add("budget", `${k}.label`, `${name} label`, asText(s.label));
    add("budget", `${k}.declaredTotal`, `${name} declared subtotal`, amount(s.declaredTotal));
  });
  f.lines.forEach(({ line: l }, i) => {
    const k = `line${id("lines", i)}`;
    const name = `budget line "${clip(asText(l.title) ?? "")}"`;
    const product = asObj(l.product);
    add("budget", k, name, text(l.title));
    add("budget", `${k}.label`, `${name} label`, asText(l.label));
    add("budget", `${k}.quantity`, `${name} quantity`, asText(product.quantity));
    add("budget", `${k}.unit`, `${name} unit of measure`, text(product.unit));
    add("budget", `${k}.window`, `${name} window`, windowOf(l.window));
    add("budget", `${k}.amount`, `${name} amount`, amount(l.amount));
    add("budget", `${k}.unitPrice`, `${name} unit price`, amount(l.unitPrice));
    add("budget", `${k}.funder`, `${name} paid from`, kindOfSource(l.fundingSourceId));
    addUnits("budget", `${k}.lead`, `${name} lead`, asIds(l.leadUnitIds));
    addUnits("budget", `${k}.coordinating`, `${name} coordinating`, asIds(l.coordinatingUnitIds));
    if (l.activityId !== undefined) {
      const ar = activityRef(asText(l.activityId) ?? "");
      if (ar !== undefined) add("budget", `${k}.activity`, `${name} costs an activity`, ar);
    }
  });
  return out;
}

/** The facts of `b` and those of `a` in `b`'s terms. @internal */
export function compareFacts(a: unknown, b: unknown): { facts: FactMap; theirs: FactMap } {
  const fa = frame(asObj(a));
  const fb = frame(asObj(b));
  const alignment = align(fa, fb);
  return { facts: factsOf(fb, undefined, fb), theirs: factsOf(fa, alignment, fb) };
}
