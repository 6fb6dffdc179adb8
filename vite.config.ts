import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    // The client build also writes a manifest, which the size check and the server read.
    manifest: true,
  },
  ssr: {
    // better-sqlite3 is a native addon: it must stay a runtime import, never bundled.
    external: ['better-sqlite3'],
  },
});
