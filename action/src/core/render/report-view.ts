// What templates see: the context of templates/report.hbs (ReportView) and templates/vendor.hbs (VendorPageView).
// Templates are edited by users and compiled in strict mode, so every view has every field (null when unknown, []
// when empty) and holds raw values: enum codes, numbers, ISO dates, data strings. Translating, formatting and
// escaping happen in the helpers. Weights are shares 0-1 everywhere, so that one helper (format-percent) shows them.
import type { Aggregate, Band, Language, Level } from '../types/rubric.js';
import type { EvidenceUse, GateStatus, ScoreRange, Standing, Verdict } from '../types/score.js';
import type {
  AccountManagement,
  ClassroomScenario,
  Clock,
  Commitment,
  CustomerUnit,
  Customisation,
  DeveloperResource,
  EvidenceType,
  GroupRole,
  OnsiteService,
  PartnerEscalation,
  Price,
  ProbeChannel,
  ProductCategory,
  RndModel,
  Severity,
  SupportHours,
  SupportOrganisation,
  Target,
  ValueAddedService,
  Weekday,
} from '../types/vendor.js';
import type { ChartRow } from './chart-svg.js';
import type { EnumKind, OutsourcingConcern } from './messages/catalogue.js';

/** The context of templates/report.hbs. */
export interface ReportView {
  rubricVersion: string;
  /** Every vendor ranked; `vendors` lists the first of them (see select-overview.ts). */
  vendorCount: number;
  gates: Array<{ id: string; title: string }>;
  /** Weight: share of the total, 0-1. */
  dimensions: Array<{ id: string; title: string; weight: number }>;
  vendors: OverviewVendorView[];
  /** The same report in other languages: each one's language and the path of its comparison from this one. */
  otherSets: Array<{ language: Language; path: string }>;
  /** Neighbours in the ranking whose order the lower one's answers could change: how many answers, how far apart. */
  orderChanges: Array<{ below: VendorRef; above: VendorRef; answers: number; gap: number }>;
  /** The vendor × dimension levels in parts of a few dimensions each, so that each table fits GitHub's column. */
  matrix: MatrixPart[];
  /** How many vendors, and how many entries of each list, rank below what the comparison lists (0: none). */
  more: { vendors: number; contradictions: number; disagreements: number; stale: number };
  contradictions: Array<ContradictionView & { vendor: VendorRef }>;
  disagreements: Array<DisagreementView & { vendor: VendorRef }>;
  stale: Array<{ vendor: VendorRef; evaluatedOn: string; reviewBy: string }>;
  robustness: RobustnessView;
  /** The rows of chart.svg, which render-reports draws (chart-svg.ts) and the comparison shows as an image. */
  chart: { rows: ChartRow[] };
  methodology: MethodologyView;
}

export interface MatrixPart {
  /** 1-based positions of its first and last dimension among all of them, and how many there are. */
  from: number;
  to: number;
  count: number;
  dimensions: Array<{ id: string; title: string; weight: number }>;
  rows: Array<VendorRef & { cells: Array<Omit<DimensionView, 'criteria'>>; goodDimensions: number; dimensionCount: number }>;
  /** The last part also shows how many dimensions each vendor has good. */
  last: boolean;
  /** The matrix has more than one part (each part then says which dimensions it shows). */
  split: boolean;
}

/** The context of templates/vendor.hbs. */
export interface VendorPageView {
  rubricVersion: string;
  vendorCount: number;
  vendor: VendorView;
}

/**
 * A vendor as the comparison sees it: its page's view without the details only its page shows (each criterion,
 * the trial probes, the ratings and the evidence register). A repository of thousands of vendors renders its
 * comparison without holding all of those at once.
 */
export type OverviewVendorView = Omit<VendorView, 'dimensions' | 'probes' | 'ratings' | 'evidence' | 'questions'> & {
  dimensions: Array<Omit<DimensionView, 'criteria'>>;
};

export interface VendorRef {
  id: string;
  name: string;
}

