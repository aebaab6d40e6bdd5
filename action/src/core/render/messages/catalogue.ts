// What a message catalogue must hold. en.ts is the reference; zh-CN.ts must have exactly its keys (the compiler
// checks it, and so does a test). Every value an enum can take needs a translation, which the compiler also
// checks: adding a value to vendor-types.ts without translating it does not build.
import type { Aggregate, Band } from '../../types/rubric.js';
import type { Flag, GateStatus, Verdict } from '../../types/score.js';
import type {
  AccountManagement,
  ClassroomScenario,
  Coverage,
  Customisation,
  DeveloperResource,
  EvidenceType,
  GroupRole,
  OnsiteService,
  PartnerEscalation,
  ProbeChannel,
  ProductCategory,
  RndModel,
  Severity,
  SupportFeeModel,
  SupportOrganisation,
  ValueAddedService,
} from '../../types/vendor.js';
import type { OutsourcingConcern } from '../report-view.js';

/** Each enum the reports show, by the name templates use: {{t-enum 'verdict' verdict}}. */
export interface EnumValues {
  'account-management': AccountManagement;
  aggregate: Aggregate;
  band: Band;
  boolean: 'true' | 'false';
  category: ProductCategory;
  concern: OutsourcingConcern;
  coverage: Coverage;
  customisation: Customisation;
  'developer-resource': DeveloperResource;
  'evidence-type': EvidenceType;
  'flag-kind': Flag['kind'];
  'gate-status': GateStatus;
  'group-role': GroupRole;
  'onsite-service': OnsiteService;
  'partner-escalation': PartnerEscalation;
  'probe-channel': ProbeChannel;
  rnd: RndModel;
  scenario: ClassroomScenario;
  severity: Severity;
  'support-fee': SupportFeeModel;
  'support-organisation': SupportOrganisation;
  'value-added-service': ValueAddedService;
  verdict: Verdict;
}

export type EnumKind = keyof EnumValues;

export type EnumMessageKey = { [Kind in EnumKind]: `enum.${Kind}.${EnumValues[Kind]}` }[EnumKind];

export const ENUM_KINDS: readonly EnumKind[] = [
  'account-management',
  'aggregate',
  'band',
  'boolean',
  'category',
  'concern',
  'coverage',
  'customisation',
  'developer-resource',
  'evidence-type',
  'flag-kind',
  'gate-status',
  'group-role',
  'onsite-service',
  'partner-escalation',
  'probe-channel',
  'rnd',
  'scenario',
  'severity',
  'support-fee',
  'support-organisation',
  'value-added-service',
  'verdict',
];

export function isEnumKind(name: string): name is EnumKind {
  return (ENUM_KINDS as readonly string[]).includes(name);
}
