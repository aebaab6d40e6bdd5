// Turns a score report, the rubric and the vendor files into the views templates show (report-view.ts): joins
// scores with the facts behind them, picks the report language's rubric texts, and puts everything in rubric and
// rank order, so templates never depend on the order scoring or the files happen to use.
import type { Aggregate, Criterion, Language, Level, LocalText, Rubric } from '../types/rubric.js';
import { compareText } from '../text/compare-text.js';
import { median } from '../score/aggregate-values.js';
import type { CriterionScore, Flag, ScoreReport, VendorScore, VendorSummary } from '../types/score.js';
import { compareClaims } from '../score/check-claims.js';
import { findOrderChanges, listQuestions } from '../score/list-questions.js';
import { VENDOR_SCHEMA } from '../validate/check-vendor-file.js';
import { describeFactTitles } from '../validate/fact-path.js';
import type { EvidenceType, Outsourcing, Severity, SeverityTargets, SupportPlan, TrialProbe, VendorEvaluation } from '../types/vendor.js';
import type { EnumKind, OutsourcingConcern } from './messages/catalogue.js';
import { RenderError } from './render-error.js';
import { selectOverview } from './select-overview.js';
import type { OverviewSelection } from './select-overview.js';
import type {
  CriterionView,
  MethodologyView,
  MatrixPart,
  ObservedFormat,
  OverviewVendorView,
  PerSeverity,
  PlanView,
  ProbeView,
  ReportView,
  RuleView,
  SeverityView,
  VendorPageView,
  VendorRef,
  VendorView,
} from './report-view.js';

export interface ReportViewInput {
  report: ScoreReport;
  rubric: Rubric;
  vendors: ReadonlyArray<{ file: string; data: VendorEvaluation }>;
  language: Language;
  /** How many vendors, and entries of each list, the comparison shows (select-overview.ts). */
  limit: number;
  /** The report sets in other languages, which the comparison links to. */
  otherSets?: ReadonlyArray<{ language: Language; path: string }>;
}

/** Facts whose values are enum codes, by path with list markers removed (`trial_probes[].channel` → `trial_probes.channel`). */
const FACT_ENUMS: Readonly<Record<string, EnumKind>> = {
  category: 'category',
  'outsourcing.rnd': 'rnd',
  'outsourcing.support_organisation': 'support-organisation',
  'outsourcing.partner_escalation': 'partner-escalation',
  'plan.hours.critical': 'support-hours',
  'plan.hours.high': 'support-hours',
  'plan.hours.normal': 'support-hours',
  'plan.hours.low': 'support-hours',
  'plan.first_response.critical.clock': 'clock',
  'plan.commitment': 'commitment',
  'plan.account_management': 'account-management',
  'plan.dedicated_group.roles': 'group-role',
  'plan.price.model': 'price-model',
  'plan.onsite_service': 'onsite-service',
  'technical_depth.customisation': 'customisation',
  'industry_experience.scenarios': 'scenario',
  'industry_experience.claimed_scenarios': 'scenario',
  'resource_investment.value_added_services': 'value-added-service',
  'resource_investment.developer_resources': 'developer-resource',
  'trial_probes.channel': 'probe-channel',
  'trial_probes.severity': 'severity',
  'evidence.type': 'evidence-type',
};

const RATINGS = ['1', '2', '3', '4', '5'] as const;
const SEVERITIES: readonly Severity[] = ['critical', 'high', 'normal', 'low'];
const EVIDENCE_TYPES: readonly EvidenceType[] = ['observed-trial', 'contract', 'reference-customer', 'public-document', 'third-party', 'vendor-claim'];

/** The views of one rendering: the comparison's, and each vendor's page, each vendor's view built once. */
export interface ReportViews {
  overview: ReportView;
  page(score: VendorScore): VendorPageView;
}

export function createReportViews(input: ReportViewInput): ReportViews {
  const { report, rubric, language } = input;
  const lookup = createRubricLookup(rubric, language);
  const dataById = new Map(input.vendors.map((vendor) => [vendor.data.id, vendor.data]));
  const buildVendor = (score: VendorScore): VendorView => {
    const data = dataById.get(score.id);
    if (!data) throw new RenderError(`The score report has vendor "${score.id}" but no vendor file was given for it`);
    return buildVendorView(score, data, lookup);
  };
  const selection = selectOverview(report.vendors, input.limit);
  const picked = new Set(selection.files);
  // The comparison shows its vendors' views trimmed; their pages reuse the same views.
  const shown = new Map(report.vendors.filter((score) => picked.has(score.file)).map((score) => [score.file, buildVendor(score)]));
  const overview = buildOverviewView({ report, rubric, lookup, selection, shown, otherSets: input.otherSets ?? [] });
  return {
    overview,
    page: (score) => ({ rubricVersion: report.rubric_version, vendorCount: report.vendors.length, vendor: shown.get(score.file) ?? buildVendor(score) }),
  };
}

