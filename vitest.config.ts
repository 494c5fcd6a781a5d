import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['lib/**/*.test.ts', 'lib/**/*.test.tsx', 'components/**/*.test.tsx', 'test/unit/**/*.test.ts', 'test/desks/**/*.test.ts', 'test/unit/**/*.test.tsx', 'test/demo-desk/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['lib/model/zod-setup.ts', 'test/setup/fake-indexeddb.ts', 'test/setup/i18n.ts', 'test/setup/worker-memory.ts'],
    // A hang guard, not a speed check: tests that start ESLint or a tsx child process need more than
    // the default 5 s on a loaded machine. Speed is measured by npm run bench.
    testTimeout: 30_000,
  },
});
