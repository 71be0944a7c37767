import { http, HttpResponse } from 'msw';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../src/App';
import { session } from '../src/auth/session';
import { renderScreen } from './render';
import { server } from './server';

describe('an unreachable service', () => {
  afterEach(() => act(() => session.signOut()));

  it('raises a banner while it does not answer, and Retry fetches again', async () => {
    let up = false;
    server.use(
      http.post('*/auth/v1/oauth2/token', () =>
        HttpResponse.json({ access_token: 'a', token_type: 'Bearer', expires_in: 3600, refresh_token: 'r' }),
      ),
      http.post('*/auth/v1/oauth2/revoke', () => new HttpResponse(null, { status: 200 })),
      http.get('*/auth/v1/users/me', () => HttpResponse.json({ id: 'u', email: 'ann@example.com', groups: [] })),
      http.get('*/api/v1/categories', () => HttpResponse.json({ data: [] })),
      http.get('*/api/v1/wallets', () =>
        up
          ? HttpResponse.json({ data: [] })
          : HttpResponse.json({ status: 503, code: 'unavailable', detail: 'The database is unavailable.' }, { status: 503 }),
      ),
    );
    await session.signIn('ann@example.com', 'Secret-pass-1!');
    const user = userEvent.setup();
    renderScreen(<App />, '/send');

    const banner = await screen.findByRole('status');
    expect(banner).toHaveTextContent('The service is not answering right now');
    up = true;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByText(/The service is not answering/)).not.toBeInTheDocument());
    expect(await screen.findByText(/You have no wallet yet/)).toBeInTheDocument();
  });
});
