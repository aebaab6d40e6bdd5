import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const WORKERS = availableParallelism() + 1;

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'scripts/**/*.test.ts'],
    // The default report, then one plain "N passed, N failed" line that CI logs are read by.
    reporters: ['default', './tests/support/count-reporter.ts'],
    // Subprocess and bundle tests start Node several times; give them room on a 2-core CI machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One worker more than the cores: the publish runs wait GitHub's second between writes, and the extra worker
    // uses that time. Test files share a module graph instead of each loading the sources again (no
    // test mocks modules or keeps state between files).
    pool: 'threads',
    maxWorkers: WORKERS,
    minWorkers: WORKERS,
    isolate: false,
  },
});
