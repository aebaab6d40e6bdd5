import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'scripts/**/*.test.ts'],
    // The default report, then one plain "N passed, N failed" line that CI logs are read by.
    reporters: ['default', './tests/support/count-reporter.ts'],
    // Subprocess and bundle tests start Node several times; give them room on a 2-core CI machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Both cores: half the suite waits on subprocesses. Test files share a module graph instead of each loading
    // the sources again (no test mocks modules or keeps state between files).
    pool: 'threads',
    maxWorkers: 2,
    minWorkers: 2,
    isolate: false,
  },
});