/** The comparison sees every vendor it lists without the details that only the vendor's page shows. */
function toOverviewVendor(vendor: VendorView): OverviewVendorView {
  const { dimensions, probes: _probes, ratings: _ratings, evidence: _evidence, questions: _questions, ...overview } = vendor;
  return { ...overview, dimensions: dimensions.map(({ criteria: _criteria, ...dimension }) => dimension) };
}

/** The comparison's view (README.md): `shown` holds, by file, the views of the vendors `selection` picks. */
function buildOverviewView(input: {
  report: ScoreReport;
  rubric: Rubric;
  lookup: RubricLookup;
  selection: OverviewSelection;
  shown: ReadonlyMap<string, VendorView>;
  otherSets: ReadonlyArray<{ language: Language; path: string }>;
}): ReportView {
  const { report, rubric, lookup, selection } = input;
  const { limit } = selection;
  const ranked = report.vendors;
  const overviewOf = (summary: VendorSummary): OverviewVendorView => toOverviewVendor(input.shown.get(summary.file)!);
  /** The first `limit` entries of a list (selectOverview picked them), best-ranked first. */
  const listed = <T>(list: keyof OverviewSelection['lists'], entriesOf: (vendor: OverviewVendorView) => T[]): T[] =>
    selection.lists[list].flatMap(({ vendor, taken }) => entriesOf(overviewOf(vendor)).slice(0, taken));
  const toRef = (vendor: { id: string; name: string }): VendorRef => ({ id: vendor.id, name: vendor.name });
  const refOf = (id: string): VendorRef => {
    const vendor = ranked.find((candidate) => candidate.id === id);
    if (!vendor) throw new RenderError(`The robustness analysis names vendor "${id}", which the score report does not have`);
    return toRef(vendor);
  };
  const vendors = ranked.slice(0, limit).map(overviewOf);
  const dimensions = lookup.dimensions.map(({ id, title, weight }) => ({ id, title, weight: weight / 100 }));
  const listedIds = new Set(vendors.map((vendor) => vendor.id));
  const orderChanges = findOrderChanges(report.vendors, rubric)
    .filter((change) => listedIds.has(change.below) && listedIds.has(change.above))
    .map((change) => ({ below: refOf(change.below), above: refOf(change.above), answers: change.answers, gap: change.gap }));
  return {
    otherSets: [...input.otherSets],
    orderChanges,
    matrix: splitMatrix(dimensions, vendors),
    rubricVersion: report.rubric_version,
    vendorCount: ranked.length,
    gates: lookup.gates.map(({ id, title }) => ({ id, title })),
    dimensions,
    vendors,
    more: selection.more,
    contradictions: listed('contradictions', (vendor) => vendor.flags.contradictions.map((flag) => ({ vendor: toRef(vendor), ...flag }))),
    disagreements: listed('disagreements', (vendor) => vendor.flags.disagreements.map((flag) => ({ vendor: toRef(vendor), ...flag }))),
    stale: listed('stale', (vendor) => [{ vendor: toRef(vendor), evaluatedOn: vendor.evaluation.evaluatedOn, reviewBy: vendor.evaluation.reviewBy }]),
    robustness: {
      leader: report.robustness.leader === null ? null : refOf(report.robustness.leader),
      runnerUp: report.robustness.runner_up === null ? null : refOf(report.robustness.runner_up),
      flip: report.robustness.flip && {
        dimension: lookup.dimension(report.robustness.flip.dimension).title,
        change: report.robustness.flip.change,
      },
      // In rank order, not the record's key order: the report must not depend on how scoring built the record.
      winProbabilities: vendors.map((vendor) => ({ vendor: toRef(vendor), probability: report.robustness.win_probability[vendor.id] ?? 0 })),
      seed: String(report.robustness.seed),
      samples: report.robustness.samples,
      spread: rubric.robustness.spread,
    },
    // The range and its lower end, which ranks; the score over what is known only where enough is known.
    chart: {
      rows: vendors.map((vendor) => ({
        name: vendor.name,
        rank: vendor.rank,
        standing: vendor.standing,
        lower: vendor.total.lower,
        upper: vendor.total.upper,
        score: vendor.knownScore,
      })),
    },
    methodology: buildMethodologyView(rubric, lookup),
  };
}

