// Rules JSON Schema cannot say: checks across fields of one vendor file and across vendor files.
import type { Finding } from '../types/findings.js';
import { findingAt, findingAtPosition, locateNode } from './locate-node.js';
import type { PathSegment, Position } from './locate-node.js';
import type { ParsedYaml } from './parse-yaml.js';
import type { Rubric } from '../types/rubric.js';
import { skeletonOf, looksBlank } from '../text/skeleton.js';
import { suggestClosest } from '../text/suggest.js';
import { laterRepeats } from '../text/later-repeats.js';
import { checkPlanRules } from './check-plan-rules.js';
import { quoteValue } from './validate-schema.js';
import type { VendorEvaluation } from '../types/vendor.js';

interface Located {
  parsed: ParsedYaml;
  data: VendorEvaluation;
}

/**
 * Where the checks across files point, located while the file's document is at hand: a vendor that passed its
 * own checks keeps these few positions instead of its whole document, so it can travel between threads and a
 * large repository does not hold thousands of documents.
 */
export interface VendorAnchors {
  id: Position;
  name: Position;
  /** The `criterion` of each rating, in file order. */
  ratingCriteria: Position[];
}

interface Anchored {
  file: string;
  data: VendorEvaluation;
  anchors: VendorAnchors;
}

export function locateAnchors({ parsed, data }: Located): VendorAnchors {
  return {
    id: locateNode(parsed, ['id']),
    name: locateNode(parsed, ['name']),
    ratingCriteria: (data.ratings ?? []).map((_, index) => locateNode(parsed, ['ratings', index, 'criterion'])),
  };
}

/** vendors/cloudbridge.yaml → cloudbridge */
export function fileStem(file: string): string {
  const base = file.slice(file.lastIndexOf('/') + 1);
  return base.replace(/\.ya?ml$/i, '');
}

export function checkVendorRules({ parsed, data }: Located): Finding[] {
  const findings: Finding[] = [];
  const stem = fileStem(parsed.file);
  if (data.id !== stem) {
    findings.push(
      findingAt(parsed, {
        path: ['id'],
        code: 'id-mismatch',
        message: `The id \`${data.id}\` does not match the file name \`${stem}\`.`,
        hint: `Rename the file to \`${data.id}.yaml\`, or set \`id: ${stem}\`.`,
      }),
    );
  }

  if (looksBlank(data.name)) {
    findings.push(
      findingAt(parsed, {
        path: ['name'],
        code: 'name-invisible',
        message: `The name ${quoteValue(data.name)} shows nothing: it holds only spaces and invisible characters.`,
        hint: "Write the vendor's name in visible letters, as it appears on its website.",
      }),
    );
  }

  const { evaluated_on: evaluatedOn, review_by: reviewBy } = data.evaluation;
  if (reviewBy <= evaluatedOn) {
    findings.push(
      findingAt(parsed, {
        path: ['evaluation', 'review_by'],
        code: 'date-order',
        message: `The review date ${reviewBy} is not after the evaluation date ${evaluatedOn}.`,
        hint: 'Set `review_by` to the date this evaluation must be checked again, e.g. a year after `evaluated_on`.',
      }),
    );
  }

  const evidenceIds = (data.evidence ?? []).map((item) => item.id);
  for (const index of laterRepeats(evidenceIds)) {
    findings.push(
      findingAt(parsed, {
        path: ['evidence', index, 'id'],
        code: 'evidence-duplicate',
        message: `The evidence id \`${evidenceIds[index]}\` is used twice.`,
        hint: 'Give each evidence item its own id.',
      }),
    );
  }
  const registered = new Set(evidenceIds);
  for (const citation of listCitations(data)) {
    if (registered.has(citation.id)) continue;
    const closest = suggestClosest(citation.id, [...registered]);
    findings.push(
      findingAt(parsed, {
        path: citation.path,
        code: 'evidence-unknown',
        message: `The cited evidence \`${citation.id}\` is not in the evidence register.`,
        hint: closest ? `Did you mean \`${closest}\`? Otherwise add it under \`evidence:\`.` : 'Add it under `evidence:` with its type, reference and date.',
      }),
    );
  }

  const evaluators = data.evaluation.evaluators.map((evaluator) => evaluator.name);
  (data.ratings ?? []).forEach((rating, index) => {
    if (evaluators.includes(rating.evaluator)) return;
    const closest = suggestClosest(rating.evaluator, evaluators);
    findings.push(
      findingAt(parsed, {
        path: ['ratings', index, 'evaluator'],
        code: 'rating-unknown-evaluator',
        message: `The rating's evaluator \`${rating.evaluator}\` is not listed under \`evaluation.evaluators\`.`,
        hint: closest ? `Did you mean \`${closest}\`?` : 'Add the evaluator to `evaluation.evaluators`.',
      }),
    );
  });
  findings.push(...checkPlanRules({ parsed, data }));
  return findings;
}

