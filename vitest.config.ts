import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Three projects: node-side unit and server tests, jsdom component tests, and real-browser tests
// against the built server (run last, one file at a time: each starts Chromium).
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**'],
          environment: 'node',
          setupFiles: ['test/support/setup-node.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['test/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['test/support/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
