import { http, HttpResponse, delay } from 'msw';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SendMoney } from '../src/screens/SendMoney';
import { renderScreen } from './render';
import { server } from './server';

const wallet = { id: 'w-1', name: 'Main', currency: 'USD', balance: 10000, availableBalance: 10000, status: 'ACTIVE' };

function baseHandlers() {
  return [
    http.get('*/api/v1/wallets', () => HttpResponse.json({ data: [wallet] })),
    http.get('*/api/v1/categories', () => HttpResponse.json({ data: [{ id: 'c', name: 'dining' }] })),
  ];
}

async function fillAndReview(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole('option', { name: /Main/ });
  await user.type(screen.getByLabelText('Recipient e-mail'), 'bob@example.com');
  await user.type(screen.getByLabelText('Amount (USD)'), '12.34');
  await user.click(screen.getByRole('button', { name: 'Review' }));
}

describe('Send money', () => {
  it('sends one transfer however often Confirm is clicked, with the exact minor amount', async () => {
    const sent: { key: string | null; body: unknown }[] = [];
    server.use(
      ...baseHandlers(),
      http.post('*/api/v1/transfers', async ({ request }) => {
        sent.push({ key: request.headers.get('Idempotency-Key'), body: await request.json() });
        await delay(100);
        return HttpResponse.json({ id: 't-1', type: 'TRANSFER', status: 'COMPLETED', amount: 1234, currency: 'USD' }, { status: 201 });
      }),
    );
    const user = userEvent.setup();
    renderScreen(<SendMoney />);
    await fillAndReview(user);

    const confirm = await screen.findByRole('button', { name: /Send \$12\.34/ });
    await user.dblClick(confirm);
    await user.click(confirm);

    expect(await screen.findByRole('heading', { name: 'Money sent' })).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent[0]?.body).toEqual({ sourceWalletId: 'w-1', recipientEmail: 'bob@example.com', amount: 1234, currency: 'USD' });
  });

  it('retries after a network error with the same Idempotency-Key', async () => {
    const keys: (string | null)[] = [];
    server.use(
      ...baseHandlers(),
      http.post('*/api/v1/transfers', ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        return keys.length === 1
          ? HttpResponse.error()
          : HttpResponse.json({ id: 't-1', type: 'TRANSFER', status: 'COMPLETED', amount: 1234, currency: 'USD' }, { status: 201 });
      }),
    );
    const user = userEvent.setup();
    renderScreen(<SendMoney />);
    await fillAndReview(user);

    await user.click(await screen.findByRole('button', { name: /Send \$12\.34/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('No answer from the server');
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('heading', { name: 'Money sent' })).toBeInTheDocument();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it('shows the refusal’s problem detail and makes a new key once the form is changed', async () => {
    const keys: (string | null)[] = [];
    server.use(
      ...baseHandlers(),
      http.post('*/api/v1/transfers', ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        return HttpResponse.json(
          {
            type: 'https://payfast.example/problems/insufficient_funds',
            title: 'Insufficient funds',
            status: 422,
            code: 'insufficient_funds',
            detail: 'The wallet’s available balance is 100; 1234 is needed.',
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json', 'X-Request-Id': 'req-42' } },
        );
      }),
    );
    const user = userEvent.setup();
    renderScreen(<SendMoney />);
    await fillAndReview(user);
    await user.click(await screen.findByRole('button', { name: /Send \$12\.34/ }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The wallet’s available balance is 100; 1234 is needed.');
    expect(alert).toHaveTextContent('Request id req-42');

    await user.click(screen.getByRole('button', { name: 'Change' }));
    await user.click(screen.getByRole('button', { name: 'Review' }));
    await user.click(await screen.findByRole('button', { name: /Send \$12\.34/ }));
    await waitFor(() => expect(keys).toHaveLength(2));
    expect(keys[1]).not.toBe(keys[0]);
  });

  it('refuses an amount with too many decimals before anything is sent', async () => {
    server.use(...baseHandlers());
    const user = userEvent.setup();
    renderScreen(<SendMoney />);
    await screen.findByRole('option', { name: /Main/ });
    await user.type(screen.getByLabelText('Recipient e-mail'), 'bob@example.com');
    await user.type(screen.getByLabelText('Amount (USD)'), '1.005');
    await user.click(screen.getByRole('button', { name: 'Review' }));
    expect(screen.getByText('USD has at most 2 decimals')).toBeInTheDocument();
    expect(screen.getByLabelText('Amount (USD)')).toHaveAttribute('aria-invalid', 'true');
  });
});
