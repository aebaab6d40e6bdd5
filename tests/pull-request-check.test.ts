// The pure half of the pull-request mode: which files a pull request changes, how the two sides are put
// together, and that checking both sides checks each file once.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleSides, pathsOnSide, toSide } from '../action/src/core/compare/assemble-sides.js';
import type { SideFiles } from '../action/src/core/compare/assemble-sides.js';
import { checkSources } from '../action/src/core/validate/check-sources.js';
import { checkPullRequest } from '../action/src/core/compare/check-pull-request.js';
import { diffTrees, selectChanges } from '../action/src/core/compare/select-changes.js';
import type { SourceFile } from '../action/src/core/validate/parse-yaml.js';
import { rankScores, scoreProject } from '../action/src/core/score/score-project.js';
import { scoreVendor } from '../action/src/core/score/score-vendor.js';
import { MINIMAL_VENDOR, vendorWithLine } from './fixtures/minimal-vendor.js';
import { REPO_ROOT } from './support/temp-project.js';

const PATHS = { vendors: 'vendors', rubric: 'rubric.yaml' };
const AS_OF = '2026-11-25';
const repoVendors: SourceFile[] = readdirSync(path.join(REPO_ROOT, 'vendors'))
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => ({ path: `vendors/${file}`, text: readFileSync(path.join(REPO_ROOT, 'vendors', file), 'utf8') }));
const repoRubric: SourceFile = { path: 'rubric.yaml', text: readFileSync(path.join(REPO_ROOT, 'rubric.yaml'), 'utf8') };

describe('selectChanges', () => {
  it('pairs base and head paths of vendor files and notices the rubric', () => {
    const changes = selectChanges(
      [
        { filename: 'vendors/a.yaml', status: 'modified' },
        { filename: 'vendors/b.yml', status: 'added' },
        { filename: 'vendors/c.yaml', status: 'removed' },
        { filename: 'vendors/d2.yaml', status: 'renamed', previousFilename: 'vendors/d.yaml' },
        { filename: 'vendors/e.yaml', status: 'renamed', previousFilename: 'drafts/e.yaml' },
        { filename: 'vendors/notes.md', status: 'modified' },
        { filename: 'vendors/same.yaml', status: 'unchanged' },
        { filename: 'README.md', status: 'modified' },
        { filename: 'rubric.yaml', status: 'modified' },
        { filename: 'vendor-review.config.yaml', status: 'added' },
      ],
      { vendors: './vendors/', rubric: 'rubric.yaml' },
    );
    expect(changes).toEqual({
      vendors: [
        { base: 'vendors/a.yaml', head: 'vendors/a.yaml' },
        { base: null, head: 'vendors/b.yml' },
        { base: 'vendors/c.yaml', head: null },
        { base: 'vendors/d.yaml', head: 'vendors/d2.yaml' },
        { base: null, head: 'vendors/e.yaml' },
      ],
      rubric: { base: 'rubric.yaml', head: 'rubric.yaml' },
      config: { base: null, head: 'vendor-review.config.yaml' },
    });
    expect(pathsOnSide(changes, 'base')).toEqual(['vendors/a.yaml', 'vendors/c.yaml', 'vendors/d.yaml', 'rubric.yaml']);
    expect(pathsOnSide(changes, 'head')).toEqual([
      'vendors/a.yaml',
      'vendors/b.yml',
      'vendors/d2.yaml',
      'vendors/e.yaml',
      'rubric.yaml',
      'vendor-review.config.yaml',
    ]);
  });
});

describe('diffTrees', () => {
  const entry = (path: string, sha: string, mode = '100644') => ({ path, mode, type: 'blob' as const, sha });
  it('lists what the merge result adds, changes (content or mode) and removes, files only', () => {
    const base = [
      entry('vendors/a.yaml', '1'),
      entry('vendors/b.yaml', '2'),
      entry('run.sh', '3'),
      { path: 'vendors', mode: '040000', type: 'tree' as const, sha: 't1' },
    ];
    const head = [
      entry('vendors/a.yaml', '1'),
      entry('vendors/c.yaml', '4'),
      entry('run.sh', '3', '100755'),
      { path: 'vendors', mode: '040000', type: 'tree' as const, sha: 't2' },
    ];
    expect(diffTrees(base, head)).toEqual([
      { filename: 'run.sh', status: 'modified' },
      { filename: 'vendors/b.yaml', status: 'removed' },
      { filename: 'vendors/c.yaml', status: 'added' },
    ]);
  });
});

