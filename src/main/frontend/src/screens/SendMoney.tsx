import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, newIdempotencyKey, unwrap, type Currency, type Transaction, type Wallet } from '../api/client';
import { Field } from '../components/Field';
import { ProblemAlert } from '../components/ProblemAlert';
import { CategorySelect, WalletSelect, walletLabel } from '../components/Selects';
import { formatMoney, parseAmount } from '../money';
import { useWallets } from '../queries';
import { ApiError } from '../api/problem';

type Recipient = 'email' | 'wallet';

interface Draft {
  sourceWalletId: string;
  recipient: Recipient;
  recipientEmail: string;
  destinationWalletId: string;
  amount: string;
  description: string;
  category: string;
}

const empty: Draft = {
  sourceWalletId: '',
  recipient: 'email',
  recipientEmail: '',
  destinationWalletId: '',
  amount: '',
  description: '',
  category: '',
};

/** A confirmed transfer: the body and the one Idempotency-Key every retry of it sends. */
interface Confirmed {
  key: string;
  body: {
    sourceWalletId: string;
    recipientEmail?: string;
    destinationWalletId?: string;
    amount: number;
    currency: Currency;
    description?: string;
    category?: string;
  };
}

/**
 * Send money to an e-mail or to one of one's own wallets. Review shows what will happen; Confirm
 * sends it with an Idempotency-Key made when the review opened, so a double click or a retry after
 * a network error moves the money once. Editing the form again makes a new key.
 */
