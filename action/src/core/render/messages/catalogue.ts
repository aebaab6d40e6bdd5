// What a message catalogue must hold. en.ts is the reference; zh-CN.ts must have exactly its keys (the compiler
// checks it, and so does a test). Every value an enum can take needs a translation, which the compiler also
// checks: adding a value to vendor-types.ts without translating it does not build.
import type { Aggregate, Band, Language } from '../../types/rubric.js';
import type { Flag, GateStatus, Standing, Verdict } from '../../types/score.js';
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
  PlanTerm,
  Price,
  PriceModel,
  ProbeChannel,
  ProductCategory,
  RndModel,
  Severity,
  SupportHours,
  SupportOrganisation,
  ValueAddedService,
  Weekday,
} from '../../types/vendor.js';

/** Worries the article raises about who supports us (先搞明白:什么是"技术支持外包"). */
export type OutsourcingConcern =
  | 'rnd-outsourced'
  | 'rnd-unknown'
  | 'organisation-unknown'
  | 'partners-relay'
  | 'partners-untrained'
  | 'organisation-undisclosed'
  | 'none';

/** Each enum the reports show, by the name templates use: {{t-enum 'verdict' verdict}}. */
export interface EnumValues {
  'account-management': AccountManagement;
  aggregate: Aggregate;
  band: Band;
  boolean: 'true' | 'false';
  category: ProductCategory;
  clock: Clock;
  commitment: Commitment;
  concern: OutsourcingConcern;
  'customer-unit': CustomerUnit;
  customisation: Customisation;
  'developer-resource': DeveloperResource;
  'evidence-type': EvidenceType;
  'flag-kind': Flag['kind'];
  'gate-status': GateStatus;
  'group-role': GroupRole;
  language: Language;
  'onsite-service': OnsiteService;
  'partner-escalation': PartnerEscalation;
  period: NonNullable<Price['period']>;
  'plan-term': PlanTerm;
  'price-model': PriceModel;
  'probe-channel': ProbeChannel;
  rnd: RndModel;
  scenario: ClassroomScenario;
  severity: Severity;
  standing: Standing;
  'support-hours': SupportHours;
  'support-organisation': SupportOrganisation;
  'value-added-service': ValueAddedService;
  verdict: Verdict;
  weekday: Weekday;
}

export type EnumKind = keyof EnumValues;

export type EnumMessageKey = { [Kind in EnumKind]: `enum.${Kind}.${EnumValues[Kind]}` }[EnumKind];

export const ENUM_KINDS: readonly EnumKind[] = [
  'account-management',
  'aggregate',
  'band',
  'boolean',
  'category',
  'clock',
  'commitment',
  'concern',
  'customer-unit',
  'customisation',
  'developer-resource',
  'evidence-type',
  'flag-kind',
  'gate-status',
  'group-role',
  'language',
  'onsite-service',
  'partner-escalation',
  'period',
  'plan-term',
  'price-model',
  'probe-channel',
  'rnd',
  'scenario',
  'severity',
  'standing',
  'support-hours',
  'support-organisation',
  'value-added-service',
  'verdict',
  'weekday',
];

export function isEnumKind(name: string): name is EnumKind {
  return (ENUM_KINDS as readonly string[]).includes(name);
}
