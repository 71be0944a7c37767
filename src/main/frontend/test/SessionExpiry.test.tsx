import { http, HttpResponse } from 'msw';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../src/App';
import { session } from '../src/auth/session';
import { renderScreen } from './render';
import { server } from './server';

const wallet = { id: 'w-1', name: 'Main', currency: 'USD', balance: 5000, availableBalance: 5000, status: 'ACTIVE' };

describe('an ended session', () => {
  afterEach(() => act(() => session.signOut()));

  it('asks for the password over the screen, keeps the half-filled form, and carries on', async () => {
    let tokens = 0;
    let walletsOk = true;
    server.use(
      http.post('*/auth/v1/oauth2/token', async ({ request }) => {
        const form = new URLSearchParams(await request.text());
        if (form.get('grant_type') === 'refresh_token') {
          return HttpResponse.json({ error: 'invalid_grant' }, { status: 400 });
        }
        tokens += 1;
        return HttpResponse.json({ access_token: `token-${tokens}`, token_type: 'Bearer', expires_in: 3600, refresh_token: `r-${tokens}` });
      }),
      http.post('*/auth/v1/oauth2/revoke', () => new HttpResponse(null, { status: 200 })),
      http.get('*/auth/v1/users/me', () => HttpResponse.json({ id: 'u', email: 'ann@example.com', displayName: 'Ann', groups: [] })),
      http.get('*/api/v1/categories', () => HttpResponse.json({ data: [] })),
      http.get('*/api/v1/wallets', ({ request }) =>
        walletsOk || request.headers.get('Authorization') === 'Bearer token-2'
          ? HttpResponse.json({ data: [wallet] })
          : HttpResponse.json({ status: 401, code: 'unauthorized', detail: 'The token has expired.' }, { status: 401 }),
      ),
    );
    await session.signIn('ann@example.com', 'Secret-pass-1!');
    const user = userEvent.setup();
    const { queryClient } = renderScreen(<App />, '/send');
    await screen.findByRole('option', { name: /Main/ });
    await user.type(screen.getByLabelText('Recipient e-mail'), 'bob@example.com');
    await user.type(screen.getByLabelText('Amount (USD)'), '7.25');

    // The access token stops working and its refresh is refused.
    walletsOk = false;
    await act(() => queryClient.invalidateQueries({ queryKey: ['wallets'] }));
    const dialog = await screen.findByRole('dialog', { name: 'Your session has ended' }, { timeout: 3000 });
    expect(session.current().status).toBe('expired');

    await user.type(within(dialog).getByLabelText('Password'), 'Secret-pass-1!');
    await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    expect(screen.getByLabelText('Recipient e-mail')).toHaveValue('bob@example.com');
    expect(screen.getByLabelText('Amount (USD)')).toHaveValue('7.25');
    expect(session.current()).toEqual({ status: 'signed-in', email: 'ann@example.com' });
  });
});
