import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['lib/**/*.test.ts', 'lib/**/*.test.tsx', 'components/**/*.test.tsx', 'test/unit/**/*.test.ts', 'test/desks/**/*.test.ts', 'test/unit/**/*.test.tsx', 'test/demo-desk/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/setup/fake-indexeddb.ts', 'test/setup/i18n.ts'],
  },
});
