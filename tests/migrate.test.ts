// `vendor-review migrate` rewrites schema-1 vendor files as schema 2 in place: what a user checks is that the new
// file reads as the old one did (comments, order, quotes), that every fact is at its schema-2 place, that the
// result is valid schema 2, and that a file migrate cannot read is refused without writing anything.
import { readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateVendor } from '../action/src/core/migrate/migrate-vendor.js';
import { missingComments } from '../action/src/core/migrate/yaml-comments.js';
import { parseYaml } from '../action/src/core/validate/parse-yaml.js';
import { validateAgainstSchema } from '../action/src/core/validate/validate-schema.js';
import { OWN_INPUTS, runCliCaptured } from './support/run-cli.js';
import { REPO_ROOT, createTempProject, readProjectFiles } from './support/temp-project.js';
import type { TempProject } from './support/temp-project.js';

const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures/v1');
const fixtureFiles = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.yaml'))
  .sort();
const fixture = (file: string) => readFileSync(path.join(FIXTURES, file), 'utf8');

function migrated(file: string, text: string): string {
  const result = migrateVendor({ path: file, text });
  if (result.status !== 'migrated') throw new Error(`${file}: ${JSON.stringify(result)}`);
  return result.text;
}

const HAND_WRITTEN_V1 = `# yaml-language-server: $schema=../schemas/vendor.schema.json
# Lumen Class: a hand-written schema-1 file.
schema_version: "1" # the format
id: lumen-class
name: "流明课堂 Lumen Class"
category: rtc-paas # the main product

# Who and when
evaluation:
  evaluators:
    - name: 王芳 # IT lead
  evaluated_on: "2026-09-01"
  review_by: "2027-09-01"

evidence:
  # The contract comes first
  - id: E1
    type: contract
    reference: "Service agreement §4"
    date: "2026-08-20" # signed draft
  - id: E2
    type: observed-trial
    reference: "Trial tickets LC-1 to LC-4"
    date: '2026-08-25'

team_scale:
  support_headcount: 30
  # The whole team's hours
  coverage: "24x7" # two desks
  evidence: [E1]

# Response
response_time: # from the contract
  first_response_minutes:
    critical: 15 # phone only
    high: 60
  urgent_escalation:
    available: true
    channel: "Hotline 400-000-0000"
  evidence: [E1] # §4

# Service
service_model:
  account_management: named-manager
  dedicated_group:
    available: true
    roles:
      - csm # named
      - architect
  evidence: [E1, E2]

trial_probes:
  # The night probe
  - date: "2026-08-25"
    channel: phone
    severity: critical
    first_response_minutes: 9
    templated_reply: false
    reached_engineer: true
    evidence: [E2]

hidden_costs:
  support_fee: # billed separately
    model: extra
  onsite_service: onsite
  staff_turnover:
    annual_rate_percent: 12
  evidence: [E1]

notes: "Ask for the support fee in writing." # open question
# end of file
`;