/** Every place a section, plan, claim, probe or rating cites evidence, at any depth, with the path of the citation. */
function listCitations(data: VendorEvaluation): Array<{ id: string; path: PathSegment[] }> {
  const citations: Array<{ id: string; path: PathSegment[] }> = [];
  const visit = (value: unknown, path: PathSegment[]) => {
    if (Array.isArray(value)) return value.forEach((item, i) => visit(item, [...path, i]));
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'evidence' && Array.isArray(child)) child.forEach((id, i) => citations.push({ id: String(id), path: [...path, 'evidence', i] }));
      else visit(child, [...path, key]);
    }
  };
  // The register itself is not a citation.
  for (const [key, value] of Object.entries(data)) if (key !== 'evidence') visit(value, [key]);
  return citations;
}

/** Ratings must name a rating criterion of the rubric in force. */
export function checkRatingsAgainstRubric({ file, data, anchors }: Anchored, rubric: Rubric): Finding[] {
  const ratingCriteria = rubric.dimensions.flatMap((d) => d.criteria.filter((c) => 'rating' in c).map((c) => c.id));
  const findings: Finding[] = [];
  (data.ratings ?? []).forEach((rating, index) => {
    if (ratingCriteria.includes(rating.criterion)) return;
    const closest = suggestClosest(rating.criterion, ratingCriteria);
    findings.push(
      findingAtPosition(file, anchors.ratingCriteria[index]!, {
        code: 'rating-unknown-criterion',
        message: `\`${rating.criterion}\` is not a rating criterion of the rubric.`,
        hint: closest ? `Did you mean \`${closest}\`?` : `Rating criteria: ${ratingCriteria.join(', ')}.`,
      }),
    );
  });
  return findings;
}

/** What the checks across files need of a vendor file: its id and name, and where they are written. */
export interface VendorIdentity {
  file: string;
  id: string;
  name: string;
  at: { id: Position; name: Position };
}

export function identify({ file, data, anchors }: Anchored): VendorIdentity {
  return { file, id: data.id, name: data.name, at: { id: anchors.id, name: anchors.name } };
}

/**
 * Ids must be unique across files (two folders can hold the same file name): a duplicate is an error, and the
 * later file is left out. An id or name that only looks like another vendor's (the same skeleton: look-alike
 * letters, invisible characters, case) is a warning: a reader would take the two for one vendor.
 */
export function checkIdentities(vendors: readonly VendorIdentity[]): { duplicates: Finding[]; lookAlikes: Finding[] } {
  const firstFile = new Map<string, string>();
  const seen = { id: new Map<string, VendorIdentity>(), name: new Map<string, VendorIdentity>() };
  const duplicates: Finding[] = [];
  const lookAlikes: Finding[] = [];
  for (const vendor of vendors) {
    const earlier = firstFile.get(vendor.id);
    if (earlier !== undefined) {
      duplicates.push(
        findingAtPosition(vendor.file, vendor.at.id, {
          code: 'id-duplicate',
          message: `The id \`${vendor.id}\` is already used by ${earlier}.`,
          hint: 'Each vendor has one file and a unique id.',
        }),
      );
      continue;
    }
    firstFile.set(vendor.id, vendor.file);
    for (const field of ['id', 'name'] as const) {
      const skeleton = skeletonOf(vendor[field]);
      const other = seen[field].get(skeleton);
      if (!other) {
        seen[field].set(skeleton, vendor);
        continue;
      }
      const same = other[field] === vendor[field];
      lookAlikes.push({
        ...findingAtPosition(vendor.file, vendor.at[field], {
          code: 'name-look-alike',
          message: same
            ? `The ${field} ${quoteValue(vendor[field])} is also the ${field} of ${other.file}.`
            : `The ${field} ${quoteValue(vendor[field])} looks like ${quoteValue(other[field])}, the ${field} of ${other.file}: they differ only in look-alike or invisible characters.`,
          hint: 'Readers would take the two for one vendor: write the name as the vendor does, with plain letters.',
        }),
        severity: 'warning',
      });
    }
  }
  return { duplicates, lookAlikes };
}
