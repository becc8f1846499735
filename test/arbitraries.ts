/**
 * fast-check arbitraries of valid plan documents: every reference resolves, ids are unique, windows are
 * ordered, parents are of an allowed kind. Shared by the model's property tests.
 */
import fc from "fast-check";
import { ALLOWED_PARENT_KINDS, OUTLET_KINDS, UNIT_KINDS, type OutletKind, type PlanJson } from "../src/index.js";

/** The outlet kinds of a broadcaster (the others are a press outlet's). */
const BROADCAST: readonly OutletKind[] = ["television", "radio", "news-agency"];

const text = fc.string({ minLength: 1, maxLength: 24, unit: "grapheme" });
const shortText = fc.string({ minLength: 1, maxLength: 12, unit: "grapheme" });

export const isoDateArb = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

export const windowArb = fc.tuple(isoDateArb, isoDateArb).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a }));

export const amountJsonArb = fc.oneof(
  fc.maxSafeNat(),
  fc.bigInt({ min: 0n, max: 10n ** 40n }).map((n) => n.toString()),
  fc.bigInt({ min: 0n, max: 10n ** 15n }).map((n) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".")),
);

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);
const subset = (ids: readonly string[]) => (ids.length === 0 ? fc.constant([] as string[]) : fc.uniqueArray(pick(ids), { maxLength: 3 }));
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Drops keys whose value is undefined, as a JSON document would not have them. */
function clean<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const unitsArb = fc.array(pick(UNIT_KINDS.filter((k) => k !== "confederation")), { maxLength: 8 }).chain((kinds) =>
  fc.tuple(
    ...kinds.map((kind, i) => {
      const canBeUnderRoot = ALLOWED_PARENT_KINDS[kind].includes("confederation");
      const outletKinds = kind === "press-outlet" ? OUTLET_KINDS.filter((k) => !BROADCAST.includes(k)) : kind === "broadcaster" ? BROADCAST : [];
      return fc
        .record({
          name: text,
          shortName: optional(shortText),
          underRoot: fc.boolean(),
          group: optional(fc.boolean()),
          outletKind: outletKinds.length > 0 ? pick(outletKinds) : fc.constant(undefined),
          electronicEdition: fc.boolean(),
        })
        .map((u) =>
          clean({
            id: `u${i + 1}`,
            name: u.name,
            shortName: u.shortName,
            kind,
            parentId: canBeUnderRoot && u.underRoot ? "root" : undefined,
            group: u.group,
            outlet: u.outletKind === undefined ? undefined : { kind: u.outletKind, electronicEdition: u.electronicEdition },
          }),
        );
    }),
  ),
);