const HAND_WRITTEN_V2 = `# yaml-language-server: $schema=../schemas/vendor.schema.json
# Lumen Class: a hand-written schema-1 file.
schema_version: "2" # the format
id: lumen-class
name: "流明课堂 Lumen Class"
category: [rtc-paas] # the main product

# Who and when
evaluation:
  evaluators:
    - name: 王芳 # IT lead
  evaluated_on: "2026-09-01"
  review_by: "2027-09-01"
  plan: evaluated

evidence:
  # The contract comes first
  - id: E1
    type: contract
    reference: "Service agreement §4"
    retrieved: "2026-08-20" # signed draft
  - id: E2
    type: observed-trial
    reference: "Trial tickets LC-1 to LC-4"
    retrieved: '2026-08-25'

team_scale:
  support_headcount: 30
  evidence: [E1]

# Response
# Service
support_plans: # from the contract
  # Migrated from schema 1: this plan holds the support terms the file stated. Rename it as the vendor sells it and add the vendor's other plans.
  - id: evaluated
    name: Evaluated plan
    price: # billed separately
      model: quote # schema 1: support billed extra, amount not stated
    # The whole team's hours
    hours: # two desks
      critical: "24x7"
      high: "24x7"
      normal: "24x7"
      low: "24x7"
    first_response:
      critical: {minutes: 15, clock: calendar} # phone only
      high: {minutes: 60, clock: calendar}
    urgent_escalation:
      available: true
      channel: "Hotline 400-000-0000"
    account_management: named-manager
    dedicated_group:
      available: true
      roles:
        - csm # named
        - architect
    onsite_service: onsite
    # §4
    evidence: [E1, E2]

trial_probes:
  # The night probe
  - date: "2026-08-25"
    plan: evaluated
    channel: phone
    severity: critical
    first_response_minutes: 9
    templated_reply: false
    reached_engineer: true
    evidence: [E2]

hidden_costs:
  staff_turnover:
    annual_rate_percent: 12
  evidence: [E1]

notes: "Ask for the support fee in writing." # open question
# end of file
`;