/** Dimensions a matrix table shows at most: more and the table is wider than GitHub's content column. */
const MATRIX_COLUMNS = 4;

/** The dimension matrix in parts of at most MATRIX_COLUMNS dimensions, as even as possible. */
function splitMatrix(dimensions: ReportView['dimensions'], vendors: readonly OverviewVendorView[]): MatrixPart[] {
  const parts = Math.max(1, Math.ceil(dimensions.length / MATRIX_COLUMNS));
  const size = Math.ceil(dimensions.length / parts);
  return Array.from({ length: parts }, (_, part) => {
    const start = part * size;
    const shown = dimensions.slice(start, start + size);
    return {
      from: start + 1,
      to: start + shown.length,
      count: dimensions.length,
      dimensions: shown,
      rows: vendors.map((vendor) => ({
        id: vendor.id,
        name: vendor.name,
        cells: vendor.dimensions.slice(start, start + size),
        goodDimensions: vendor.goodDimensions,
        dimensionCount: vendor.dimensionCount,
      })),
      last: part === parts - 1,
      split: parts > 1,
    };
  });
}

interface RubricLookup {
  text(text: LocalText): string;
  optionalText(text: LocalText | undefined): string | null;
  /** In rubric order; weight in percent, as the rubric has it. */
  dimensions: Array<{ id: string; title: string; weight: number }>;
  gates: Array<{ id: string; title: string; fact: string; aggregate: Aggregate | null }>;
  dimension(id: string): { title: string };
  criterion(id: string): { title: string; criterion: Criterion };
  /** One view per criterion, shared by every vendor's page (the helpers format it once). */
  rule(criterion: Criterion): RuleView;
  /** The rubric's minimum coverage, below which a total or a dimension's level is no finding. */
  minCoverage: number;
  /** What to ask the vendor next, in the report's language (list-questions.ts). */
  questions(score: VendorScore): VendorView['questions'];
  /** A fact's name in the report's language, from the vendor schema's titles: "Evaluated plan › Support hours per severity › Critical". */
  factLabel(fact: string): string;
}

function createRubricLookup(rubric: Rubric, language: Language): RubricLookup {
  const text = (value: LocalText) => value[language];
  const find = <T extends { id: string }>(items: readonly T[], id: string, what: string): T => {
    const item = items.find((candidate) => candidate.id === id);
    if (!item) throw new RenderError(`The score report refers to ${what} "${id}", which rubric ${rubric.version} does not have`);
    return item;
  };
  const criteria = rubric.dimensions.flatMap((dimension) => dimension.criteria);
  const rules = new Map<Criterion, RuleView>();
  const factLabel = (fact: string) => {
    const titles = describeFactTitles(VENDOR_SCHEMA, fact);
    // Titles read "English / 中文"; a title without the separator is the same in both languages.
    return titles ? titles.map((title) => title.split(' / ')[language === 'en' ? 0 : 1] ?? title).join(' › ') : fact;
  };
  return {
    text,
    optionalText: (value) => (value ? text(value) : null),
    dimensions: rubric.dimensions.map((dimension) => ({ id: dimension.id, title: text(dimension.title), weight: dimension.weight })),
    gates: rubric.gates.map((gate) => ({ id: gate.id, title: text(gate.title), fact: gate.fact, aggregate: gate.aggregate ?? null })),
    dimension: (id) => ({ title: text(find(rubric.dimensions, id, 'dimension').title) }),
    criterion: (id) => {
      const criterion = find(criteria, id, 'criterion');
      return { title: text(criterion.title), criterion };
    },
    minCoverage: rubric.missing_data.min_coverage,
    factLabel,
    questions: (score) => listQuestions(score, rubric).map((question) => ({ kind: question.kind, question: text(question.question), title: text(question.title), effect: question.effect })),
    rule: (criterion) => {
      let rule = rules.get(criterion);
      if (!rule) {
        rule = buildRuleView(criterion, factLabel);
        rules.set(criterion, rule);
      }
      return rule;
    },
  };
}

