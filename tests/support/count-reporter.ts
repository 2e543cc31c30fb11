import { writeFileSync } from 'node:fs';
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

/** What .ci/run reads back from a vitest run. */
export interface RunCount {
  /** Test files the run reached; 0 when the global setup failed before any. */
  modules: number;
  passed: number;
  failed: number;
  /** Tests meant to run that did not, e.g. every test of a suite whose beforeAll failed. */
  heldBack: number;
  /** Tests skipped on purpose (test.skip, skipIf, a -t filter). */
  skipped: number;
  /** Test files that failed before any test of theirs was known (an import or describe threw). */
  unloaded: number;
  /** Errors outside any test (unhandled rejections, a crashed worker). */
  errors: number;
}

/**
 * A vitest reporter for .ci/run: writes a RunCount of the run as JSON to the file named by the
 * COUNT_FILE environment variable. vitest's own JSON counts a test held back by a failed beforeAll
 * as skipped, like one skipped on purpose; here the test's mode tells them apart.
 */
export default class CountReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<SerializedError>): void {
    const count: RunCount = { modules: modules.length, passed: 0, failed: 0, heldBack: 0, skipped: 0, unloaded: 0, errors: errors.length };
    for (const module of modules) {
      const tests = [...module.children.allTests()];
      if (module.state() === 'failed' && tests.length === 0) count.unloaded++;
      for (const test of tests) {
        const state = test.result().state;
        if (state === 'passed') count.passed++;
        else if (state === 'failed') count.failed++;
        else if (test.options.mode === 'run' || test.options.mode === 'only') count.heldBack++;
        else count.skipped++;
      }
    }
    const file = process.env['COUNT_FILE'];
    if (file) writeFileSync(file, JSON.stringify(count));
  }
}
