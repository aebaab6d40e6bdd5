// The review body (sticky comment and job summary) within GitHub's limits, the annotations within theirs, and
// the redaction of secrets and runner paths.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRedactor, redactOptionsFromEnv } from '../action/src/action/redact.js';
import { COMMENT_LIMIT, STICKY_MARKER, SUMMARY_LIMIT, buildReviewBody } from '../action/src/core/compare/build-review-body.js';
import type { Review, ReviewView } from '../action/src/core/compare/build-review-body.js';
import type { ReportComparison, VendorComparison } from '../action/src/core/compare/compare-reports.js';
import { compileCommentTemplate } from '../action/src/core/compare/compile-comment-template.js';
import type { Finding } from '../action/src/core/findings.js';
import { selectAnnotations } from '../action/src/github/annotate-findings.js';
import { REPO_ROOT } from './support/temp-project.js';

const render = compileCommentTemplate<ReviewView>(
  { 'pr-comment.hbs': readFileSync(path.join(REPO_ROOT, 'templates/pr-comment.hbs'), 'utf8') },
  'en',
);

function changed(id: string, name = `Vendor ${id}`): VendorComparison {
  const number = { before: 50, after: 60, delta: 10 };
  return {
    id,
    name,
    file: `vendors/${id}.yaml`,
    status: 'changed',
    total: number,
    rank: { before: 2, after: 1, delta: 1 },
    band: { before: 'fair', after: 'good' },
    verdict: { before: 'moderate-risk', after: 'low-risk' },
    coverage: { before: 0.5, after: 0.75, delta: 0.25 },
    confidence: { before: 0.5, after: 0.5, delta: 0 },
    dimensions: Array.from({ length: 8 }, (_, i) => ({ dimension: `dimension-${i}`, ...number })),
    gates: [{ gate: 'data-residency', before: 'unknown', after: 'pass' }],
    newFlags: [{ kind: 'evaluator-disagreement', criterion: 'docs', min: 1, max: 5, evaluators: ['a', 'b'] }],
    resolvedFlags: [],
    scoreDropped: false,
  };
}

function finding(i: number, severity: Finding['severity'] = 'error'): Finding {
  return { code: 'schema-enum', severity, file: `vendors/v${i}.yaml`, line: i, column: 3, message: `Problem ${i} ${'x'.repeat(100)}`, hint: 'Fix it.' };
}

function review(vendors: VendorComparison[], findings: Finding[] = [], rubricChanged = false): Review {
  const comparison: ReportComparison = {
    vendors,
    rubricChanged,
    rubricVersion: { before: '1', after: '1' },
    leader: { before: 'a', after: 'b' },
    ranking: rubricChanged ? vendors.map((v) => ({ id: v.id, name: v.name, rank: v.rank, total: v.total })) : [],
    scoreDrops: [],
  };
  return { findings, comparison, preexisting: 0, notices: [], headSha: 'abc1234', runUrl: 'https://github.com/o/r/actions/runs/1' };
}

describe('buildReviewBody', () => {
  it('renders everything, starting with the hidden marker, when it fits', () => {
    const { body, truncated } = buildReviewBody(render, review([changed('a'), changed('b')], [finding(1)]), COMMENT_LIMIT);
    expect(truncated).toBe(false);
    expect(body.startsWith(`${STICKY_MARKER}\n`)).toBe(true);
    expect(body.match(/<details>/g)).toHaveLength(2);
    expect(body).toContain('vendors/v1.yaml:1:3');
    expect(body).not.toContain('shortened');
  });

  it('drops vendor sections first, then ranking rows, then findings, and says so', () => {
    const vendors = Array.from({ length: 200 }, (_, i) => changed(`v${i}`));
    const findings = Array.from({ length: 600 }, (_, i) => finding(i));
    const { body, truncated } = buildReviewBody(render, review(vendors, findings, true), COMMENT_LIMIT);
    expect(truncated).toBe(true);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT.max);
    expect(body).toContain('shortened to fit');
    expect(body).toMatch(/left out: 200 vendor section\(s\); \d+ ranking row\(s\); \d+ finding\(s\);/);
    expect(body).toContain('[the workflow run](https://github.com/o/r/actions/runs/1)');
    // The same review fits the summary's limit whole.
    expect(buildReviewBody(render, review(vendors, findings, true), SUMMARY_LIMIT).truncated).toBe(false);
  });

  it('cuts the text itself when even the fixed parts are too long', () => {
    const notices = [`${'é'.repeat(900)}`];
    const { body, truncated } = buildReviewBody(render, { ...review([]), notices }, { max: 500, measure: SUMMARY_LIMIT.measure });
    expect(truncated).toBe(true);
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(500);
    expect(body).toContain('the whole review is in the job summary');
  });

  it('makes vendor strings inert Markdown', () => {
    const hostile = changed('x', '<img src=x onerror=alert(1)> @everyone [link](https://evil.example) | #1');
    const { body } = buildReviewBody(render, review([hostile]), COMMENT_LIMIT);
    expect(body).not.toMatch(/(^|[^\\])<img/m);
    expect(body).not.toContain('@everyone');
    expect(body).not.toContain('](https://evil');
    expect(body).not.toMatch(/[^\\]\| #1/);
    // Inside HTML (the <summary> of a section) Markdown escapes do not apply: only the id goes there.
    expect(body).toContain('<details><summary>x: what changes</summary>');
  });
});

describe('selectAnnotations', () => {
  it('keeps within 10 errors and 10 warnings per step, one of each left for the action itself', () => {
    const findings = [...Array.from({ length: 15 }, (_, i) => finding(i)), ...Array.from({ length: 12 }, (_, i) => finding(i, 'warning'))];
    const { shown, hidden } = selectAnnotations(findings, 1);
    expect(shown.filter((f) => f.severity === 'error')).toHaveLength(9);
    expect(shown.filter((f) => f.severity === 'warning')).toHaveLength(9);
    expect(hidden).toBe(9);
    expect(shown[0]).toBe(findings[0]);
  });
});

describe('redaction', () => {
  it('removes the token, runner secrets and runner paths, longest path first', () => {
    const redact = createRedactor(
      redactOptionsFromEnv(
        { GITHUB_WORKSPACE: '/home/runner/work/r/r', HOME: '/home/runner', ACTIONS_RUNTIME_TOKEN: 'runtime-secret', RUNNER_TEMP: '/home/runner/work/_temp' },
        'ghs_token123',
      ),
    );
    expect(redact('ghs_token123 at /home/runner/work/r/r/templates/x.hbs, /home/runner/.npm, /home/runner/work/_temp/e.json, runtime-secret')).toBe(
      '*** at ./templates/x.hbs, ~/.npm, $RUNNER_TEMP/e.json, ***',
    );
  });
});