describe('assembleSides', () => {
  const changes = selectChanges(
    [
      { filename: 'vendors/a.yaml', status: 'modified' },
      { filename: 'vendors/new.yaml', status: 'added' },
      { filename: 'vendors/old.yaml', status: 'removed' },
    ],
    PATHS,
  );
  const file = (name: string, side: string): SourceFile => ({ path: `vendors/${name}.yaml`, text: `${name} at ${side}` });
  const rubric: SourceFile = { path: 'rubric.yaml', text: 'rubric' };
  const base: SideFiles = { vendors: [file('a', 'base'), file('old', 'base'), file('same', 'both')], rubric, findings: [], config: null };
  const head: SideFiles = { vendors: [file('a', 'head'), file('new', 'head'), file('same', 'both')], rubric, findings: [], config: null };

  it('gives the same sides whichever one is checked out', () => {
    const fromBase = assembleSides({
      local: base,
      remote: { vendors: [file('a', 'head'), file('new', 'head')], rubric: null, findings: [], config: null },
      localSide: 'base',
      changes,
    });
    const fromHead = assembleSides({
      local: head,
      remote: { vendors: [file('a', 'base'), file('old', 'base')], rubric: null, findings: [], config: null },
      localSide: 'head',
      changes,
    });
    const sorted = (side: SideFiles) => side.vendors.map((source) => source.text).sort();
    expect(sorted(fromBase.base)).toEqual(sorted(fromHead.base));
    expect(sorted(fromBase.head)).toEqual(['a at head', 'new at head']);
    expect(sorted(fromHead.head)).toEqual(['a at head', 'new at head']);
  });

  it('makes a rubric the pull request removes from a configured path a finding of the head', () => {
    const removal = selectChanges([{ filename: 'rubric.yaml', status: 'removed' }], PATHS);
    const side = toSide({ read: { files: [], findings: [] }, changes: removal, side: 'head', rubricPath: 'rubric.yaml', builtInRubric: null });
    expect(side.rubric).toBeNull();
    expect(side.findings).toMatchObject([{ code: 'file-unreadable', file: 'rubric.yaml' }]);
  });

  it('puts the built-in rubric on the side that has none of its own at the default path', () => {
    const builtIn = { path: 'vendor-review@0.1.0/rubric.yaml', text: 'version: "built-in"\n' };
    const removal = selectChanges([{ filename: 'rubric.yaml', status: 'removed' }], PATHS);
    const head = toSide({ read: { files: [], findings: [] }, changes: removal, side: 'head', rubricPath: 'rubric.yaml', builtInRubric: builtIn });
    expect(head).toMatchObject({ rubric: builtIn, findings: [] });
    // A pull request that adds its own rubric: the base had the built-in one.
    const addition = selectChanges([{ filename: 'rubric.yaml', status: 'added' }], PATHS);
    const base = toSide({ read: { files: [], findings: [] }, changes: addition, side: 'base', rubricPath: 'rubric.yaml', builtInRubric: builtIn });
    expect(base).toMatchObject({ rubric: builtIn, findings: [] });
  });
});

