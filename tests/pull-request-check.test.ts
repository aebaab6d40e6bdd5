// The pure half of the pull-request mode: which files a pull request changes, how the two sides are put
// together, and that checking both sides parses each file once.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { assembleSides, pathsOnSide, toSide } from '../action/src/core/compare/assemble-sides.js';
import type { SideFiles } from '../action/src/core/compare/assemble-sides.js';
import { checkPullRequest } from '../action/src/core/compare/check-pull-request.js';
import { selectChanges } from '../action/src/core/compare/select-changes.js';
import type { SourceFile } from '../action/src/core/parse-yaml.js';
import { MINIMAL_VENDOR, vendorWithLine } from './fixtures/minimal-vendor.js';
import { REPO_ROOT } from './support/temp-project.js';

const parsed = vi.hoisted(() => [] as string[]);
vi.mock('../action/src/core/parse-yaml.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../action/src/core/parse-yaml.js')>();
  return {
    ...original,
    parseYaml: (source: SourceFile) => {
      parsed.push(source.path);
      return original.parseYaml(source);
    },
  };
});

const PATHS = { vendors: 'vendors', rubric: 'rubric.yaml' };
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
    });
    expect(pathsOnSide(changes, 'base')).toEqual(['vendors/a.yaml', 'vendors/c.yaml', 'vendors/d.yaml', 'rubric.yaml']);
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
  const base: SideFiles = { vendors: [file('a', 'base'), file('old', 'base'), file('same', 'both')], rubric, findings: [] };
  const head: SideFiles = { vendors: [file('a', 'head'), file('new', 'head'), file('same', 'both')], rubric, findings: [] };

  it('gives the same sides whichever one is checked out', () => {
    const fromBase = assembleSides(base, { vendors: [file('a', 'head'), file('new', 'head')], rubric: null, findings: [] }, 'base', changes);
    const fromHead = assembleSides(head, { vendors: [file('a', 'base'), file('old', 'base')], rubric: null, findings: [] }, 'head', changes);
    const sorted = (side: SideFiles) => side.vendors.map((source) => source.text).sort();
    expect(sorted(fromBase.base)).toEqual(sorted(fromHead.base));
    expect(sorted(fromBase.head)).toEqual(['a at head', 'new at head']);
    expect(sorted(fromHead.head)).toEqual(['a at head', 'new at head']);
  });

  it('makes a rubric the pull request removes a finding of the head', () => {
    const removal = selectChanges([{ filename: 'rubric.yaml', status: 'removed' }], PATHS);
    const side = toSide({ files: [], findings: [] }, removal, 'head', 'rubric.yaml');
    expect(side.rubric).toBeNull();
    expect(side.findings).toMatchObject([{ code: 'file-unreadable', file: 'rubric.yaml' }]);
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
    parsed.length = 0;

    const check = checkPullRequest(
      {
        base: { vendors: [...repoVendors, brokenBase], rubric: repoRubric, findings: [] },
        head: {
          vendors: [
            { path: 'vendors/sample.yaml', text: vendorWithLine(18, '  coverage: "24x8"') },
            { ...starriver, text: starriver.text.replace('support_headcount: 60', 'support_headcount: 61') },
          ],
          rubric: repoRubric,
          findings: [],
        },
      },
      changes,
      'rubric.yaml',
    );

    const vendorParses = parsed.filter((file) => file.startsWith('vendors/'));
    expect(vendorParses.filter((file) => file === 'vendors/starriver-rtc.yaml')).toHaveLength(2); // base and head differ
    expect(new Set(vendorParses).size).toBe(vendorParses.length - 1);
    expect(check.head.findings.map((finding) => [finding.file, finding.code])).toEqual([['vendors/sample.yaml', 'schema-enum']]);
    expect(check.preexisting).toBeGreaterThan(0); // broken.yaml, untouched
    expect(check.changedVendorIds).toEqual(['sample', 'starriver-rtc']);
    expect(check.head.vendors.map((vendor) => vendor.data.id)).toEqual(check.base.vendors.map((vendor) => vendor.data.id));
    expect(check.head.vendors.find((vendor) => vendor.data.id === 'starriver-rtc')!.data.team_scale?.support_headcount).toBe(61);
  });

  it('checks unchanged vendors against a new rubric that drops a criterion they rate', () => {
    const renamed = { ...repoRubric, text: repoRubric.text.replace('- id: documentation-quality', '- id: docs-quality') };
    const changes = selectChanges([{ filename: 'rubric.yaml', status: 'modified' }], PATHS);

    const check = checkPullRequest(
      { base: { vendors: repoVendors, rubric: repoRubric, findings: [] }, head: { vendors: [], rubric: renamed, findings: [] } },
      changes,
      'rubric.yaml',
    );

    expect(check.head.rubric).not.toBeNull();
    const unknown = check.head.findings.filter((finding) => finding.code === 'rating-unknown-criterion');
    expect(unknown.length).toBeGreaterThan(0);
    expect(check.head.vendors.map((vendor) => vendor.file)).not.toContain(unknown[0]!.file);
  });

  it('still checks the vendor files of a side without a rubric', () => {
    const changes = selectChanges([{ filename: 'vendors/sample.yaml', status: 'added' }], PATHS);
    const check = checkPullRequest(
      {
        base: { vendors: [], rubric: repoRubric, findings: [] },
        head: { vendors: [{ path: 'vendors/sample.yaml', text: MINIMAL_VENDOR.replace('id: sample', 'id: other') }], rubric: null, findings: [] },
      },
      changes,
      'rubric.yaml',
    );
    expect(check.head.findings.map((finding) => finding.code)).toEqual(['id-mismatch']);
  });
});
