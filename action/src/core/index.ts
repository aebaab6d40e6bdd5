// The pure core of vendor-review: data in, data out, no I/O. The shells (the CLI, the action's pull-request and
// publish modes) reach it only through this index, which names its stages in the order a run goes through them:
//   validate  files → typed data and findings, each at its line and column
//   score     vendors → scores, ranks and the ranking's robustness; explanations
//   compare   the two sides of a pull request → what it changes, and the review comment
//   render    scores → the report files (Markdown and JSON), through the templates
//   publish   rendered files and a branch's tree → the commit that brings the reports up to date
//   scaffold  the schema → a commented skeleton of a new evaluation
//   migrate   a vendor file of an older schema → the same file in the current one

// validate
export { CONFIG_FILE, parseConfig, resolveConfig } from './validate/config.js';
export type { ConfigOverrides, ProjectConfig } from './validate/config.js';
export { checkRubricSource, checkSources, checkVendorSource, combineChecks } from './validate/check-sources.js';
export type { CheckResult, LoadedVendor, RubricCheck, VendorFileCheck } from './validate/check-sources.js';
export { VENDOR_SCHEMA } from './validate/check-vendor-file.js';
export { decodeSource } from './validate/decode-source.js';
export { compareFindings, fileFinding, hasErrors } from './validate/findings.js';
export { MAX_FILE_BYTES } from './validate/parse-yaml.js';
export type { SourceFile } from './validate/parse-yaml.js';

// score
export { scoreVendor } from './score/score-vendor.js';
export type { ScoredVendor } from './score/score-vendor.js';
export { rankScores, scoreProject } from './score/score-project.js';
export { rankVendors } from './score/rank-vendors.js';
export { explainVendor } from './score/explain-vendor.js';
export { formatScoreTable } from './score/format-score-table.js';
export { findOrderChanges, listQuestions } from './score/list-questions.js';
export type { OrderChange, Question } from './score/list-questions.js';
export { round2 } from './score/round-number.js';

// compare
export { diffTrees, selectChanges, trimPath } from './compare/select-changes.js';
export type { ChangedFile, SelectedChanges } from './compare/select-changes.js';
export { assembleSides, pathsOnSide, toSide } from './compare/assemble-sides.js';
export type { PullRequestSides, SideFiles } from './compare/assemble-sides.js';
export { reviewNothing, reviewPullRequest } from './compare/review-pull-request.js';
export type { PullRequestReview } from './compare/review-pull-request.js';
export { COMMENT_LIMIT, STICKY_MARKER, SUMMARY_LIMIT, buildReviewBody, noticeOf, noticeText } from './compare/build-review-body.js';
export type { Review, ReviewNotice, ReviewView } from './compare/build-review-body.js';
export { compileCommentTemplate } from './compare/compile-comment-template.js';
export type { RenderComment } from './compare/compile-comment-template.js';

// render
export { buildReports } from './render/build-reports.js';
export { SCORE_INDEX, isReportPath } from './render/render-reports.js';
export type { RenderedFile } from './render/render-reports.js';
export { RenderError } from './render/render-error.js';

// publish
export { hasReportChanges, planReportChanges } from './publish/plan-report-changes.js';
export type { ReportPlan, TreeEntry } from './publish/plan-report-changes.js';
export { batchTreeWrites, describeReportCommit } from './publish/plan-report-commit.js';
export type { TreeWrite } from './publish/plan-report-commit.js';
export { computeBackoffMs } from './publish/compute-backoff.js';
export { STALE_ISSUE_LABEL, STALE_ISSUE_MARKER, describeResolvedStaleIssue, describeStaleIssue, listStaleEvaluations } from './publish/describe-stale-issue.js';
export type { StaleEvaluation } from './publish/describe-stale-issue.js';

// scaffold
export { writeVendorSkeleton } from './scaffold/write-vendor-skeleton.js';
export { packageRepository, releasedSchemaUrl } from './scaffold/schema-url.js';
export { EXAMPLE_VENDOR, actionReference, planInitFiles } from './scaffold/plan-init-files.js';
export type { InitRequest, PlannedFile } from './scaffold/plan-init-files.js';

// shared
export { computeBlobSha } from './text/compute-blob-sha.js';
export { suggestClosest } from './text/suggest.js';
export type { Finding, FindingCode } from './types/findings.js';
export type { Language, Rubric } from './types/rubric.js';
export type { Ranking, ScoreReport, VendorScore, VendorSummary } from './types/score.js';

// migrate
export { migrateVendor } from './migrate/migrate-vendor.js';
export type { MigrateResult } from './migrate/migrate-vendor.js';
