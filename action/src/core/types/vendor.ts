// The shape of one vendor evaluation (vendors/<id>.yaml), as schemas/vendor.schema.json defines it.
// Every fact is optional unless stated: a missing fact means "unknown", never "no".
// Keys are snake_case because they are written by people in YAML.

export type EvidenceType =
  | 'observed-trial' // the evaluators saw it themselves in a trial
  | 'contract' // written into the contract or SLA
  | 'reference-customer' // a customer the vendor named confirmed it
  | 'public-document' // the vendor's website, docs or public filings
  | 'vendor-claim'; // said by sales, not written down

export interface Evidence {
  id: string; // e.g. E1; cited by facts and ratings
  type: EvidenceType;
  reference: string; // where to find it: URL, contract clause, ticket number, meeting note
  date: string; // YYYY-MM-DD
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
export type Coverage = '24x7' | 'extended' | 'business-hours';
export type AccountManagement = 'named-manager' | 'ticket-rotation';
export type GroupRole = 'csm' | 'architect' | 'rnd';
export type Customisation = 'none' | 'configuration' | 'extension' | 'deep';
export type ClassroomScenario = 'multi-party' | 'breakout-groups' | 'peak-load';
export type ValueAddedService = 'training' | 'solution-review' | 'stress-testing';
export type DeveloperResource = 'docs' | 'sdk-downloads' | 'integration-guides' | 'faq';
export type ProbeChannel = 'ticket' | 'phone' | 'im' | 'email' | 'dedicated-group';
export type SupportFeeModel = 'included' | 'extra';
export type OnsiteService = 'onsite' | 'remote-only';
export type ProductCategory = 'cloud-classroom-saas' | 'rtc-paas' | 'live-streaming' | 'integrated-solution';

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
  coverage?: Coverage;
}

export interface ResponseTime extends Cited {
  /** Claimed first-response targets in minutes, per severity. */
  first_response_minutes?: Partial<Record<Severity, number>>;
  urgent_escalation?: { available: boolean; channel?: string };
}

export interface ServiceModel extends Cited {
  account_management?: AccountManagement;
  dedicated_group?: { available: boolean; roles?: GroupRole[] };
  architecture_consulting?: boolean;
}

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
  scenarios?: ClassroomScenario[]; // classroom scenarios the vendor demonstrably understands
}

export interface ResourceInvestment extends Cited {
  value_added_services?: ValueAddedService[];
  developer_resources?: DeveloperResource[];
}

export interface TrialProbe {
  date: string;
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
  support_fee?: { model: SupportFeeModel; annual_amount?: number; currency?: string };
  onsite_service?: OnsiteService;
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
  schema_version: '1';
  id: string; // equals the file name stem
  name: string;
  website?: string;
  category: ProductCategory;
  evaluation: {
    evaluators: Evaluator[];
    evaluated_on: string;
    review_by: string;
  };
  evidence?: Evidence[];
  outsourcing?: Outsourcing;
  team_scale?: TeamScale;
  response_time?: ResponseTime;
  service_model?: ServiceModel;
  technical_depth?: TechnicalDepth;
  industry_experience?: IndustryExperience;
  resource_investment?: ResourceInvestment;
  trial_probes?: TrialProbe[];
  hidden_costs?: HiddenCosts;
  ratings?: Rating[];
  notes?: string;
}