function buildVendorView(score: VendorScore, data: VendorEvaluation, lookup: RubricLookup): VendorView {
  const dimensions = lookup.dimensions.map(({ id, title }) => {
    const found = findScored(score.dimensions, (candidate) => candidate.dimension === id, { vendor: score.id, what: `dimension "${id}"` });
    const { weight, level, score: points, lower, upper, coverage, confidence, good } = found;
    const criteria = score.criteria.filter((criterion) => criterion.dimension === id).map((criterion) => buildCriterionView(criterion, lookup));
    return { id, title, weight: weight / 100, level, score: points, lower, upper, coverage, confidence, good, known: coverage >= lookup.minCoverage, criteria };
  });
  const gates = lookup.gates.map((gate) => {
    const result = findScored(score.gates, (candidate) => candidate.gate === gate.id, { vendor: score.id, what: `gate "${gate.id}"` });
    return { id: gate.id, title: gate.title, status: result.status, observed: result.observed, format: formatOfFact(gate.fact, gate.aggregate) };
  });
  const probes = data.trial_probes ?? [];
  const contradictions = score.flags.flatMap((flag) => (flag.kind === 'claim-contradicted' ? [flag] : []));
  const stale = score.flags.some((flag) => flag.kind === 'stale');
  const { outsourcing, team_scale: team } = data;
  const { technical_depth: depth, industry_experience: industry, resource_investment: resources, hidden_costs: costs } = data;
  const plans = data.support_plans.map((plan) => buildPlanView(plan, score));
  const planNames = new Map(data.support_plans.map((plan) => [plan.id, plan.name]));
  const evaluated = plans.find((plan) => plan.evaluated);
  if (!evaluated) throw new RenderError(`The score report names plan "${score.plan}" for vendor "${score.id}", which its file does not have`);
  return {
    id: score.id,
    name: score.name,
    file: score.file,
    rank: score.rank,
    standing: score.standing,
    category: data.category,
    website: data.website ?? null,
    total: score.total,
    knownScore: score.standing === 'insufficient-data' ? null : score.total.score,
    band: score.band,
    verdict: score.verdict,
    goodDimensions: score.good_dimensions,
    dimensionCount: score.dimensions.length,
    evaluation: {
      evaluators: data.evaluation.evaluators.map((evaluator) => ({ name: evaluator.name, role: evaluator.role ?? null })),
      evaluatedOn: data.evaluation.evaluated_on,
      reviewBy: data.evaluation.review_by,
      stale,
    },
    // In rubric order, like the columns of the comparison, whatever order scoring listed them in.
    gates,
    dimensions,
    outsourcing: {
      rnd: outsourcing?.rnd ?? null,
      supportOrganisation: outsourcing?.support_organisation ?? null,
      partnerRegions: outsourcing?.partner_regions ?? null,
      partnersTrained: outsourcing?.partners_trained ?? null,
      partnerEscalation: outsourcing?.partner_escalation ?? null,
      organisationPublic: outsourcing?.organisation_public ?? null,
      partnersNotApplicable: outsourcing?.support_organisation === 'self-built',
      concerns: describeOutsourcingConcerns(outsourcing ?? {}),
      evidence: outsourcing?.evidence ?? [],
    },
    team: { headcount: team?.support_headcount ?? null, evidence: team?.evidence ?? [] },
    plan: evaluated,
    plans,
    response: { severities: buildSeverityViews(data, planNames) },
    depth: {
      customisation: depth?.customisation ?? null,
      rndDirectEngagement: depth?.rnd_direct_engagement ?? null,
      evidence: depth?.evidence ?? [],
    },
    industry: {
      customers: (industry?.education_customers ?? []).map((customer) => ({
        name: customer.name,
        students: customer.students ?? null,
        since: customer.since ?? null,
      })),
      claimedCustomers: industry?.claimed_customers
        ? {
            count: industry.claimed_customers.count,
            unit: industry.claimed_customers.unit,
            asStated: industry.claimed_customers.as_stated ?? null,
            evidence: industry.claimed_customers.evidence ?? [],
          }
        : null,
      scenarios: industry?.scenarios ?? null,
      claimedScenarios: industry?.claimed_scenarios ?? null,
      evidence: industry?.evidence ?? [],
    },
    resources: {
      valueAddedServices: resources?.value_added_services ?? null,
      developerResources: resources?.developer_resources ?? null,
      evidence: resources?.evidence ?? [],
    },
    costs: {
      turnover: costs?.staff_turnover?.annual_rate_percent === undefined ? null : costs.staff_turnover.annual_rate_percent / 100,
      contactChanges: costs?.staff_turnover?.contact_changes_last_year ?? null,
      capacityPlanning: costs?.peak_readiness?.capacity_planning ?? null,
      realtimeMonitoring: costs?.peak_readiness?.realtime_monitoring ?? null,
      trialMedianFirstResponse: median(probes.map((probe) => probe.first_response_minutes)),
      evidence: costs?.evidence ?? [],
    },
    probes: probes.map((probe) => buildProbeView(probe, planNames.get(probe.plan) ?? probe.plan)),
    ratings: (data.ratings ?? []).map((rating) => ({
      criterion: lookup.criterion(rating.criterion).title,
      evaluator: rating.evaluator,
      score: rating.score,
      justification: rating.justification,
      evidence: rating.evidence ?? [],
    })),
    flags: {
      total: score.flags.length,
      contradictions: contradictions.map((flag) => ({
        plan: planNames.get(flag.plan) ?? flag.plan,
        severity: flag.severity,
        claimed: { minutes: flag.claimed_minutes, clock: flag.clock },
        observedMedianMinutes: flag.observed_median_minutes,
        observedWorstMinutes: flag.observed_worst_minutes,
        probes: flag.probes,
      })),
      disagreements: score.flags.flatMap((flag) =>
        flag.kind === 'evaluator-disagreement'
          ? [{ criterion: lookup.criterion(flag.criterion).title, min: flag.min, max: flag.max, evaluators: flag.evaluators }]
          : [],
      ),
      stale,
    },
    evidence: (data.evidence ?? []).map((evidence) => ({
      id: evidence.id,
      type: evidence.type,
      reference: evidence.reference,
      published: evidence.published ?? null,
      retrieved: evidence.retrieved,
      note: evidence.note ?? null,
    })),
    cited: {
      who: citedBy(outsourcing, team),
      fast: citedBy(...data.support_plans),
      deep: citedBy(depth, industry, industry?.claimed_customers, resources),
      cost: citedBy(costs),
    },
    notes: data.notes ?? null,
    summary: summarise(dimensions, gates, lookup.minCoverage),
    questions: lookup.questions(score),
  };
}