export interface VendorView extends VendorRef {
  file: string;
  /** Among the comparable vendors; null for the others, whose standing says why. */
  rank: number | null;
  standing: Standing;
  category: ProductCategory[];
  website: string | null;
  total: ScoreRange;
  /** The score over what is known; null for a vendor too little is known of for it to mean anything. */
  knownScore: number | null;
  band: Band | null;
  verdict: Verdict;
  goodDimensions: number;
  dimensionCount: number;
  evaluation: {
    evaluators: Array<{ name: string; role: string | null }>;
    evaluatedOn: string;
    reviewBy: string;
    stale: boolean;
  };
  gates: Array<{ id: string; title: string; status: GateStatus } & ObservedView>;
  dimensions: DimensionView[];
  outsourcing: {
    rnd: RndModel | null;
    supportOrganisation: SupportOrganisation | null;
    partnerRegions: string[] | null;
    partnersTrained: boolean | null;
    partnerEscalation: PartnerEscalation | null;
    organisationPublic: boolean | null;
    /** A self-built team has no partners: the partner questions do not apply (unknown is not "not applicable"). */
    partnersNotApplicable: boolean;
    concerns: OutsourcingConcern[];
    evidence: string[];
  };
  team: { headcount: number | null; evidence: string[] };
  /** The plan evaluation.plan names: the one the institution would buy, whose terms the score is. */
  plan: PlanView;
  /** Every plan the vendor sells, in file order, the evaluated one among them. */
  plans: PlanView[];
  /** Each plan's promises against the probes run under it, per severity that has either. */
  response: { severities: SeverityView[] };
  depth: { customisation: Customisation | null; rndDirectEngagement: boolean | null; evidence: string[] };
  industry: {
    customers: Array<{ name: string; students: number | null; since: number | null }>;
    claimedCustomers: { count: number; unit: CustomerUnit; asStated: string | null; evidence: string[] } | null;
    scenarios: ClassroomScenario[] | null;
    claimedScenarios: ClassroomScenario[] | null;
    evidence: string[];
  };
  resources: {
    valueAddedServices: ValueAddedService[] | null;
    developerResources: DeveloperResource[] | null;
    evidence: string[];
  };
  costs: {
    /** Annual turnover as a share 0-1. */
    turnover: number | null;
    contactChanges: number | null;
    capacityPlanning: boolean | null;
    realtimeMonitoring: boolean | null;
    /** What our own staff waited, over every trial probe. */
    trialMedianFirstResponse: number | null;
    evidence: string[];
  };
  probes: ProbeView[];
  ratings: Array<{ criterion: string; evaluator: string; score: number; justification: string; evidence: string[] }>;
  flags: { total: number; contradictions: ContradictionView[]; disagreements: DisagreementView[]; stale: boolean };
  evidence: Array<{ id: string; type: EvidenceType; reference: string; published: string | null; retrieved: string; note: string | null }>;
  /** Evidence ids each question's facts cite, in order of first citation. */
  cited: { who: string[]; fast: string[]; deep: string[]; cost: string[] };
  notes: string | null;
  summary: SummaryView;
  /** What to ask the vendor next, most decisive first: the unknown gates, then the answers that narrow the range most. */
  questions: Array<{ kind: 'criterion' | 'gate'; question: string; title: string; effect: number }>;
}

/** One value per severity, null where the plan does not state it. */
export type PerSeverity<T> = Record<Severity, T | null>;

/** One support plan as its column of the plans table shows it, with the vendor's total under it. */
export interface PlanView {
  id: string;
  name: string;
  evaluated: boolean;
  total: ScoreRange;
  verdict: Verdict;
  band: Band | null;
  price: Price | null;
  hours: PerSeverity<SupportHours>;
  businessHours: { timeZone: string; days: Weekday[]; from: string; to: string } | null;
  firstResponse: PerSeverity<Target>;
  commitment: Commitment | null;
  restoration: PerSeverity<Target>;
  resolution: PerSeverity<Target>;
  updateInterval: PerSeverity<Target>;
  channels: Array<{ channel: ProbeChannel; severities: Severity[] | null }> | null;
  urgentEscalation: boolean | null;
  urgentChannel: string | null;
  accountManagement: AccountManagement | null;
  dedicatedGroup: boolean | null;
  groupRoles: GroupRole[] | null;
  architectureConsulting: boolean | null;
  onsite: OnsiteService | null;
  languages: string[] | null;
  regions: string[] | null;
  evidence: string[];
  notes: string | null;
}

/** What the one-sentence summary of a vendor says: why it stands where it does. */
export interface SummaryView {
  /** The best and the worst of the dimensions known well enough (their coverage meets the minimum); null when none is. */
  strongest: { title: string; level: Level } | null;
  weakest: { title: string; level: Level } | null;
  failedGates: string[];
  unknownGates: string[];
  /** The rubric's minimum coverage, which an insufficient-data vendor falls short of. */
  minCoverage: number;
}