describe('migrateVendor', () => {
  it('rewrites a commented schema-1 file as schema 2, every comment, quote and blank line in its place', () => {
    expect(migrateVendor({ path: 'vendors/lumen-class.yaml', text: HAND_WRITTEN_V1 })).toEqual({ status: 'migrated', text: HAND_WRITTEN_V2 });
  });

  it('turns the support fee into the plan price: included, a fixed yearly amount, or a quote that says what schema 1 said', () => {
    const withFee = (fee: string) => `schema_version: "1"\nhidden_costs:\n  support_fee:\n${fee}  evidence: [E1]\n`;
    const plan = (price: string) =>
      'schema_version: "2"\nsupport_plans:\n' +
      "  # Migrated from schema 1: this plan holds the support terms the file stated. Rename it as the vendor sells it and add the vendor's other plans.\n" +
      `  - id: evaluated\n    name: Evaluated plan\n    price:\n${price}    evidence: [E1]\n`;
    expect(migrated('a.yaml', withFee('    model: included\n'))).toBe(plan('      model: included\n'));
    // Written order is kept: the period follows the amount and currency wherever they stand.
    expect(migrated('a.yaml', withFee('    model: extra\n    currency: EUR\n    annual_amount: 1200.50 # per campus\n'))).toBe(
      plan('      model: fixed\n      currency: EUR\n      amount: 1200.50 # per campus\n      period: year\n'),
    );
    expect(migrated('a.yaml', withFee('    model: extra\n'))).toBe(plan('      model: quote # schema 1: support billed extra, amount not stated\n'));
    // A comment already on the model keeps its line; what schema 1 said goes above it.
    expect(migrated('a.yaml', withFee("    model: 'extra' # negotiable\n"))).toBe(
      plan("      # schema 1: support billed extra, amount not stated\n      model: 'quote' # negotiable\n"),
    );
  });

  it('places support_plans after team_scale when no section it replaces exists, and keeps a section that still holds facts', () => {
    const text = 'schema_version: "1"\nteam_scale:\n  support_headcount: 9\n  coverage: extended\n  evidence: [E2]\n\nnotes: "x"\n';
    expect(migrated('a.yaml', text)).toBe(
      'schema_version: "2"\nteam_scale:\n  support_headcount: 9\n  evidence: [E2]\n\nsupport_plans:\n' +
        "  # Migrated from schema 1: this plan holds the support terms the file stated. Rename it as the vendor sells it and add the vendor's other plans.\n" +
        '  - id: evaluated\n    name: Evaluated plan\n    hours:\n      critical: extended\n      high: extended\n      normal: extended\n      low: extended\n    evidence: [E2]\n\nnotes: "x"\n',
    );
  });

  it('keeps Windows line endings', () => {
    const text = migrated('a.yaml', 'schema_version: "1"\r\ncategory: rtc-paas # main\r\n');
    expect(text).toBe(
      'schema_version: "2"\r\ncategory: [rtc-paas] # main\r\nsupport_plans:\r\n' +
        "  # Migrated from schema 1: this plan holds the support terms the file stated. Rename it as the vendor sells it and add the vendor's other plans.\r\n" +
        '  - id: evaluated\r\n    name: Evaluated plan\r\n',
    );
  });

  it('leaves a schema-2 file exactly as it is', () => {
    expect(migrateVendor({ path: 'vendors/lumen-class.yaml', text: HAND_WRITTEN_V2 })).toEqual({ status: 'current', text: HAND_WRITTEN_V2 });
  });

  describe.each(fixtureFiles)('tests/fixtures/v1/%s', (file) => {
    const v1Text = fixture(file);
    const v2Text = migrated(`vendors/${file}`, v1Text);

    it('becomes a valid schema-2 vendor file', () => {
      const parsed = parseYaml({ path: `vendors/${file}`, text: v2Text });
      expect(parsed.findings).toEqual([]);
      expect(validateAgainstSchema(parsed, 'vendor')).toEqual([]);
    });

    it('keeps every schema-1 fact, each at its schema-2 place', () => {
      const v1 = parseYaml({ path: file, text: v1Text }).data as Data;
      const v2 = parseYaml({ path: file, text: v2Text }).data as Data;
      let checked = 0;
      for (const [at, value] of leaves(v1)) {
        for (const place of placesInSchema2(at, value, { v1, v2 })) {
          if ('cited' in place) expect(read(v2, 'support_plans.0.evidence'), `${at} → the plan's evidence`).toContain(place.cited);
          else expect(read(v2, place.at), `${at} → ${place.at}`).toEqual(place.value);
          checked += 1;
        }
      }
      expect(checked).toBeGreaterThan(20);
    });

    it('keeps every comment line', () => {
      const comments = v1Text.split('\n').flatMap((line) => /(?:^|\s)(#.*)$/.exec(line)?.[1] ?? []);
      expect(comments.length).toBeGreaterThan(0);
      for (const comment of comments) expect(v2Text).toContain(comment);
    });

    it('is left unchanged when migrated again', () => {
      expect(migrateVendor({ path: `vendors/${file}`, text: v2Text })).toEqual({ status: 'current', text: v2Text });
    });
  });

  it('would notice a comment lost on the way (its last check before writing), and takes no # in a string for one', () => {
    const input = 'a: "#not" # kept\n# lost\nb: 1 # kept\n';
    expect(missingComments(input, 'a: "#not" # kept\nb: 1 # kept\n')).toEqual([{ comment: '# lost', offset: 17 }]);
    // Each comment counts as often as it is written.
    expect(missingComments(input, 'a: "#not"\n# lost\nb: 1 # kept\n')).toHaveLength(1);
    expect(missingComments(input, input)).toEqual([]);
  });

  describe('refuses, with the place of the problem, a file it cannot migrate', () => {
    const refusal = (text: string) => migrateVendor({ path: 'vendors/x.yaml', text });
    const finding = (line: number, column: number, message: string, hint: string) => ({
      code: 'migrate-unsupported',
      severity: 'error',
      file: 'vendors/x.yaml',
      line,
      column,
      message,
      hint,
    });

    it('invalid YAML', () => {
      expect(refusal('schema_version: "1"\nid: x\nname: [unclosed\ncategory: rtc-paas\n')).toEqual({
        status: 'refused',
        findings: [
          finding(
            4,
            1,
            'YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]. The file was not migrated.',
            'Check the indentation (spaces, not tabs) and that quotes and brackets are closed. Then run `vendor-review migrate` again.',
          ),
        ],
      });
    });

    it('a list at the top level', () => {
      expect(refusal('# not a vendor\n- schema_version: "1"\n')).toEqual({
        status: 'refused',
        findings: [
          finding(
            2,
            1,
            'The file holds a list, not the mapping of a vendor evaluation: there is nothing to migrate.',
            'Name only vendor files, which start with `schema_version:`, `id:` and `name:`.',
          ),
        ],
      });
    });

    it('an unknown or missing schema_version', () => {
      expect(refusal('id: x\nschema_version: "3"\n')).toEqual({
        status: 'refused',
        findings: [
          finding(
            2,
            17,
            '`schema_version` is "3": migrate rewrites schema "1" as "2" and knows no other version.',
            'Set the version the file follows: "1" to migrate it, "2" if it is already in the current format.',
          ),
        ],
      });
      expect(refusal('# x\nid: x\n')).toEqual({
        status: 'refused',
        findings: [
          finding(
            2,
            1,
            'The file has no `schema_version`, so migrate cannot tell which format it follows.',
            'If it follows schema 1, add `schema_version: "1"` at the top, then run `vendor-review migrate` again.',
          ),
        ],
      });
      expect(refusal('schema_version: 1\n')).toMatchObject({
        status: 'refused',
        findings: [{ line: 1, column: 17, message: '`schema_version` is not a quoted string: migrate reads "1" and "2" only.' }],
      });
    });

    it('what it would have to guess: an unknown support field, a price model schema 1 did not have, a key it would write twice', () => {
      const text = [
        'schema_version: "1"',
        'response_time:',
        '  sla_hours: 4',
        'hidden_costs:',
        '  support_fee:',
        '    model: free',
        'trial_probes:',
        '  - date: "2026-08-25"',
        '    plan: basic',
        '',
      ].join('\n');
      expect(refusal(text)).toEqual({
        status: 'refused',
        findings: [
          finding(
            3,
            3,
            '`response_time.sla_hours` is not a schema-1 field: migrate does not know where it belongs in the plan.',
            'Move what it says to `notes` or remove it, then run `vendor-review migrate` again.',
          ),
          finding(
            6,
            12,
            "`hidden_costs.support_fee.model` is neither `included` nor `extra`, the two schema-1 values: the plan's price model would be a guess.",
            'Set it to included or extra, then run `vendor-review migrate` again.',
          ),
          finding(
            8,
            5,
            '`trial_probes[0]` already has a `plan`: migrate would write the key twice.',
            'Keep the schema-1 form (remove `plan`), then run `vendor-review migrate` again.',
          ),
        ],
      });
    });
  });
});

describe('vendor-review migrate', () => {
  let project: TempProject;
  beforeEach(() => {
    project = createTempProject({ vendors: false });
  });
  afterEach(() => project.remove());
  const vendorFiles = () => Object.fromEntries(Object.entries(readProjectFiles(project.root)).filter(([file]) => file.startsWith('vendors/')));
  const NEXT = '2 files migrated, 0 already schema 2. Run `vendor-review check`: it names what schema 2 asks for that schema 1 did not state.\n';

  it('rewrites every vendor file in place, then says each is already schema 2', async () => {
    project.write('vendors/farsail-av.yaml', fixture('farsail-av.yaml'));
    project.write('vendors/magpie-live.yaml', fixture('magpie-live.yaml'));

    const first = await runCliCaptured(['migrate'], project.root);
    expect(first).toEqual({
      code: 0,
      stderr: '',
      stdout: 'vendors/farsail-av.yaml: migrated to schema 2\nvendors/magpie-live.yaml: migrated to schema 2\n' + NEXT,
    });
    // Written in place, nothing left beside them.
    expect(vendorFiles()).toEqual({
      'vendors/farsail-av.yaml': migrated('vendors/farsail-av.yaml', fixture('farsail-av.yaml')),
      'vendors/magpie-live.yaml': migrated('vendors/magpie-live.yaml', fixture('magpie-live.yaml')),
    });
    expect(vendorFiles()['vendors/farsail-av.yaml']).toContain('schema_version: "2"\n');

    const second = await runCliCaptured(['migrate'], project.root);
    expect(second).toEqual({
      code: 0,
      stderr: '',
      stdout:
        'vendors/farsail-av.yaml: already schema 2\nvendors/magpie-live.yaml: already schema 2\n' +
        '0 files migrated, 2 already schema 2. Run `vendor-review check`: it names what schema 2 asks for that schema 1 did not state.\n',
    });
  });

  it('turns every schema-1 sample into files that check clean, after check pointed each at migrate', async () => {
    const names = fixtureFiles;
    for (const name of names) project.write(`vendors/${name}`, fixture(name));

    const before = await runCliCaptured(['check'], project.root);
    expect(before.code).toBe(1);
    expect(before.stdout.split('\n').filter((line) => line.includes('(schema-version-old)'))).toEqual(
      // schema_version is on line 4 of most samples, 3 and 5 of two of them.
      names.map(
        (name) =>
          `vendors/${name}:${{ 'cloudbridge-class.yaml': 3, 'farsail-av.yaml': 5 }[name] ?? 4}:17 error This file is written for schema version 1; vendor-review now reads version 2, where the support terms belong to support plans. (schema-version-old)`,
      ),
    );

    expect((await runCliCaptured(['migrate'], project.root)).code).toBe(0);
    const after = await runCliCaptured(['check'], project.root);
    expect(after).toEqual({ code: 0, stderr: '', stdout: `${names.length} vendor files and the rubric checked: no problems found.\n${OWN_INPUTS}` });
  });

  it('writes nothing when one file cannot be migrated, and exits 1', async () => {
    project.write('vendors/farsail-av.yaml', fixture('farsail-av.yaml'));
    project.write('vendors/broken.yaml', 'schema_version: "1"\nid: broken\nname: [unclosed\n');
    project.write('vendors/magpie-live.yaml', fixture('magpie-live.yaml'));
    const before = vendorFiles();

    const result = await runCliCaptured(['migrate'], project.root);
    expect(result).toEqual({
      code: 1,
      stderr: '',
      stdout:
        'vendors/broken.yaml:4:1 error YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]. The file was not migrated. (migrate-unsupported)\n' +
        '  hint: Check the indentation (spaces, not tabs) and that quotes and brackets are closed. Then run `vendor-review migrate` again.\n' +
        'No file was written: 1 file cannot be migrated. Fix the problems above, then run `vendor-review migrate` again.\n',
    });
    expect(vendorFiles()).toEqual(before);
  });

  it('migrates only the files it is given', async () => {
    project.write('vendors/farsail-av.yaml', fixture('farsail-av.yaml'));
    project.write('vendors/magpie-live.yaml', fixture('magpie-live.yaml'));
    project.write('vendors/pennyclass.yaml', fixture('pennyclass.yaml'));

    const result = await runCliCaptured(['migrate', 'vendors/pennyclass.yaml', 'vendors/farsail-av.yaml'], project.root);
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: 'vendors/farsail-av.yaml: migrated to schema 2\nvendors/pennyclass.yaml: migrated to schema 2\n' + NEXT,
    });
    expect(vendorFiles()).toEqual({
      'vendors/farsail-av.yaml': migrated('vendors/farsail-av.yaml', fixture('farsail-av.yaml')),
      'vendors/magpie-live.yaml': fixture('magpie-live.yaml'),
      'vendors/pennyclass.yaml': migrated('vendors/pennyclass.yaml', fixture('pennyclass.yaml')),
    });
  });

  it('refuses a symbolic link and writes nothing', async () => {
    project.write('vendors/farsail-av.yaml', fixture('farsail-av.yaml'));
    writeFileSync(path.join(project.root, 'outside.yaml'), fixture('magpie-live.yaml'));
    symlinkSync(path.join(project.root, 'outside.yaml'), path.join(project.root, 'vendors/linked.yaml'));
    const before = readProjectFiles(project.root);

    const result = await runCliCaptured(['migrate'], project.root);
    expect(result).toEqual({
      code: 1,
      stderr: '',
      stdout:
        'vendors/linked.yaml:1:1 error This is a symbolic link; only regular files are read. (file-not-regular)\n' +
        '  hint: Replace the link with the file itself.\n' +
        'No file was written: 1 file cannot be migrated. Fix the problems above, then run `vendor-review migrate` again.\n',
    });
    expect(readProjectFiles(project.root)).toEqual(before);
  });
});

