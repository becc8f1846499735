/**
 * The draft assembled as a plan document (version 2): keys in the schema's order, nothing the text did not
 * give (empty lists and absent fields left out).
 *
 * @internal
 */
import type { Context } from "./context.js";
import type { Draft } from "./draft.js";
import { slug } from "./fold.js";
import type { DraftUnit } from "./registry.js";

/** Removes undefined fields and empty lists, keeping the keys' order. */
function prune(value: unknown, keep: ReadonlySet<string> = new Set()): unknown {
  if (Array.isArray(value)) return value.map((v) => prune(v, keep));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    if (Array.isArray(v) && v.length === 0 && !keep.has(k)) continue;
    out[k] = prune(v, keep);
  }
  return out;
}

/** The plan document of a draft. @internal */
export function assemble(draft: Draft, units: readonly DraftUnit[], ctx: Context): Record<string, unknown> {
  const h = draft.header;
  const year = (h.issuedOn ?? h.issuedIn)?.slice(0, 4);
  const idParts = [h.documentType, h.documentNumber, h.issuerCode, year, h.subject === undefined ? undefined : slug(h.subject, 40)].filter((p) => p !== undefined);
  const id = idParts.length === 0 ? "ke-hoach" : slug(idParts.join(" "), 90);
  void ctx;
  const header = {
    ...(h.title === undefined ? {} : { title: h.title }),
    ...(h.subject === undefined ? {} : { subject: h.subject }),
    ...(h.issuerId === undefined ? {} : { issuerId: h.issuerId }),
    coIssuerIds: h.coIssuerIds ?? [],
    place: h.place,
    documentType: h.documentType,
    documentNumber: h.documentNumber,
    issuerCode: h.issuerCode,
    issuedOn: h.issuedOn,
    issuedIn: h.issuedOn === undefined ? h.issuedIn : undefined,
    legalBases: h.legalBases.map((b) => ({ id: b.id, kind: b.kind, reference: b.reference, title: b.title, issuer: b.issuer, issuedOn: b.issuedOn, summary: b.summary })),
    background: h.background,
  };
  const unitJson = units.map((u) => ({
    id: u.id,
    name: u.name,
    shortName: u.shortName !== undefined && u.shortName !== u.name ? u.shortName : undefined,
    kind: u.kind,
    parentId: u.parentId,
    group: u.group,
    level: u.level,
    ...(u.outlet === undefined ? {} : { outlet: u.outlet }),
    ...(u.extra ?? {}),
  }));
  const channels = draft.channels.map((c) => ({
    id: c.id,
    number: c.number,
    title: c.title,
    description: c.description,
    activities: c.activities.map((a) => ({
      id: a.id,
      label: a.label,
      title: a.title,
      description: a.description,
      product: a.product,
      approximateSeconds: a.approximateSeconds,
      window: a.window,
      windowText: a.window === undefined ? undefined : a.windowText,
      dueOn: a.dueOn,
      dueText: a.dueText,
      location: a.location,
      leadUnitIds: a.leadUnitIds,
      executingUnitIds: a.executingUnitIds,
      coordinatingUnitIds: a.coordinatingUnitIds,
      targets: a.targets,
      notes: a.notes,
    })),
    quotas: c.quotas.map((q) => ({
      id: q.id,
      description: q.description,
      min: q.min,
      per: q.per,
      itemKinds: q.itemKinds,
      outletIds: q.outletIds,
      outletKinds: q.outletKinds,
      owedBy: q.owedBy,
      requireOnlineCopy: q.requireOnlineCopy,
      phaseId: q.phaseId,
      startsIn: q.startsIn,
    })),
  }));
  const budget =
    draft.budget === undefined
      ? undefined
      : {
          title: draft.budget.title === "" ? undefined : draft.budget.title,
          attachedTo: draft.budget.attachedTo,
          currency: "VND",
          sections: draft.budget.sections.map((s) => ({
            id: s.id,
            label: s.label,
            title: s.title === "" ? undefined : s.title,
            declaredTotal: s.declaredTotal,
            lines: s.lines.map((l) => ({
              id: l.id,
              label: l.label,
              title: l.title,
              product: l.product,
              window: l.window,
              windowText: l.window === undefined ? undefined : l.windowText,
              unitPrice: l.unitPrice,
              amount: l.amount,
              amountText: l.amountText,
              fundingSourceId: l.fundingSourceId,
              leadUnitIds: l.leadUnitIds,
              coordinatingUnitIds: l.coordinatingUnitIds,
              activityId: l.activityId,
            })),
          })),
          declaredTotal: draft.budget.declaredTotal,
        };
  const signatory = (s: Draft["signatory"]) =>
    s === undefined
      ? undefined
      : {
          ...(s.authority.length === 1 ? { capacity: s.capacity } : { authority: s.authority }),
          title: s.title,
          name: s.name,
          unitId: s.unitId,
        };
  const plan = {
    schemaVersion: 2,
    id,
    language: "vi",
    header,
    purposes: draft.purposes,
    requirements: draft.requirements,
    objectives: draft.objectives,
    audiences: draft.audiences,
    scope: draft.scope,
    themes: draft.themes,
    tasks: draft.tasks,
    slogans: draft.slogans,
    window: draft.window,
    windowText: draft.window === undefined ? undefined : draft.windowText,
    phases: draft.phases,
    units: unitJson,
    channels,
    funding: draft.funding.sources.length === 0 && draft.funding.provisions.length === 0 ? undefined : { sources: draft.funding.sources.map((s) => ({ ...s, name: s.name === "" ? undefined : s.name })), provisions: draft.funding.provisions },
    responsibilities: draft.responsibilities,
    reporting: draft.reporting,
    closing: draft.closing,
    recipients: draft.recipients,
    archive: draft.archive,
    signatory: signatory(draft.signatory),
    coSignatories: draft.coSignatories.map(signatory),
    budget,
  };
  return prune(plan, new Set(["unitIds"])) as Record<string, unknown>;
}