describe('checkPullRequest', () => {
  it('parses every unchanged vendor once and reports only what the pull request causes', () => {
    const changes = selectChanges(
      [
        { filename: 'vendors/sample.yaml', status: 'added' },
        { filename: 'vendors/starriver-rtc.yaml', status: 'modified' },
      ],
      PATHS,
    );
    const starriver = repoVendors.find((source) => source.path === 'vendors/starriver-rtc.yaml')!;
    const brokenBase = { path: 'vendors/broken.yaml', text: 'id: [' };
    const check = checkPullRequest({
      sides: {
        base: { vendors: [...repoVendors, brokenBase], rubric: repoRubric, findings: [], config: null },
        head: {
          vendors: [
            { path: 'vendors/sample.yaml', text: vendorWithLine(24, '      critical: "24x8"') },
            {
              ...starriver,
              text: starriver.text.replace('support_headcount: 60', 'support_headcount: 61').replace('      percent: 4\n', '      percent: 5\n'),
            },
          ],
          rubric: repoRubric,
          findings: [],
          config: null,
        },
      },
      changes,
      rubricPath: 'rubric.yaml',
      committed: null,
    });

    // The head's unchanged vendors are the base's, checked once: the very same objects.
    const baseByFile = new Map(check.base.vendors.map((vendor) => [vendor.file, vendor]));
    for (const vendor of check.head.vendors.filter((candidate) => candidate.file !== 'vendors/starriver-rtc.yaml')) {
      expect(vendor, vendor.file).toBe(baseByFile.get(vendor.file));
    }
    expect(check.head.vendors.find((vendor) => vendor.file === 'vendors/starriver-rtc.yaml')).not.toBe(baseByFile.get('vendors/starriver-rtc.yaml'));
    expect(check.head.findings.map((finding) => [finding.file, finding.code])).toEqual([['vendors/sample.yaml', 'schema-enum']]);
    expect(check.preexisting).toBeGreaterThan(0); // broken.yaml, untouched
    expect(check.changedVendorIds).toEqual(['sample', 'starriver-rtc']);
    expect(check.head.vendors.map((vendor) => vendor.data.id)).toEqual(check.base.vendors.map((vendor) => vendor.data.id));
    expect(check.head.vendors.find((vendor) => vendor.data.id === 'starriver-rtc')!.data.team_scale?.support_headcount).toBe(61);
    // Business went from 4 % to 5 % of spend; the new, invalid sample has no terms to compare.
    expect(check.planChanges).toEqual({ sample: [], 'starriver-rtc': [{ plan: 'Business', status: 'changed', terms: ['price'] }] });
  });

  it('checks unchanged vendors against a new rubric that drops a criterion they rate', () => {
    const renamed = { ...repoRubric, text: repoRubric.text.replace('- id: documentation-quality', '- id: docs-quality') };
    const changes = selectChanges([{ filename: 'rubric.yaml', status: 'modified' }], PATHS);

    const check = checkPullRequest({
      sides: {
        base: { vendors: repoVendors, rubric: repoRubric, findings: [], config: null },
        head: { vendors: [], rubric: renamed, findings: [], config: null },
      },
      changes,
      rubricPath: 'rubric.yaml',
      committed: null,
    });

    expect(check.head.rubric).not.toBeNull();
    const unknown = check.head.findings.filter((finding) => finding.code === 'rating-unknown-criterion');
    expect(unknown.length).toBeGreaterThan(0);
    expect(check.head.vendors.map((vendor) => vendor.file)).not.toContain(unknown[0]!.file);
  });

  it('still checks the vendor files of a side without a rubric', () => {
    const changes = selectChanges([{ filename: 'vendors/sample.yaml', status: 'added' }], PATHS);
    const check = checkPullRequest({
      sides: {
        base: { vendors: [], rubric: repoRubric, findings: [], config: null },
        head: { vendors: [{ path: 'vendors/sample.yaml', text: MINIMAL_VENDOR.replace('id: sample', 'id: other') }], rubric: null, findings: [], config: null },
      },
      changes,
      rubricPath: 'rubric.yaml',
      committed: null,
    });
    expect(check.head.findings.map((finding) => finding.code)).toEqual(['id-mismatch']);
  });
});

