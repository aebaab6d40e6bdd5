// The pure half of publishing: what changed, what the commit holds, how long to wait, what the tracking issue says.
import { describe, expect, it } from 'vitest';
import { computeBackoffMs } from '../action/src/core/publish/compute-backoff.js';
import { computeBlobSha } from '../action/src/core/text/compute-blob-sha.js';
import {
  STALE_ISSUE_MARKER,
  describeResolvedStaleIssue,
  describeStaleIssue,
  listStaleEvaluations,
} from '../action/src/core/publish/describe-stale-issue.js';
import { planReportChanges } from '../action/src/core/publish/plan-report-changes.js';
import type { TreeEntry } from '../action/src/core/publish/plan-report-changes.js';
import { batchTreeWrites, describeReportCommit } from '../action/src/core/publish/plan-report-commit.js';
import type { ScoreReport, VendorScore } from '../action/src/core/types/score.js';

const blob = (path: string, content: string, mode = '100644'): TreeEntry => ({ path, mode, type: 'blob', sha: computeBlobSha(content) });

describe('computeBlobSha', () => {
  it('names content as git does, bytes not characters', () => {
    expect(computeBlobSha('')).toBe('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391');
    expect(computeBlobSha('hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
    expect(computeBlobSha('供应商评估\n')).toBe('d636b7badb3c3dbae0a668f6a3e94c8585baeb8a');
  });
});

describe('planReportChanges', () => {
  const committed: TreeEntry[] = [
    { path: 'reports', mode: '040000', type: 'tree', sha: 'f'.repeat(40) },
    blob('reports/README.md', '# Vendors\n'),
    blob('reports/vendors/a.md', 'A\n'),
    blob('reports/vendors/gone.md', 'removed vendor\n'),
    blob('vendors/a.yaml', 'id: a\n'),
    blob('reportsX/other.md', 'not ours\n'),
  ];

  it('finds nothing to do when every rendered file matches', () => {
    const plan = planReportChanges({
      rendered: [
        { path: 'README.md', content: '# Vendors\n' },
        { path: 'vendors/a.md', content: 'A\n' },
        { path: 'vendors/gone.md', content: 'removed vendor\n' },
      ],
      committed,
      reportsPath: 'reports',
    });
    expect(plan).toEqual({ writes: [], deletions: [], unchanged: 3, foreign: [] });
  });

  it('names committed files in the reports folder that no rendering writes, which a publish refuses to delete', () => {
    const plan = planReportChanges({
      rendered: [{ path: 'README.md', content: '# Vendors\n' }],
      committed: [...committed, blob('reports/dist/index.js', 'code\n'), blob('reports/vendors/x.yaml', 'id: x\n')],
      reportsPath: 'reports',
    });
    expect(plan.foreign).toEqual(['reports/dist/index.js', 'reports/vendors/x.yaml']);
  });

  it('writes changed and new files and deletes what is no longer rendered, nothing outside the folder', () => {
    const plan = planReportChanges({
      rendered: [
        { path: 'vendors/a.md', content: 'A, changed\n' },
        { path: 'README.md', content: '# Vendors\n' },
        { path: 'vendors/b.md', content: 'B\n' },
      ],
      committed,
      reportsPath: 'reports/',
    });
    expect(plan.writes).toEqual([
      { path: 'reports/vendors/a.md', content: 'A, changed\n' },
      { path: 'reports/vendors/b.md', content: 'B\n' },
    ]);
    expect(plan.deletions).toEqual(['reports/vendors/gone.md']);
    expect(plan.unchanged).toBe(1);
  });

  it('replaces a symlink or an executable even when the bytes match', () => {
    const plan = planReportChanges({
      rendered: [
        { path: 'README.md', content: '# Vendors\n' },
        { path: 'run.md', content: 'x\n' },
      ],
      committed: [blob('reports/README.md', '# Vendors\n', '120000'), blob('reports/run.md', 'x\n', '100755')],
      reportsPath: 'reports',
    });
    expect(plan.writes.map((write) => write.path)).toEqual(['reports/README.md', 'reports/run.md']);
  });

  it('refuses report paths that would leave the folder', () => {
    for (const path of ['../x.md', '/etc/passwd', 'a//b.md', 'a\\b.md', '']) {
      expect(() => planReportChanges({ rendered: [{ path, content: '' }], committed: [], reportsPath: 'reports' })).toThrow(/unsafe/);
    }
  });
});

describe('the report commit', () => {
  const plan = {
    writes: [
      { path: 'reports/a.md', content: 'a'.repeat(600) },
      { path: 'reports/b.md', content: 'b'.repeat(600) },
      { path: 'reports/c.md', content: 'c'.repeat(100) },
    ],
    deletions: ['reports/old.md'],
    unchanged: 2,
    foreign: [],
  };

  it('has a message that says what it does, without [skip ci]', () => {
    const message = describeReportCommit(plan, '0123456789abcdef0123456789abcdef01234567');
    expect(message).toBe('Update vendor reports\n\nRendered from 0123456789ab: 3 files written, 1 removed.\n');
    expect(message).not.toMatch(/skip ci/i);
  });

  it('sends contents inline and deletions as sha null, split by size without splitting a file', () => {
    expect(batchTreeWrites(plan)).toEqual([
      [
        { path: 'reports/a.md', mode: '100644', type: 'blob', content: 'a'.repeat(600) },
        { path: 'reports/b.md', mode: '100644', type: 'blob', content: 'b'.repeat(600) },
        { path: 'reports/c.md', mode: '100644', type: 'blob', content: 'c'.repeat(100) },
        { path: 'reports/old.md', mode: '100644', type: 'blob', sha: null },
      ],
    ]);
    const batches = batchTreeWrites(plan, 1000);
    expect(batches.map((batch) => batch.map((entry) => entry.path))).toEqual([
      ['reports/a.md'],
      ['reports/b.md', 'reports/c.md', 'reports/old.md'],
    ]);
  });
});

describe('computeBackoffMs', () => {
  it('grows exponentially up to the cap, scaled by the random draw', () => {
    const policy = { baseMs: 1000, capMs: 5000 };
    expect([1, 2, 3, 4, 5].map((retry) => computeBackoffMs(retry, () => 1, policy))).toEqual([1000, 2000, 4000, 5000, 5000]);
    expect(computeBackoffMs(3, () => 0.5, policy)).toBe(2000);
    expect(computeBackoffMs(3, () => 0, policy)).toBe(0);
  });
});

describe('the stale-evaluations issue', () => {
  const vendor = (id: string, name: string, reviewBy: string | null): VendorScore =>
    ({ id, name, file: `vendors/${id}.yaml`, flags: reviewBy ? [{ kind: 'stale', review_by: reviewBy }] : [] }) as unknown as VendorScore;
  const report = {
    rubric_version: '1',
    vendors: [vendor('b', 'Bee | <b>@team</b>', '2026-10-01'), vendor('c', 'Cee', null), vendor('a', 'Ay', '2026-10-01'), vendor('d', 'Dee', '2026-09-01')],
    robustness: {},
  } as unknown as ScoreReport;

  it('lists stale vendors, most overdue first, independent of the ranking', () => {
    expect(listStaleEvaluations(report).map((entry) => entry.id)).toEqual(['d', 'a', 'b']);
  });

  it('carries the marker, escapes names and holds no date that would change it daily', () => {
    const { title, body } = describeStaleIssue(listStaleEvaluations(report), 'en');
    expect(title).toBe('Vendor evaluations past their review date');
    expect(body.startsWith(STALE_ISSUE_MARKER)).toBe(true);
    expect(body).toContain('3 vendor evaluations are past the review date');
    expect(body).toContain('| Bee \\| \\<b\\>@\u200bteam\\</b\\> (b) | vendors/b.yaml | 2026-10-01 |');
    expect(body).not.toMatch(/as of|days/i);
    expect(describeStaleIssue(listStaleEvaluations(report), 'zh-CN').body).toContain('有 3 份供应商评估');
    expect(describeResolvedStaleIssue('en').body).toContain(STALE_ISSUE_MARKER);
  });
});
