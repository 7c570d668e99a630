import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/scratch-folder.ts', 'tests/setup/build-site.ts'],
    // Builds and browsers share two cores; generous limits keep a loaded machine from
    // failing a correct test.
    // Builds share Astro's .astro/ cache folder, so test files run one after another.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
