/**
 * The draft as the readers build it: the plan document's parts, mutable until the end, where they are
 * assembled in the schema's order and frozen.
 *
 * @internal
 */
import type { IsoDate } from "../../calendar/isoDate.js";
import type { Window } from "../../calendar/window.js";
import type { FundingKind, ItemKind, QuotaPeriod, ReportingKind, ReportingPeriod } from "../../model/vocabulary.js";
import type { OutletKind, UnitKind, UnitLevel } from "../../model/units.js";
import type { HeaderDraft } from "./header.js";

export interface LabelledDraft {
  id: string;
  label?: string;
  title?: string;
  text: string;
}

export interface ProductDraft {
  description?: string;
  quantity?: number;
  unit?: string;
}

export interface TargetDraft {
  id: string;
  description: string;
  percent?: number;
  unitKind?: UnitKind;
  scopeUnitIds?: string[];
}

export interface ActivityDraft {
  id: string;
  label?: string;
  title: string;
  description?: string;
  product?: ProductDraft;
  approximateSeconds?: number;
  window?: Window;
  windowText?: string;
  dueOn?: IsoDate;
  dueText?: string;
  location?: string;
  leadUnitIds: string[];
  executingUnitIds: string[];
  coordinatingUnitIds: string[];
  targets: TargetDraft[];
  notes: string[];
}

export interface QuotaDraft {
  id: string;
  description?: string;
  min: number;
  per: QuotaPeriod;
  itemKinds: ItemKind[];
  outletIds: string[];
  outletKinds: OutletKind[];
  owedBy?: { unitIds: string[]; unitKinds: UnitKind[]; minMemberCount?: number; text?: string };
  requireOnlineCopy: boolean;
  phaseId?: string;
  startsIn?: string;
}

export interface ChannelDraft {
  id: string;
  number: number;
  title: string;
  description?: string;
  activities: ActivityDraft[];
  quotas: QuotaDraft[];
}

export interface FundingSourceDraft {
  id: string;
  kind: FundingKind;
  level?: UnitLevel;
  name: string;
  funderUnitIds: string[];
}

export interface ProvisionDraft {
  id: string;
  label?: string;
  text: string;
  sourceId?: string;
  sourceIds: string[];
}

export interface ResponsibilityDraft {
  id: string;
  label?: string;
  title: string;
  mode?: "assignment" | "request";
  unitIds: string[];
  duties: { id: string; text: string; activityIds: string[] }[];
}

export interface ReportingDraft {
  id: string;
  kind: ReportingKind;
  description: string;
  reportingUnitIds: string[];
  recipientUnitId?: string;
  viaUnitId?: string;
  every?: ReportingPeriod;
  due?: { day?: number; month?: number };
  dueOn?: IsoDate;
  dueText?: string;
  window?: Window;
  windowText?: string;
  phaseId?: string;
}

export interface RecipientDraft {
  id: string;
  text: string;
  unitIds: string[];
  parts: string[];
}

export interface SignatoryDraft {
  capacity?: string;
  authority: { mode: "TM" | "KT" | "Q" | "TL" | "TUQ"; title: string }[];
  title?: string;
  name?: string;
  unitId?: string;
}

export interface BudgetLineDraft {
  id: string;
  label?: string;
  title: string;
  product?: ProductDraft;
  window?: Window;
  windowText?: string;
  unitPrice?: string;
  amount?: string;
  amountText?: string;
  fundingSourceId?: string;
  leadUnitIds: string[];
  coordinatingUnitIds: string[];
  activityId?: string;
}

export interface BudgetSectionDraft {
  id: string;
  label?: string;
  title: string;
  declaredTotal?: string;
  lines: BudgetLineDraft[];
}

export interface BudgetDraft {
  title: string;
  attachedTo?: string;
  sections: BudgetSectionDraft[];
  declaredTotal?: string;
}

export interface IndicatorDraft {
  id: string;
  text: string;
  measure: "percent" | "count" | "ratio" | "rate";
  comparator: "at-least" | "at-most" | "exactly" | "below" | "above";
  value: number;
}

export interface ObjectiveDraft {
  id: string;
  label?: string;
  text: string;
  indicators: IndicatorDraft[];
}

/** Everything read, before assembly. @internal */
export interface Draft {
  header: HeaderDraft;
  purposes: LabelledDraft[];
  requirements: LabelledDraft[];
  objectives: ObjectiveDraft[];
  audiences: { id: string; name: string }[];
  scope: string[];
  themes: { id: string; text: string }[];
  tasks: LabelledDraft[];
  slogans: { id: string; text: string }[];
  window?: { start: IsoDate; end?: IsoDate };
  windowText?: string;
  phases: { id: string; name: string; window: Window; windowText?: string }[];
  channels: ChannelDraft[];
  funding: { sources: FundingSourceDraft[]; provisions: ProvisionDraft[] };
  responsibilities: ResponsibilityDraft[];
  reporting: ReportingDraft[];
  closing: string[];
  recipients: RecipientDraft[];
  archive?: { text: string; parts: string[] };
  signatory?: SignatoryDraft;
  coSignatories: SignatoryDraft[];
  budget?: BudgetDraft;
}

/** An empty draft. @internal */
export function emptyDraft(): Draft {
  return {
    header: { legalBases: [], background: [] },
    purposes: [],
    requirements: [],
    objectives: [],
    audiences: [],
    scope: [],
    themes: [],
    tasks: [],
    slogans: [],
    phases: [],
    channels: [],
    funding: { sources: [], provisions: [] },
    responsibilities: [],
    reporting: [],
    closing: [],
    recipients: [],
    coSignatories: [],
  };
}
