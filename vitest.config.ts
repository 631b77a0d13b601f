import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 20_000,
    // Vitest leaves one core free by default, which on a two-core machine runs the files one at a
    // time; the suite's long files (OCR of the certificate photos, in two halves) keep a core each.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          include: ['tests/unit/**/*.test.ts', 'tests/conformance/**/*.test.ts'],
          exclude: ['tests/unit/renderer/**'],
        },
      },
      {
        // The page's model and state owner: pure, so plain Node runs them (no DOM needed).
        extends: true,
        test: { name: 'renderer', include: ['tests/unit/renderer/**/*.test.ts'] },
      },
    ],
  },
});