/** Why a vendor stands where it does, from its results: its strongest and weakest known dimensions and its gates. */
function summarise(
  dimensions: ReadonlyArray<{ title: string; level: Level | null; score: number | null; known: boolean }>,
  gates: ReadonlyArray<{ title: string; status: string }>,
  minCoverage: number,
): VendorView['summary'] {
  const known = dimensions.filter((dimension) => dimension.known && dimension.level !== null && dimension.score !== null);
  // Stable: the first of equal scores in rubric order.
  const best = known.reduce<(typeof known)[number] | null>((top, dimension) => (!top || dimension.score! > top.score! ? dimension : top), null);
  const worst = known.reduce<(typeof known)[number] | null>((low, dimension) => (!low || dimension.score! < low.score! ? dimension : low), null);
  return {
    strongest: best && { title: best.title, level: best.level! },
    weakest: worst && worst !== best ? { title: worst.title, level: worst.level! } : null,
    failedGates: gates.filter((gate) => gate.status === 'fail').map((gate) => gate.title),
    unknownGates: gates.filter((gate) => gate.status === 'unknown').map((gate) => gate.title),
    minCoverage,
  };
}

function citedBy(...sections: ReadonlyArray<{ evidence?: string[] } | undefined>): string[] {
  return [...new Set(sections.flatMap((section) => section?.evidence ?? []))];
}

