// Ends every run with the plain line CI systems read: "N passed, N failed, N skipped". Counted when the run ends,
// printed in onFinished, which vitest 3 calls after the default reporter has printed its summary.
import type { Reporter, TestModule } from 'vitest/node';

export default class CountReporter implements Reporter {
  private line = '';

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') counts.failed += 1;
        else counts.skipped += 1;
      }
    }
    this.line = `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
  }

  onFinished(): void {
    if (this.line) process.stdout.write(`${this.line}\n`);
  }
}
