import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in Debian's Chromium. One browser at a time: the
// machine has two cores, and the tests share the demo desk's ports.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    reporters: ['default'],
  },
});