/** Each plan's promises against the probes run under it, per severity that has either; scoring's own comparison. */
function buildSeverityViews(data: VendorEvaluation, planNames: ReadonlyMap<string, string>): SeverityView[] {
  const checks = compareClaims(data);
  return data.support_plans.flatMap((plan) =>
    SEVERITIES.flatMap((severity) => {
      const claimed = plan.first_response?.[severity] ?? null;
      const probes = (data.trial_probes ?? []).filter((probe) => probe.plan === plan.id && probe.severity === severity).length;
      if (claimed === null && probes === 0) return [];
      const check = checks.find((candidate) => candidate.plan === plan.id && candidate.severity === severity);
      const calendar = (data.trial_probes ?? []).filter((probe) => probe.plan === plan.id && probe.severity === severity).map((probe) => probe.first_response_minutes);
      return [
        {
          plan: planNames.get(plan.id) ?? plan.id,
          severity,
          claimed,
          observedMedianMinutes: check ? check.observed_median_minutes : median(calendar),
          observedWorstMinutes: check ? check.observed_worst_minutes : calendar.length > 0 ? Math.max(...calendar) : null,
          probes,
          uncounted: check?.uncounted ?? (claimed?.clock === 'business' ? probes : 0),
          contradicted: check && check.observed_median_minutes !== null ? check.contradicted : null,
        },
      ];
    }),
  );
}

function buildPlanView(plan: SupportPlan, score: VendorScore): PlanView {
  const result = score.plans.find((candidate) => candidate.plan === plan.id);
  if (!result) throw new RenderError(`The score report has no total under plan "${plan.id}" of vendor "${score.id}"`);
  const hours = plan.business_hours;
  return {
    id: plan.id,
    name: plan.name,
    evaluated: result.evaluated,
    total: result.total,
    verdict: result.verdict,
    band: result.band,
    price: plan.price ?? null,
    hours: perSeverity(plan.hours),
    businessHours: hours ? { timeZone: hours.time_zone, days: hours.days, from: hours.from, to: hours.to } : null,
    firstResponse: perSeverity(plan.first_response),
    commitment: plan.commitment ?? null,
    restoration: perSeverity(plan.restoration),
    resolution: perSeverity(plan.resolution),
    updateInterval: perSeverity(plan.update_interval),
    channels: plan.channels?.map((entry) => ({ channel: entry.channel, severities: entry.severities ?? null })) ?? null,
    urgentEscalation: plan.urgent_escalation?.available ?? null,
    urgentChannel: plan.urgent_escalation?.channel ?? null,
    accountManagement: plan.account_management ?? null,
    dedicatedGroup: plan.dedicated_group?.available ?? null,
    groupRoles: plan.dedicated_group?.roles ?? null,
    architectureConsulting: plan.architecture_consulting ?? null,
    onsite: plan.onsite_service ?? null,
    languages: plan.languages ?? null,
    regions: plan.regions ?? null,
    evidence: plan.evidence ?? [],
    notes: plan.notes ?? null,
  };
}

function perSeverity<T>(values: Partial<Record<Severity, T>> | SeverityTargets | undefined): PerSeverity<T> {
  const record = (values ?? {}) as Partial<Record<Severity, T>>;
  return { critical: record.critical ?? null, high: record.high ?? null, normal: record.normal ?? null, low: record.low ?? null };
}

function buildCriterionView(score: CriterionScore, lookup: RubricLookup): CriterionView {
  const { title, criterion } = lookup.criterion(score.criterion);
  return {
    id: score.criterion,
    title,
    kind: score.kind,
    weight: score.weight / 100,
    applicable: score.applicable,
    answered: score.answered,
    level: score.level,
    observed: score.observed,
    format: 'fact' in criterion ? formatOfFact(criterion.fact, criterion.aggregate ?? null) : null,
    rule: lookup.rule(criterion),
    evidence: score.evidence,
    confidence: score.confidence,
    ratings: score.ratings ?? [],
  };
}

function buildProbeView(probe: TrialProbe, plan: string): ProbeView {
  return {
    date: probe.date,
    plan,
    channel: probe.channel,
    severity: probe.severity,
    firstResponseMinutes: probe.first_response_minutes,
    resolved: probe.resolution_minutes !== undefined,
    resolutionMinutes: probe.resolution_minutes ?? null,
    templatedReply: probe.templated_reply,
    reachedEngineer: probe.reached_engineer,
    summary: probe.summary ?? null,
    evidence: probe.evidence ?? [],
  };
}

function buildRuleView(criterion: Criterion, factLabel: (fact: string) => string): RuleView {
  if (!('fact' in criterion)) return { kind: 'rating' };
  const aggregate = criterion.aggregate ?? null;
  const format = formatOfFact(criterion.fact, aggregate);
  const named = { fact: criterion.fact, factLabel: factLabel(criterion.fact) };
  if (criterion.thresholds) {
    const direction = criterion.direction ?? 'benefit';
    return { kind: 'thresholds', ...named, aggregate, format, direction, thresholds: [...criterion.thresholds] };
  }
  return {
    kind: 'levels',
    ...named,
    aggregate,
    format,
    // Highest level first: the order a reader scans for "what does it take to score well".
    levels: Object.entries(criterion.levels ?? {})
      .map(([value, level]) => ({ value, level }))
      .sort((a, b) => b.level - a.level || compareText(a.value, b.value)),
  };
}

