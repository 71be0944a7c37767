import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from './server';

// findBy*/waitFor give up after 10 s rather than 1 s: a loaded build machine renders slowly.
configure({ asyncUtilTimeout: 10_000 });

// HTTP is mocked at the network edge (MSW); a request no test expects fails the test.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