/** A valid plan document with a random shape and content. */
export const planJsonArb: fc.Arbitrary<PlanJson> = unitsArb.chain((others) => {
  const units = [{ id: "root", name: "Tổng Liên đoàn Lao động Việt Nam", kind: "confederation" as const }, ...others];
  const unitIds = units.map((u) => u.id);
  const outletIds = others.filter((u) => u.kind === "press-outlet" || u.kind === "broadcaster").map((u) => u.id);
  const activityArb = (c: number, a: number) =>
    fc
      .record({
        title: text,
        description: optional(text),
        product: optional(fc.record({ description: optional(text), quantity: optional(fc.nat()), unit: optional(shortText) }).map(clean)),
        approximateSeconds: optional(fc.integer({ min: 1, max: 3600 })),
        window: optional(windowArb),
        windowText: optional(shortText),
        leadUnitIds: subset(unitIds),
        executingUnitIds: subset(unitIds),
        coordinatingUnitIds: subset(unitIds),
        targets: fc.array(fc.record({ description: text, percent: optional(fc.integer({ min: 0, max: 100 })) }).map(clean), { maxLength: 2 }),
        notes: fc.array(text, { maxLength: 2 }),
      })
      .map((x) => clean({ id: `c${c}a${a}`, ...x, targets: x.targets.map((t, k) => ({ id: `c${c}a${a}t${k}`, ...t })) }));
  const quotaArb = (c: number, q: number) =>
    fc
      .record({
        min: fc.integer({ min: 1, max: 10 }),
        per: pick(["day", "week", "month", "quarter", "issue", "window"] as const),
        edge: optional(pick(["complete", "prorate-up", "prorate-down", "full"] as const)),
        itemKinds: fc.uniqueArray(pick(["article", "programme", "clip", "post"] as const), { minLength: 1, maxLength: 4 }),
        outletIds: subset(outletIds),
        outletKinds: fc.uniqueArray(pick(OUTLET_KINDS), { maxLength: 3 }),
        requireOnlineCopy: fc.boolean(),
        phaseId: optional(fc.constant("p1")),
      })
      .map((x) => clean({ id: `c${c}q${q}`, ...x }));
  const channelsArb = fc.integer({ min: 0, max: 4 }).chain((n) =>
    fc.tuple(
      ...Array.from({ length: n }, (_, c) =>
        fc
          .record({
            title: text,
            activities: fc.integer({ min: 0, max: 3 }).chain((k) => fc.tuple(...Array.from({ length: k }, (_, a) => activityArb(c, a)))),
            quotas: fc.integer({ min: 0, max: 2 }).chain((k) => fc.tuple(...Array.from({ length: k }, (_, q) => quotaArb(c, q)))),
          })
          .map((x) => ({ id: `c${c}`, number: c + 1, ...x })),
      ),
    ),
  );
  return channelsArb.chain((channels) => {
    const activityIds = channels.flatMap((c) => c.activities.map((a) => a.id));
    const lineArb = (s: number, l: number) =>
      fc
        .record({
          label: optional(shortText),
          title: text,
          window: optional(windowArb),
          unitPrice: optional(amountJsonArb),
          amount: optional(amountJsonArb),
          amountText: optional(text),
          fundingSourceId: pick(["central", "regular"]),
          leadUnitIds: subset(unitIds),
          coordinatingUnitIds: subset(unitIds),
          activityId: activityIds.length > 0 ? optional(pick(activityIds)) : fc.constant(undefined),
        })
        .map((x) => clean({ id: `s${s}l${l}`, ...x }));
    const budgetArb = optional(
      fc
        .record({
          title: text,
          declaredTotal: optional(amountJsonArb),
          sections: fc.integer({ min: 0, max: 3 }).chain((n) =>
            fc.tuple(
              ...Array.from({ length: n }, (_, s) =>
                fc
                  .record({
                    title: text,
                    declaredTotal: optional(amountJsonArb),
                    lines: fc.integer({ min: 0, max: 3 }).chain((k) => fc.tuple(...Array.from({ length: k }, (_, l) => lineArb(s, l)))),
                  })
                  .map((x) => clean({ id: `s${s}`, label: String(s + 1), ...x })),
              ),
            ),
          ),
        })
        .map((x) => clean({ ...x, currency: "VND" as const })),
    );
    return fc
      .record({
        subject: text,
        issuedOn: optional(isoDateArb),
        phase: windowArb,
        purposes: fc.array(text, { maxLength: 3 }),
        closing: fc.array(text, { maxLength: 2 }),
        signatory: fc.record({ title: text, name: text }),
        budget: budgetArb,
        duties: fc.array(fc.record({ text, activityIds: subset(activityIds) }), { maxLength: 3 }),
      })
      .map(
        (x) =>
          clean({
            schemaVersion: 1 as const,
            id: "generated",
            header: clean({ title: "KẾ HOẠCH", subject: x.subject, issuerId: "root", issuedOn: x.issuedOn, legalBases: [], background: [] }),
            purposes: x.purposes.map((t, i) => ({ id: `purpose-${i}`, label: String.fromCharCode(97 + i), text: t })),
            requirements: [],
            audiences: [],
            themes: [],
            phases: [{ id: "p1", name: "Giai đoạn 1", window: x.phase }],
            units,
            channels,
            funding: {
              sources: [
                { id: "central", kind: "central-budget" as const, name: "Ngân sách TLĐ", funderUnitIds: ["root"] },
                { id: "regular", kind: "regular-budget" as const, name: "Kinh phí thường xuyên", funderUnitIds: [] },
              ],
              provisions: [],
            },
            responsibilities: [
              { id: "r1", title: "Trách nhiệm", unitIds: ["root"], duties: x.duties.map((d, i) => ({ id: `d${i}`, ...d })) },
            ],
            reporting: [],
            closing: x.closing,
            recipients: [],
            signatory: x.signatory,
            budget: x.budget,
          }) as unknown as PlanJson,
      );
  });
});
