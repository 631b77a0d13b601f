import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 20_000,
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