function buildMethodologyView(rubric: Rubric, lookup: RubricLookup): MethodologyView {
  return {
    rubricVersion: rubric.version,
    dimensions: rubric.dimensions.map((dimension) => ({
      id: dimension.id,
      title: lookup.text(dimension.title),
      description: lookup.optionalText(dimension.description),
      weight: dimension.weight / 100,
      criteria: dimension.criteria.map((criterion) => ({
        id: criterion.id,
        title: lookup.text(criterion.title),
        description: lookup.optionalText(criterion.description),
        kind: 'fact' in criterion ? 'fact' : 'rating',
        weightInDimension: criterion.weight / 100,
        weight: (dimension.weight * criterion.weight) / 10_000,
        rule: lookup.rule(criterion),
        appliesWhen: criterion.applies_when
          ? {
              fact: criterion.applies_when.fact,
              factLabel: lookup.factLabel(criterion.applies_when.fact),
              values: criterion.applies_when.in.map(String),
              format: formatOfFact(criterion.applies_when.fact, null),
            }
          : null,
      })),
    })),
    ratingAnchors: rubric.dimensions.flatMap((dimension) =>
      dimension.criteria.flatMap((criterion) =>
        'rating' in criterion
          ? [{ criterion: lookup.text(criterion.title), anchors: RATINGS.map((score) => lookup.text(criterion.rating.anchors[score])) }]
          : [],
      ),
    ),
    gates: rubric.gates.map((gate) => ({
      id: gate.id,
      title: lookup.text(gate.title),
      fact: gate.fact,
      factLabel: lookup.factLabel(gate.fact),
      aggregate: gate.aggregate ?? null,
      passWhen: gate.pass_when,
      format: formatOfFact(gate.fact, gate.aggregate ?? null),
    })),
    verdict: { goodLevel: rubric.verdict.good_level, lowRiskShare: rubric.verdict.low_risk_share, bands: rubric.verdict.bands },
    evidence: {
      factors: EVIDENCE_TYPES.map((type) => ({ type, factor: rubric.evidence.factors[type] })),
      unsupportedFactor: rubric.evidence.unsupported_factor,
      halfLifeDays: rubric.evidence.half_life_days,
    },
    minCoverage: rubric.missing_data.min_coverage,
  };
}

/**
 * The article's reading of the outsourcing facts: outsourced core audio-video R&D is a serious risk; service
 * partners are fine when trained and able to reach core engineering, a problem when they only relay (传话筒).
 */
function describeOutsourcingConcerns(outsourcing: Outsourcing): OutsourcingConcern[] {
  const concerns: OutsourcingConcern[] = [];
  if (outsourcing.rnd === undefined) concerns.push('rnd-unknown');
  else if (outsourcing.rnd !== 'in-house') concerns.push('rnd-outsourced');
  // Unknown is not "no concern": who answers the phone is the question the article starts with.
  if (outsourcing.support_organisation === undefined) concerns.push('organisation-unknown');
  if (outsourcing.partner_escalation === 'relay') concerns.push('partners-relay');
  if (outsourcing.partners_trained === false) concerns.push('partners-untrained');
  if (outsourcing.organisation_public === false) concerns.push('organisation-undisclosed');
  return concerns.length > 0 ? concerns : ['none'];
}

/** `what` names the result looked for in the error, e.g. `gate "x"`, should the score report lack it. */
function findScored<T>(items: readonly T[], matches: (item: T) => boolean, { vendor, what }: { vendor: string; what: string }): T {
  const item = items.find(matches);
  if (!item) throw new RenderError(`The score report has no result for ${what} of vendor "${vendor}"`);
  return item;
}

function formatOfFact(fact: string, aggregate: Aggregate | null): ObservedFormat {
  if (aggregate === 'share-true') return 'share';
  if (aggregate === 'count') return null;
  if (fact.endsWith('_minutes')) return 'minutes';
  return FACT_ENUMS[fact.replaceAll('[]', '')] ?? null;
}
