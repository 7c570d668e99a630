import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * Browser test files first, then the rest, each group in Vitest's own order (slowest first
 * once it has timings, largest file first before). The browser files take longest; started
 * last on a fresh clone, as their small size would have them, one of them would run alone at
 * the end while the other worker sat idle.
 */
class BrowserTestsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const inBrowser = (file: TestSpecification) => file.moduleId.includes('/tests/browser/');
    return [...sorted.filter(inBrowser), ...sorted.filter((file) => !inBrowser(file))];
  }
}

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/scratch-folder.ts', 'tests/setup/build-site.ts'],
    // Two test files run at once, one a core: while one waits on Chromium or a child build, the
    // other works. Each fixture build has its own outDir and cacheDir (src/tooling/site-build.ts),
    // and what builds write to the shared .astro/ folder is the same for all of them, written
    // atomically; only the real site's build, in the global setup, writes dist/.
    fileParallelism: true,
    maxWorkers: 2,
    sequence: { sequencer: BrowserTestsFirst },
    // Concurrent tests (the accessibility check's pages) two at a time, one a core.
    maxConcurrency: 2,
    // Test files share their worker's modules, so the browser and the server of the real site
    // that tests/helpers/browser-test.ts starts serve every file the worker runs. No test
    // mocks a module or keeps state between files.
    isolate: false,
    // Builds and browsers share two cores; generous limits keep a loaded machine from
    // failing a correct test.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // `expect.poll` waits for a page's scripts to act; its default second is too short on a
    // loaded machine (a print-address check failed so, beside another Chromium run).
    expect: { poll: { timeout: 10_000 } },
  },
});