/** A value read from a vendor file, with how to show it: `format-observed observed format`. */
export interface ObservedView {
  observed: string | number | boolean | null;
  format: ObservedFormat;
}

/** An enum (shown translated), a share 0-1 (as a percentage), minutes, or null: as it is. */
export type ObservedFormat = EnumKind | 'share' | 'minutes' | null;

export interface DimensionView {
  id: string;
  title: string;
  /** Share of the total, 0-1. */
  weight: number;
  level: Level | null;
  score: number | null;
  lower: number;
  upper: number;
  coverage: number;
  confidence: number | null;
  good: boolean;
  /** Enough of the dimension's weight is answered (the rubric's minimum coverage) for its level to be a finding. */
  known: boolean;
  criteria: CriterionView[];
}

export interface CriterionView extends ObservedView {
  id: string;
  title: string;
  kind: 'fact' | 'rating';
  /** Share of the total, 0-1. */
  weight: number;
  /** False when the rubric's `applies_when` rules the criterion out for this vendor (its weight is then 0). */
  applicable: boolean;
  answered: boolean;
  level: Level | null;
  rule: RuleView;
  evidence: EvidenceUse[];
  confidence: number | null;
  ratings: Array<{ evaluator: string; score: number }>;
}

/** How a criterion turns what it reads into a level; the `format-rule` helper words it. */
export type RuleView =
  | { kind: 'thresholds'; fact: string; factLabel: string; aggregate: Aggregate | null; format: ObservedFormat; direction: 'benefit' | 'cost'; thresholds: number[] }
  | { kind: 'levels'; fact: string; factLabel: string; aggregate: Aggregate | null; format: ObservedFormat; levels: Array<{ value: string; level: Level }> }
  | { kind: 'rating' };

export interface SeverityView {
  /** The plan's name: its promise, and the probes run under it. */
  plan: string;
  severity: Severity;
  claimed: Target | null;
  /** On the promise's clock (business minutes for a business-hours promise). */
  observedMedianMinutes: number | null;
  observedWorstMinutes: number | null;
  probes: number;
  /** Probes a business clock could not count: they have no opening time. */
  uncounted: number;
  /** Null without both a claim and a counted probe of this severity: nothing to compare. */
  contradicted: boolean | null;
}

export interface ProbeView {
  date: string;
  /** The name of the plan it ran under. */
  plan: string;
  channel: ProbeChannel;
  severity: Severity;
  firstResponseMinutes: number;
  /** Absent resolution time: not resolved during the trial. */
  resolved: boolean;
  resolutionMinutes: number | null;
  templatedReply: boolean;
  reachedEngineer: boolean;
  summary: string | null;
  evidence: string[];
}

export interface ContradictionView {
  /** The name of the plan whose promise the probes broke. */
  plan: string;
  severity: Severity;
  claimed: Target;
  observedMedianMinutes: number;
  observedWorstMinutes: number;
  probes: number;
}

export interface DisagreementView {
  criterion: string;
  min: number;
  max: number;
  evaluators: string[];
}

export interface RobustnessView {
  leader: VendorRef | null;
  runnerUp: VendorRef | null;
  flip: { dimension: string; change: number } | null;
  winProbabilities: Array<{ vendor: VendorRef; probability: number }>;
  /** An identifier, not a quantity: shown as written, without digit grouping. */
  seed: string;
  samples: number;
  spread: number;
}

export interface MethodologyView {
  rubricVersion: string;
  dimensions: Array<{
    id: string;
    title: string;
    description: string | null;
    weight: number;
    criteria: Array<{
      id: string;
      title: string;
      description: string | null;
      kind: 'fact' | 'rating';
      weightInDimension: number;
      weight: number;
      rule: RuleView;
      /** The rubric's `applies_when`: the criterion counts only for vendors whose fact has one of these values. */
      appliesWhen: { fact: string; factLabel: string; values: string[]; format: ObservedFormat } | null;
    }>;
  }>;
  ratingAnchors: Array<{ criterion: string; anchors: string[] }>;
  gates: Array<{
    id: string;
    title: string;
    fact: string;
    factLabel: string;
    aggregate: Aggregate | null;
    passWhen: Array<string | number | boolean>;
    format: ObservedFormat;
  }>;
  verdict: { goodLevel: number; lowRiskShare: number; bands: Array<{ id: Band; min: number }> };
  evidence: { factors: Array<{ type: EvidenceType; factor: number }>; unsupportedFactor: number; halfLifeDays: number };
  minCoverage: number;
}