export function SendMoney() {
  const wallets = useWallets();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(empty);
  const [errors, setErrors] = useState<Partial<Record<keyof Draft, string>>>({});
  const [confirmed, setConfirmed] = useState<Confirmed>();
  const sending = useRef(false);

  const send = useMutation({
    mutationFn: (c: Confirmed) =>
      unwrap(api.POST('/api/v1/transfers', { body: c.body, params: { header: { 'Idempotency-Key': c.key } } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['wallets'] });
      void queryClient.invalidateQueries({ queryKey: ['transactions'] });
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
    },
    onSettled: () => {
      sending.current = false;
    },
  });

  const list = wallets.data ?? [];
  const source = list.find((w) => w.id === draft.sourceWalletId) ?? list[0];
  const sourceId = source?.id ?? '';
  const currency = source?.currency ?? 'USD';

  function update<K extends keyof Draft>(key: K, value: Draft[K]) {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  }

  function review(event: FormEvent) {
    event.preventDefault();
    const found: typeof errors = {};
    const amount = parseAmount(draft.amount, currency);
    if (!amount.ok) found.amount = amount.message;
    if (!sourceId) found.sourceWalletId = 'Choose the wallet to pay from';
    if (draft.recipient === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(draft.recipientEmail.trim())) {
      found.recipientEmail = 'Enter the recipient’s e-mail address';
    }
    if (draft.recipient === 'wallet') {
      const destination = list.find((w) => w.id === draft.destinationWalletId);
      if (!destination) found.destinationWalletId = 'Choose the wallet to move the money to';
      else if (destination.id === sourceId) found.destinationWalletId = 'Choose a different wallet than the source';
      else if (destination.currency !== currency) found.destinationWalletId = `Choose a ${currency} wallet`;
    }
    setErrors(found);
    if (Object.keys(found).length > 0 || !amount.ok) {
      return;
    }
    send.reset();
    setConfirmed({
      key: newIdempotencyKey(),
      body: {
        sourceWalletId: sourceId,
        ...(draft.recipient === 'email'
          ? { recipientEmail: draft.recipientEmail.trim() }
          : { destinationWalletId: draft.destinationWalletId }),
        amount: amount.minor,
        currency,
        ...(draft.description.trim() ? { description: draft.description.trim() } : {}),
        ...(draft.category ? { category: draft.category } : {}),
      },
    });
  }

  function confirm() {
    // A second click while the first is on its way sends nothing; a retry sends the same key.
    if (!confirmed || sending.current) return;
    sending.current = true;
    send.mutate(confirmed);
  }

  if (send.isSuccess && send.data) {
    return (
      <Done
        transaction={send.data}
        onAnother={() => {
          send.reset();
          setConfirmed(undefined);
          setDraft({ ...empty, sourceWalletId: sourceId });
        }}
      />
    );
  }

  if (confirmed) {
    const retryable = send.error instanceof ApiError && send.error.retryable;
    return (
      <section className="card stack" aria-labelledby="review-heading">
        <h1 id="review-heading">Confirm the transfer</h1>
        <dl className="summary">
          <dt>From</dt>
          <dd>{source ? walletLabel(source) : sourceId}</dd>
          <dt>To</dt>
          <dd>{confirmed.body.recipientEmail ?? walletName(list, confirmed.body.destinationWalletId)}</dd>
          <dt>Amount</dt>
          <dd className="amount">{formatMoney(confirmed.body.amount, currency)}</dd>
          {confirmed.body.description && (
            <>
              <dt>Description</dt>
              <dd>{confirmed.body.description}</dd>
            </>
          )}
          {confirmed.body.category && (
            <>
              <dt>Category</dt>
              <dd>{confirmed.body.category}</dd>
            </>
          )}
        </dl>
        <ProblemAlert error={send.error} />
        <div className="row">
          <button type="button" className="primary" onClick={confirm} disabled={send.isPending}>
            {send.isPending ? 'Sending…' : retryable ? 'Try again' : `Send ${formatMoney(confirmed.body.amount, currency)}`}
          </button>
          <button type="button" onClick={() => setConfirmed(undefined)} disabled={send.isPending}>
            Change
          </button>
        </div>
      </section>
    );
  }

  return (
    <section className="card" aria-labelledby="send-heading">
      <h1 id="send-heading">Send money</h1>
      {list.length === 0 && wallets.isSuccess ? (
        <p>
          You have no wallet yet. <Link to="/">Open one on the dashboard</Link>.
        </p>
      ) : (
        <form className="stack" onSubmit={review} noValidate>
          <Field label="From" error={errors.sourceWalletId}>
            <WalletSelect value={sourceId} onChange={(v) => update('sourceWalletId', v)} />
          </Field>
          <fieldset className="row plain">
            <legend>To</legend>
            <label>
              <input
                type="radio"
                name="recipient"
                checked={draft.recipient === 'email'}
                onChange={() => update('recipient', 'email')}
              />{' '}
              Someone’s e-mail
            </label>
            <label>
              <input
                type="radio"
                name="recipient"
                checked={draft.recipient === 'wallet'}
                onChange={() => update('recipient', 'wallet')}
              />{' '}
              One of my wallets
            </label>
          </fieldset>
          {draft.recipient === 'email' ? (
            <Field label="Recipient e-mail" error={errors.recipientEmail}>
              <input
                type="email"
                autoComplete="off"
                value={draft.recipientEmail}
                onChange={(e) => update('recipientEmail', e.target.value)}
              />
            </Field>
          ) : (
            <Field label="Destination wallet" error={errors.destinationWalletId}>
              <WalletSelect value={draft.destinationWalletId} onChange={(v) => update('destinationWalletId', v)} />
            </Field>
          )}
          <Field label={`Amount (${currency})`} hint="For example 12.50" error={errors.amount}>
            <input inputMode="decimal" autoComplete="off" value={draft.amount} onChange={(e) => update('amount', e.target.value)} />
          </Field>
          <Field label="Description (optional)">
            <input value={draft.description} maxLength={500} onChange={(e) => update('description', e.target.value)} />
          </Field>
          <Field label="Category (optional)">
            <CategorySelect value={draft.category} none="Let my rules decide" onChange={(v) => update('category', v)} />
          </Field>
          <button type="submit" className="primary">
            Review
          </button>
        </form>
      )}
    </section>
  );
}

function walletName(wallets: Wallet[], id: string | undefined): string {
  const wallet = wallets.find((w) => w.id === id);
  return wallet ? walletLabel(wallet) : (id ?? '');
}

function Done({ transaction, onAnother }: { transaction: Transaction; onAnother: () => void }) {
  return (
    <section className="card stack" aria-labelledby="sent-heading">
      <h1 id="sent-heading">Money sent</h1>
      <div role="status" className="alert alert-ok">
        <p>
          {formatMoney(transaction.amount ?? 0, transaction.currency ?? 'USD')} sent. Transaction{' '}
          <code>{transaction.id}</code>.
        </p>
      </div>
      <div className="row">
        <button type="button" className="primary" onClick={onAnother}>
          Send more
        </button>
        <Link to="/transactions">See transactions</Link>
      </div>
    </section>
  );
}
