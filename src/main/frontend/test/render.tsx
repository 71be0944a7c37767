import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createQueryClient } from '../src/queries';
import { MemoryRouter } from 'react-router-dom';

/** Renders a screen with a fresh query cache configured as the app's (but no retries) and a router at `path`. */
export function renderScreen(screen: ReactElement, path = '/') {
  const client = createQueryClient(0);
  const view = render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[path]}>{screen}</MemoryRouter>
    </QueryClientProvider>,
  );
  return { ...view, queryClient: client };
}
