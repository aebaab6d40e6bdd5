// The shape of one vendor evaluation (vendors/<id>.yaml, schema version 2), as schemas/vendor.schema.json defines
// it: the vendor as a whole, and the support plans it sells. Every fact is optional unless stated: a missing fact
// means "unknown", never "no". Keys are snake_case because they are written by people in YAML.

export type EvidenceType =
  | 'observed-trial' // the evaluators saw it themselves in a trial
  | 'contract' // written into the contract or SLA
  | 'reference-customer' // a customer the vendor named confirmed it
  | 'public-document' // the vendor's website, docs or public filings
  | 'third-party' // press, analysts, partners' or competitors' writing
  | 'vendor-claim'; // said by sales, not written down

export interface Evidence {
  id: string; // e.g. E1; cited by facts and ratings
  type: EvidenceType;
  reference: string; // where to find it: URL, contract clause, ticket number, meeting note
  published?: string; // the date the document carries: YYYY-MM-DD, or YYYY-MM when it gives no day
  retrieved: string; // YYYY-MM-DD: the day the evaluators read, heard or saw it
  note?: string;
}

export interface Evaluator {
  name: string;
  role?: string;
}

export type Severity = 'critical' | 'high' | 'normal' | 'low';
export type RndModel = 'in-house' | 'partly-outsourced' | 'fully-outsourced';
export type SupportOrganisation = 'self-built' | 'hybrid' | 'outsourced';
export type PartnerEscalation = 'direct' | 'relay';
export type SupportHours = '24x7' | 'extended' | 'business-hours';
export type Clock = 'calendar' | 'business';
export type Commitment = 'target' | 'objective' | 'sla-with-credits';
export type PriceModel = 'free' | 'included' | 'fixed' | 'percent-of-spend' | 'quote';
export type AccountManagement = 'named-manager' | 'ticket-rotation';
export type GroupRole = 'csm' | 'architect' | 'rnd';
export type Customisation = 'none' | 'configuration' | 'extension' | 'deep';
export type ClassroomScenario = 'multi-party' | 'breakout-groups' | 'peak-load';
export type ValueAddedService = 'training' | 'solution-review' | 'stress-testing';
export type DeveloperResource = 'docs' | 'sdk-downloads' | 'integration-guides' | 'faq';
export type ProbeChannel = 'ticket' | 'phone' | 'im' | 'email' | 'dedicated-group';
export type OnsiteService = 'onsite' | 'remote-only';
export type ProductCategory = 'cloud-classroom-saas' | 'rtc-paas' | 'live-streaming' | 'integrated-solution';
export type CustomerUnit = 'schools' | 'institutions' | 'teachers' | 'students' | 'classrooms';

/** Every section that states facts can cite the evidence behind them. */
export interface Cited {
  evidence?: string[];
}

export interface Outsourcing extends Cited {
  rnd?: RndModel; // core audio-video R&D
  support_organisation?: SupportOrganisation;
  partner_regions?: string[];
  partners_trained?: boolean;
  partner_escalation?: PartnerEscalation; // can partner staff reach core engineering, or only relay
  organisation_public?: boolean; // stated on the official site
}

export interface TeamScale extends Cited {
  support_headcount?: number;
}

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** A plan's business hours: the days and the local times (HH:MM, 24-hour) in an IANA time zone. */
export interface BusinessHours {
  time_zone: string;
  days: Weekday[];
  from: string;
  to: string;
}

/** A time limit and the clock it counts on: "4 business hours" is { minutes: 240, clock: 'business' }. */
export interface Target {
  minutes: number;
  clock: Clock;
}

export type SeverityTargets = Partial<Record<Severity, Target>>;

export interface Price {
  model: PriceModel;
  amount?: number; // fixed: the fee per period
  percent?: number; // percent-of-spend: the share charged
  minimum?: number; // the least charged per period
  currency?: string; // ISO 4217
  period?: 'month' | 'year';
}

/** One support plan the vendor sells; evaluation.plan names the one the institution would buy. */
export interface SupportPlan extends Cited {
  id: string;
  name: string;
  price?: Price;
  hours?: Partial<Record<Severity, SupportHours>>;
  business_hours?: BusinessHours;
  first_response?: SeverityTargets;
  commitment?: Commitment;
  restoration?: SeverityTargets;
  resolution?: SeverityTargets;
  update_interval?: SeverityTargets;
  channels?: Array<{ channel: ProbeChannel; severities?: Severity[] }>;
  urgent_escalation?: { available: boolean; channel?: string };
  account_management?: AccountManagement;
  dedicated_group?: { available: boolean; roles?: GroupRole[] };
  architecture_consulting?: boolean;
  onsite_service?: OnsiteService;
  languages?: string[];
  regions?: string[];
  notes?: string;
}

/** A plan's terms: every key of a plan but its id. */
export type PlanTerm = Exclude<keyof SupportPlan, 'id'>;

export interface TechnicalDepth extends Cited {
  customisation?: Customisation;
  rnd_direct_engagement?: boolean; // R&D steps in directly on complex problems
}

export interface EducationCustomer {
  name: string;
  students?: number; // scale
  since?: number; // year
}

export interface IndustryExperience extends Cited {
  education_customers?: EducationCustomer[];
  /** A count the vendor states rather than names ("100,000+ schools"), with its own evidence. */
  claimed_customers?: { count: number; unit: CustomerUnit; as_stated?: string; evidence?: string[] };
  scenarios?: ClassroomScenario[]; // classroom scenarios the vendor demonstrated
  claimed_scenarios?: ClassroomScenario[]; // said, not shown
}

export interface ResourceInvestment extends Cited {
  value_added_services?: ValueAddedService[];
  developer_resources?: DeveloperResource[];
}

export interface TrialProbe {
  date: string;
  opened_at?: string; // ISO date-time with offset: needed to count a business-hours promise
  plan: string; // the support plan the probe ran under
  channel: ProbeChannel;
  severity: Severity;
  first_response_minutes: number;
  resolution_minutes?: number; // absent: not resolved during the trial
  templated_reply: boolean; // "recorded, someone will contact you"
  reached_engineer: boolean;
  summary?: string;
  evidence?: string[];
}

export interface HiddenCosts extends Cited {
  staff_turnover?: { annual_rate_percent?: number; contact_changes_last_year?: number };
  peak_readiness?: { capacity_planning?: boolean; realtime_monitoring?: boolean };
}

export interface Rating {
  criterion: string; // a rating-based criterion id of the rubric
  evaluator: string; // a name from evaluation.evaluators
  score: 1 | 2 | 3 | 4 | 5;
  justification: string;
  evidence?: string[];
}

export interface VendorEvaluation {
  schema_version: '2';
  id: string; // equals the file name stem
  name: string;
  website?: string;
  category: ProductCategory[];
  evaluation: {
    evaluators: Evaluator[];
    evaluated_on: string;
    review_by: string;
    plan: string; // the id of the support plan the rubric scores
  };
  evidence?: Evidence[];
  outsourcing?: Outsourcing;
  team_scale?: TeamScale;
  support_plans: SupportPlan[];
  technical_depth?: TechnicalDepth;
  industry_experience?: IndustryExperience;
  resource_investment?: ResourceInvestment;
  trial_probes?: TrialProbe[];
  hidden_costs?: HiddenCosts;
  ratings?: Rating[];
  notes?: string;
}
