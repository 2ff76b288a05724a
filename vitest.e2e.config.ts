import { defineConfig } from 'vitest/config';

// Real-browser tests: they drive the built extension (.output/chrome-mv3) in Debian's Chromium.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Chromium at a time: the machine has two cores.
    fileParallelism: false,
  },
});
