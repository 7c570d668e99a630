import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/scratch-folder.ts', 'tests/setup/build-site.ts'],
    // Test files share their worker's modules, so the browser and the server of the real site
    // that tests/helpers/browser-test.ts starts serve every file the worker runs. No test
    // mocks a module or keeps state between files.
    isolate: false,
    // Builds and browsers share two cores; generous limits keep a loaded machine from
    // failing a correct test.
    // Builds share Astro's .astro/ cache folder, so test files run one after another.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