describe('checkPullRequest with the base branch committed scores', () => {
  const changes = selectChanges([{ filename: 'vendors/starriver-rtc.yaml', status: 'modified' }], PATHS);
  const starriver = repoVendors.find((source) => source.path === 'vendors/starriver-rtc.yaml')!;
  const sides = {
    base: { vendors: repoVendors, rubric: repoRubric, findings: [], config: null },
    head: {
      vendors: [{ ...starriver, text: starriver.text.replace('support_headcount: 60', 'support_headcount: 6') }],
      rubric: repoRubric,
      findings: [],
      config: null,
    },
  };
  const baseCheck = checkSources({ vendors: repoVendors, rubric: repoRubric });
  /** reports/scores.json as the publish mode commits it, read back as JSON. */
  const committed = JSON.parse(JSON.stringify(scoreProject({ vendors: baseCheck.vendors, rubric: baseCheck.rubric!, asOf: AS_OF }))) as unknown;
  const check = (committedScores: unknown, base = sides.base) =>
    checkPullRequest({ sides: { ...sides, base }, changes, rubricPath: 'rubric.yaml', committed: committedScores });
  const rank = (result: ReturnType<typeof checkPullRequest>, side: 'base' | 'head') =>
    rankScores(
      [
        ...result.reused,
        ...result[side].vendors.map((vendor) => scoreVendor({ file: vendor.file, vendor: vendor.data, rubric: result[side].rubric!, asOf: AS_OF }).score),
      ],
      result[side].rubric!,
    ).vendors.map((vendor) => [vendor.id, vendor.rank, vendor.total.lower]);

  it('parses only the files the pull request changes and ranks both sides from the committed entries', () => {
    const reusing = check(committed);

    // Only the changed file is checked, on each side; the others stand as committed.
    expect(reusing.base.vendors.map((vendor) => vendor.file)).toEqual(['vendors/starriver-rtc.yaml']);
    expect(reusing.head.vendors.map((vendor) => vendor.file)).toEqual(['vendors/starriver-rtc.yaml']);
    expect(reusing.reused.map((score) => score.file).sort()).toEqual(
      repoVendors
        .map((source) => source.path)
        .filter((file) => file !== starriver.path)
        .sort(),
    );
    // Support headcount 60 reaches 3 of the thresholds 5, 15, 40, 100 (level 3), 6 reaches 1 (level 1). The
    // criterion weighs 10 % × 50 % = 5 points of the total: 3.75 → 1.25, so the lower bound falls by 2.5.
    const others = (committed as { vendors: Array<{ id: string; rank: number; total: { lower: number } }> }).vendors
      .filter((vendor) => vendor.id !== 'starriver-rtc')
      .map((vendor) => [vendor.id, vendor.rank, vendor.total.lower]);
    expect(rank(reusing, 'base')).toEqual([...others.slice(0, 2), ['starriver-rtc', 3, 65.81], ...others.slice(2)]);
    expect(rank(reusing, 'head')).toEqual([...others.slice(0, 2), ['starriver-rtc', 3, 63.31], ...others.slice(2)]);
    expect(reusing.head.findings).toEqual([]);
    expect(reusing.changedVendorIds).toEqual(['starriver-rtc']);
  });

  it('parses a file whose bytes the report did not score, and everything under another engine, schema or rubric', () => {
    const edited = repoVendors.map((source) => (source.path === 'vendors/pennyclass.yaml' ? { ...source, text: `${source.text}# a comment\n` } : source));
    const reusing = check(committed, { ...sides.base, vendors: edited });
    expect(reusing.reused.map((score) => score.file)).not.toContain('vendors/pennyclass.yaml');
    expect(reusing.base.vendors.map((vendor) => vendor.file)).toContain('vendors/pennyclass.yaml');

    const report = committed as { sources: Record<string, unknown> };
    for (const field of ['engine', 'schema', 'rubric']) {
      const other = { ...report, sources: { ...report.sources, [field]: 'other' } };
      expect(check(other).reused, field).toEqual([]);
    }
    expect(check({ rubric_version: '2026.11' }).reused).toEqual([]);
  });

  it('scores every vendor afresh when the pull request changes the rubric', () => {
    const rubricChange = selectChanges([{ filename: 'rubric.yaml', status: 'modified' }], PATHS);
    const result = checkPullRequest({
      sides: { base: sides.base, head: { vendors: [], rubric: repoRubric, findings: [], config: null } },
      changes: rubricChange,
      rubricPath: 'rubric.yaml',
      committed,
    });
    expect(result.reused).toEqual([]);
    expect(result.head.vendors).toHaveLength(repoVendors.length);
  });
});
