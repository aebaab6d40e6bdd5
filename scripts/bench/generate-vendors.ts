// Synthetic vendor evaluations for the benchmark: every section of the schema (two or three support plans, one of
// them with business hours), trial probes, ratings and an evidence register, 5–9 KB each, as people write them (comments, quoted dates, CJK names). Deterministic:
// vendor i depends only on (seed, i), so the first 100 of 1,000 are the 100 of the smaller run and a rerun
// times the same bytes. The invalid variant breaks 1 file in 100 with the mistakes people make, one kind per file.
import { createSeededRandom } from '../../action/src/core/score/seeded-random.js';

/** The vendor files of one synthetic project, by repository path. */
export type GeneratedFiles = Record<string, string>;

export interface GenerateOptions {
  count: number;
  /** Breaks every 100th file (1%) when true. */
  invalid?: boolean;
  seed?: number;
}

const DEFAULT_SEED = 20261125;

const SEVERITIES = ['critical', 'high', 'normal', 'low'] as const;
const CHANNELS = ['ticket', 'phone', 'im', 'email', 'dedicated-group'] as const;
const EVIDENCE_TYPES = ['observed-trial', 'contract', 'reference-customer', 'public-document', 'third-party', 'vendor-claim'] as const;
const PLAN_NAMES = ['Developer', 'Business', 'Enterprise'] as const;
const CATEGORIES = ['cloud-classroom-saas', 'rtc-paas', 'live-streaming', 'integrated-solution'] as const;
const RATED = ['support-professionalism', 'plain-language-guidance', 'architecture-advice-quality', 'documentation-quality'] as const;
const SURNAMES = ['李', '王', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const GIVEN = ['雯', '航', '敏', '静', '伟', '磊', '洋', '婷', '军', '欣'];
const PLACES = ['东岭', '南湖', '青川', '西山', '北港', '临江', '云溪', '石桥'];

function vendorId(index: number): string {
  return `vendor-${String(index + 1).padStart(5, '0')}`;
}

export function vendorPath(index: number): string {
  return `vendors/${vendorId(index)}.yaml`;
}

export function generateVendorFiles(options: GenerateOptions): GeneratedFiles {
  const files: GeneratedFiles = {};
  for (let index = 0; index < options.count; index++) {
    const text = generateVendor(index, options.seed ?? DEFAULT_SEED);
    files[vendorPath(index)] = options.invalid && isBroken(index) ? breakVendor(text, index) : text;
  }
  return files;
}

/** The files the invalid variant breaks: 1 in 100, spread over the run. */
export function isBroken(index: number): boolean {
  return index % 100 === 50;
}

function generateVendor(index: number, seed: number): string {
  const random = createSeededRandom(seed ^ Math.imul(index + 1, 0x9e3779b1));
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const some = <T>(items: readonly T[]): T[] => items.filter(() => random() < 0.6);
  const date = (year: number) => `${year}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
  const person = () => `${pick(SURNAMES)}${pick(GIVEN)}`;
  const id = vendorId(index);
  const evaluators = [person(), person()];
  if (evaluators[0] === evaluators[1]) evaluators[1] = `${evaluators[1]}二`;
  const evidenceCount = int(4, 6);
  const evidenceIds = Array.from({ length: evidenceCount }, (_, i) => `E${i + 1}`);
  const cite = () => `[${[...new Set([pick(evidenceIds), pick(evidenceIds)])].join(', ')}]`;
  // About one in ten evaluations is past its review date, so the stale flag shows up in the reports.
  const reviewYear = random() < 0.1 ? 2026 : 2028;
  const domain = `${id}.example.cn`;
  const planIds = PLAN_NAMES.slice(0, int(2, 3)).map((name) => name.toLowerCase());
  const evaluated = pick(planIds);

  const lines = [
    '# yaml-language-server: $schema=../schemas/vendor.schema.json',
    `# Synthetic evaluation ${index + 1} for the benchmark: every section of the schema.`,
    'schema_version: "2"',
    `id: ${id}`,
    `name: "${pick(PLACES)}课堂 Vendor ${index + 1}"`,
    `website: "https://www.${domain}"`,
    `category: [${pick(CATEGORIES)}]`,
    '',
    'evaluation:',
    '  evaluators:',
    ...evaluators.flatMap((name, i) => [`    - name: ${name}`, `      role: "${i ? 'Teacher representative, 教师代表' : 'IT lead, 信息中心主任'}"`]),
    `  evaluated_on: "${date(2025)}"`,
    `  review_by: "${date(reviewYear)}"`,
    `  plan: ${evaluated}`,
    '',
    'evidence:',
    ...evidenceIds.flatMap((evidenceId) => [
      `  - id: ${evidenceId}`,
      `    type: ${pick(EVIDENCE_TYPES)}`,
      `    reference: "https://www.${domain}/support/doc-${int(100, 999)}"`,
      ...(random() < 0.4 ? [`    published: "2025-${String(int(1, 6)).padStart(2, '0')}"`] : []),
      `    retrieved: "2025-${String(int(7, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}"`,
      ...(random() < 0.5 ? [`    note: "Checked by ${person()}; ticket ${int(10000, 99999)} agrees."`] : []),
    ]),
    '',
    'outsourcing:',
    `  rnd: ${pick(['in-house', 'partly-outsourced', 'fully-outsourced'])}`,
    `  support_organisation: ${pick(['self-built', 'hybrid', 'outsourced'])}`,
    `  partner_regions: [${pick(PLACES)}, ${pick(PLACES)}省]`,
    `  partners_trained: ${random() < 0.5}`,
    `  partner_escalation: ${pick(['direct', 'relay'])}`,
    `  organisation_public: ${random() < 0.7}`,
    `  evidence: ${cite()}`,
    '',
    'team_scale:',
    `  support_headcount: ${int(2, 200)}`,
    `  evidence: ${cite()}`,
    '',
    'support_plans:',
    ...planIds.flatMap((planId, tier) => {
      // Higher tiers answer faster and round the clock; the first counts in business hours.
      const business = tier === 0;
      return [
        `  - id: ${planId}`,
        `    name: ${PLAN_NAMES[tier]}`,
        '    price:',
        ...(tier === 0
          ? ['      model: free']
          : tier === 1
            ? ['      model: fixed', `      amount: ${int(10, 500) * 1000}`, '      currency: CNY', '      period: year']
            : ['      model: percent-of-spend', `      percent: ${int(4, 8)}`, `      minimum: ${int(1, 50) * 100}`, '      currency: USD', '      period: month']),
        `    hours: { critical: "${business ? 'business-hours' : '24x7'}", high: "${business ? 'business-hours' : pick(['24x7', 'extended'])}", normal: business-hours, low: business-hours }`,
        '    business_hours:',
        '      time_zone: Asia/Shanghai',
        '      days: [mon, tue, wed, thu, fri]',
        `      from: "0${int(8, 9)}:00"`,
        '      to: "18:00"',
        '    first_response:',
        ...SEVERITIES.map((severity, i) => `      ${severity}: { minutes: ${int(5, 30) * (i + 1) * (i + 1) * (3 - tier)}, clock: ${business || i > 1 ? 'business' : 'calendar'} }`),
        `    commitment: ${pick(['target', 'objective', 'sla-with-credits'])}`,
        ...(tier > 0 ? ['    restoration:', `      critical: { minutes: ${int(2, 8) * 60}, clock: calendar }`, '    update_interval:', '      critical: { minutes: 60, clock: calendar }'] : []),
        '    channels:',
        '      - channel: ticket',
        ...(tier > 0 ? ['      - channel: phone', '        severities: [critical, high]'] : []),
        '    urgent_escalation:',
        `      available: ${tier > 0 || random() < 0.3}`,
        `      channel: "7×24 hotline 400-${int(100, 999)}-${int(1000, 9999)}"`,
        `    account_management: ${tier === 2 ? 'named-manager' : 'ticket-rotation'}`,
        '    dedicated_group:',
        `      available: ${tier > 0 && random() < 0.7}`,
        `      roles: [${some(['csm', 'architect', 'rnd']).join(', ')}]`,
        `    architecture_consulting: ${tier > 0 && random() < 0.6}`,
        `    onsite_service: ${tier === 2 ? 'onsite' : 'remote-only'}`,
        '    languages: [zh-CN, en]',
        `    regions: [${pick(PLACES)}]`,
        `    evidence: ${cite()}`,
      ];
    }),
    '',
    'technical_depth:',
    `  customisation: ${pick(['none', 'configuration', 'extension', 'deep'])}`,
    `  rnd_direct_engagement: ${random() < 0.5}`,
    `  evidence: ${cite()}`,
    '',
    'industry_experience:',
    '  education_customers:',
    ...Array.from({ length: int(1, 3) }, () => [
      `    - name: ${pick(PLACES)}大学继续教育学院`,
      `      students: ${int(500, 90000)}`,
      `      since: ${int(2012, 2025)}`,
    ]).flat(),
    '  claimed_customers:',
    `    count: ${int(1, 500) * 100}`,
    '    unit: schools',
    `    evidence: ${cite()}`,
    `  scenarios: [${some(['multi-party', 'breakout-groups', 'peak-load']).join(', ')}]`,
    `  claimed_scenarios: [${some(['multi-party', 'breakout-groups', 'peak-load']).join(', ')}]`,
    `  evidence: ${cite()}`,
    '',
    'resource_investment:',
    `  value_added_services: [${some(['training', 'solution-review', 'stress-testing']).join(', ')}]`,
    `  developer_resources: [${some(['docs', 'sdk-downloads', 'integration-guides', 'faq']).join(', ')}]`,
    `  evidence: ${cite()}`,
    '',
    'trial_probes:',
    ...Array.from({ length: int(2, 3) }, () => {
      const first = int(2, 300);
      const day = `2025-${String(int(7, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
      return [
        `  - date: "${day}"`,
        `    opened_at: "${day}T${String(int(8, 22)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}+08:00"`,
        `    plan: ${pick(planIds)}`,
        `    channel: ${pick(CHANNELS)}`,
        `    severity: ${pick(SEVERITIES)}`,
        `    first_response_minutes: ${first}`,
        ...(random() < 0.8 ? [`    resolution_minutes: ${first + int(10, 600)}`] : []),
        `    templated_reply: ${random() < 0.3}`,
        `    reached_engineer: ${random() < 0.6}`,
        `    summary: "Simulated class of ${int(10, 60)} students; ${pick(['echo', 'frozen video', 'login failure', 'lag'])} reported at ${int(8, 22)}:${String(int(0, 59)).padStart(2, '0')}."`,
        `    evidence: ${cite()}`,
      ];
    }).flat(),
    '',
    'hidden_costs:',
    '  staff_turnover:',
    `    annual_rate_percent: ${int(2, 40)}`,
    `    contact_changes_last_year: ${int(0, 4)}`,
    '  peak_readiness:',
    `    capacity_planning: ${random() < 0.6}`,
    `    realtime_monitoring: ${random() < 0.6}`,
    `  evidence: ${cite()}`,
    '',
    'ratings:',
    ...RATED.flatMap((criterion) =>
      evaluators.map((evaluator) => [
        `  - criterion: ${criterion}`,
        `    evaluator: ${evaluator}`,
        `    score: ${int(1, 5)}`,
        `    justification: "${pick(['Diagnosed from the logs', 'Relayed the question', 'Clear to teachers', 'Pointed at the docs'])}; seen in probe ${int(1, 3)}."`,
        ...(random() < 0.5 ? [`    evidence: ${cite()}`] : []),
      ]),
    ).flat(),
    '',
    `notes: "Synthetic. Open question ${int(1, 9)}: the quote does not yet include on-site visits in exam weeks."`,
  ];
  return `${lines.join('\n')}\n`;
}

/** One mistake per broken file, rotating through the kinds the pipeline reports: syntax, schema, rules. */
function breakVendor(text: string, index: number): string {
  switch (Math.floor(index / 100) % 5) {
    case 0:
      return text.replace(/^( {4}hours: \{ critical: )"[^"]*"/m, '$1"24x8"');
    case 1:
      return text.replace(/^team_scale:\n/m, 'team_scale:\n   bad_indent: [\n');
    case 2:
      return text.replace(/^ {2}evidence: \[[^\]]*\]$/m, '  evidence: [E99]');
    case 3:
      return text.replace(/^category: .*$/m, (line) => `${line}\ncategory: rtc-paas`);
    default:
      return text.replace(/^ {2}support_headcount: \d+$/m, '  support_headcount: "many"');
  }
}
