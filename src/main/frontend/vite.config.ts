/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API server the dev server proxies to (./mvnw liberty:run listens on 9080).
const api = process.env.PAYFAST_API ?? 'http://localhost:9080';

export default defineConfig({
  plugins: [react()],
  build: {
    // Packaged into the WAR by maven-war-plugin (webResources) and synced to the frontend bucket in AWS.
    outDir: '../../../target/frontend',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    // Recharts is the one large dependency; it is split off and loaded with the reports screen.
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: Object.fromEntries(['/api', '/auth', '/openapi', '/health'].map((p) => [p, api])),
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./test/setup.ts'],
    include: ['test/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // The build machines are shared 2-core hosts: under a parallel Maven build a jsdom render can
    // take seconds, so the time limits are generous (they bound a hung test, they measure nothing).
    testTimeout: 30_000,
  },
});
