// The benchmark's synthetic vendor files: valid evaluations that use every section of the schema, 5–9 KB
// each, the same bytes on every run; the invalid variant breaks 1 file in 100, each with one kind of mistake.
import { describe, expect, it } from 'vitest';
import { OWN_INPUTS, runCliCaptured } from '../../tests/support/run-cli.js';
import { createTempProject } from '../../tests/support/temp-project.js';
import { generateVendorFiles, vendorPath } from './generate-vendors.js';

describe('the benchmark generator', () => {
  it('writes valid vendor files that exercise every section, 5–9 KB each', async () => {
    const project = createTempProject({ vendors: false });
    try {
      const files = generateVendorFiles({ count: 40 });
      for (const [file, text] of Object.entries(files)) project.write(file, text);
      const result = await runCliCaptured(['check'], project.root);
      expect(result).toEqual({ code: 0, stdout: `40 vendor files and the rubric checked: no problems found.\n${OWN_INPUTS}`, stderr: '' });
      const sizes = Object.values(files).map((text) => Buffer.byteLength(text));
      expect(Math.min(...sizes)).toBeGreaterThan(5000);
      expect(Math.max(...sizes)).toBeLessThan(9000);
      for (const section of [
        'outsourcing',
        'team_scale',
        'support_plans',
        'technical_depth',
        'industry_experience',
        'resource_investment',
        'trial_probes',
        'hidden_costs',
        'ratings',
        'evidence',
        'notes',
      ]) {
        expect(files[vendorPath(0)]).toMatch(new RegExp(`^${section}:`, 'm'));
      }
      // Deterministic: the same seed gives the same bytes, and a smaller run is a prefix of a larger one.
      expect(generateVendorFiles({ count: 40 })).toEqual(files);
      expect(Object.keys(generateVendorFiles({ count: 30 }))).toEqual(Object.keys(files).slice(0, 30));
    } finally {
      project.remove();
    }
  });

  it('breaks files 51, 151, 251, … in its invalid variant, and only those', async () => {
    const project = createTempProject({ vendors: false });
    try {
      // Every other file is the valid variant's, byte for byte (the test above and the large-run test check those).
      const valid = generateVendorFiles({ count: 160 });
      const broken = Object.entries(generateVendorFiles({ count: 160, invalid: true })).filter(([file, text]) => text !== valid[file]);
      expect(broken.map(([file]) => file)).toEqual(['vendors/vendor-00051.yaml', 'vendors/vendor-00151.yaml']);
      for (const [file, text] of broken) project.write(file, text);
      const result = await runCliCaptured(['check', '--format', 'json'], project.root);
      const output = JSON.parse(result.stdout) as { files: number; findings: Array<{ file: string; line: number; column: number; code: string }> };
      expect(output.files).toBe(2);
      expect(output.findings.map((finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.code}`)).toEqual([
        'vendors/vendor-00051.yaml:63:24 schema-enum',
        // The indentation the generator breaks confuses the YAML parser four ways, all on the broken line.
        'vendors/vendor-00151.yaml:62:3 yaml-syntax',
        'vendors/vendor-00151.yaml:62:3 yaml-syntax',
        'vendors/vendor-00151.yaml:62:22 yaml-syntax',
        'vendors/vendor-00151.yaml:62:22 yaml-syntax',
      ]);
    } finally {
      project.remove();
    }
  });
});