type Data = Record<string, unknown>;
type Place = { at: string; value: unknown } | { cited: unknown };

/** Every leaf of the data (scalars, and empty lists or mappings) with its dotted path, e.g. evidence.0.date. */
function* leaves(value: unknown, at = ''): Generator<[string, unknown]> {
  const entries = Array.isArray(value)
    ? value.map((item, index) => [String(index), item] as const)
    : value && typeof value === 'object'
      ? Object.entries(value)
      : null;
  if (!entries || !entries.length) {
    yield [at, value];
    return;
  }
  for (const [key, item] of entries) yield* leaves(item, at ? `${at}.${key}` : key);
}

function read(data: unknown, at: string): unknown {
  return at.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), data);
}

const PLAN = 'support_plans.0';
const SEVERITIES = ['critical', 'high', 'normal', 'low'];

/**
 * Where a schema-1 fact is in schema 2, written out by hand from the mapping (not from the code under test);
 * a fact no rule names stays at its path with its value.
 */
const MOVES: Array<[RegExp, (match: RegExpExecArray, value: unknown, files: { v1: Data; v2: Data }) => Place[]]> = [
  [/^schema_version$/, () => [{ at: 'schema_version', value: '2' }]],
  [/^category$/, (_, value) => [{ at: 'category.0', value }]],
  [/^evidence\.(\d+)\.date$/, ([, index], value) => [{ at: `evidence.${index}.retrieved`, value }]],
  [/^team_scale\.coverage$/, (_, value) => SEVERITIES.map((severity) => ({ at: `${PLAN}.hours.${severity}`, value }))],
  [
    /^response_time\.first_response_minutes\.(\w+)$/,
    ([, severity], value) => [
      { at: `${PLAN}.first_response.${severity}.minutes`, value },
      { at: `${PLAN}.first_response.${severity}.clock`, value: 'calendar' },
    ],
  ],
  [/^response_time\.(urgent_escalation(?:\..+)?)$/, ([, rest], value) => [{ at: `${PLAN}.${rest}`, value }]],
  [/^service_model\.((?:account_management|dedicated_group|architecture_consulting)(?:\..+)?)$/, ([, rest], value) => [{ at: `${PLAN}.${rest}`, value }]],
  [/^hidden_costs\.onsite_service$/, (_, value) => [{ at: `${PLAN}.onsite_service`, value }]],
  [
    /^hidden_costs\.support_fee\.model$/,
    (_, value, { v1 }) => [
      {
        at: `${PLAN}.price.model`,
        value: value === 'included' ? 'included' : read(v1, 'hidden_costs.support_fee.annual_amount') === undefined ? 'quote' : 'fixed',
      },
    ],
  ],
  [
    /^hidden_costs\.support_fee\.annual_amount$/,
    (_, value) => [
      { at: `${PLAN}.price.amount`, value },
      { at: `${PLAN}.price.period`, value: 'year' },
    ],
  ],
  [/^hidden_costs\.support_fee\.currency$/, (_, value) => [{ at: `${PLAN}.price.currency`, value }]],
  [/^(?:response_time|service_model)\.evidence\.\d+$/, (_, value) => [{ cited: value }]],
  // A section that keeps other facts keeps its evidence too; the plan cites it as well.
  [/^(team_scale|hidden_costs)\.evidence\.\d+$/, (match, value, { v2 }) => [{ cited: value }, ...(v2[match[1]!] ? [{ at: match[0], value }] : [])]],
];

function placesInSchema2(at: string, value: unknown, files: { v1: Data; v2: Data }): Place[] {
  for (const [pattern, places] of MOVES) {
    const match = pattern.exec(at);
    if (match) return places(match, value, files);
  }
  return [{ at, value }];
}
