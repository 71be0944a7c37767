import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, newIdempotencyKey, unwrap, type Currency, type Wallet } from '../api/client';
import { BudgetBar } from '../components/BudgetBar';
import { Field } from '../components/Field';
import { ProblemAlert } from '../components/ProblemAlert';
import { CURRENCIES, CurrencySelect } from '../components/Selects';
import { formatMoney, parseAmount } from '../money';
import { thisMonth, useWallets } from '../queries';

/** A card per wallet, this month's spending and top categories, and the budgets nearing their limit. */
export function Dashboard() {
  const wallets = useWallets();
  const list = wallets.data ?? [];
  const currencies = [...new Set(list.map((w) => w.currency ?? 'USD'))];
  const [chosen, setChosen] = useState<Currency>();
  const currency = chosen && currencies.includes(chosen) ? chosen : currencies[0];

  return (
    <>
      <h1>Dashboard</h1>
      <ProblemAlert error={wallets.error} />
      <section aria-labelledby="wallets-heading">
        <h2 id="wallets-heading">Wallets</h2>
        <div className="grid">
          {list.map((wallet) => (
            <WalletCard key={wallet.id} wallet={wallet} />
          ))}
          <NewWallet />
        </div>
      </section>
      {currency && (
        <section className="section" aria-labelledby="month-heading">
          <div className="row" style={{ justifyContent: 'space-between' }}>
            <h2 id="month-heading">This month</h2>
            {currencies.length > 1 && (
              <Field label="Currency">
                <select value={currency} onChange={(e) => setChosen(e.target.value as Currency)}>
                  {currencies.map((c) => (
                    <option key={c}>{c}</option>
                  ))}
                </select>
              </Field>
            )}
          </div>
          <div className="grid">
            <MonthSpending currency={currency} />
            <BudgetsNearLimit currency={currency} />
          </div>
        </section>
      )}
    </>
  );
}

function WalletCard({ wallet }: { wallet: Wallet }) {
  const currency = wallet.currency ?? 'USD';
  const held = (wallet.balance ?? 0) - (wallet.availableBalance ?? 0);
  return (
    <article className="card wallet-card stack" aria-label={`${wallet.name || currency} wallet`}>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h3 className="wallet-name">{wallet.name || `${currency} wallet`}</h3>
        {wallet.status !== 'ACTIVE' && <span className="pill">{wallet.status}</span>}
      </div>
      <div>
        <div className="muted small">Balance</div>
        <div className="balance amount" data-testid="balance">
          {formatMoney(wallet.balance ?? 0, currency)}
        </div>
      </div>
      <div className="row small">
        <span>
          Available <strong className="amount">{formatMoney(wallet.availableBalance ?? 0, currency)}</strong>
        </span>
        <span>
          Open holds <strong className="amount">{formatMoney(held, currency)}</strong>
        </span>
      </div>
      <div className="row small">
        <Link to={`/transactions?walletId=${encodeURIComponent(wallet.id ?? '')}`}>Transactions</Link>
        <Link to="/send">Send</Link>
      </div>
      <AddMoney wallet={wallet} />
    </article>
  );
}

/** A top-up from the external funding source (POST /deposits), one Idempotency-Key per submitted form. */
function AddMoney({ wallet }: { wallet: Wallet }) {
  const currency = wallet.currency ?? 'USD';
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [amount, setAmount] = useState('');
  const [error, setError] = useState<string>();
  const key = useRef<string | undefined>(undefined);
  const deposit = useMutation({
    mutationFn: (minor: number) =>
      unwrap(
        api.POST('/api/v1/deposits', {
          body: { walletId: wallet.id ?? '', amount: minor, currency },
          params: { header: { 'Idempotency-Key': (key.current ??= newIdempotencyKey()) } },
        }),
      ),
    onSuccess: () => {
      key.current = undefined;
      setAmount('');
      setOpen(false);
      void queryClient.invalidateQueries({ queryKey: ['wallets'] });
      void queryClient.invalidateQueries({ queryKey: ['transactions'] });
    },
  });
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        Add money
      </button>
    );
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseAmount(amount, currency);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    if (!deposit.isPending) deposit.mutate(parsed.minor);
  }
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <Field label={`Amount to add (${currency})`} error={error}>
        <input
          inputMode="decimal"
          value={amount}
          onChange={(e) => {
            // A changed amount is a new request: a new key.
            key.current = undefined;
            setAmount(e.target.value);
            setError(undefined);
          }}
        />
      </Field>
      <ProblemAlert error={deposit.error} />
      <div className="row">
        <button type="submit" className="primary" disabled={deposit.isPending}>
          {deposit.isPending ? 'Adding…' : 'Add'}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function NewWallet() {
  const queryClient = useQueryClient();
  const [currency, setCurrency] = useState<Currency>(CURRENCIES[0] ?? 'USD');
  const [name, setName] = useState('');
  const create = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/wallets', { body: { currency, ...(name.trim() ? { name: name.trim() } : {}) } })),
    onSuccess: () => {
      setName('');
      void queryClient.invalidateQueries({ queryKey: ['wallets'] });
    },
  });
  return (
    <form
      className="card stack"
      aria-label="Open a wallet"
      onSubmit={(e) => {
        e.preventDefault();
        if (!create.isPending) create.mutate();
      }}
    >
      <h3>Open a wallet</h3>
      <Field label="Currency">
        <CurrencySelect value={currency} onChange={setCurrency} />
      </Field>
      <Field label="Name (optional)">
        <input value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
      </Field>
      <ProblemAlert error={create.error} />
      <button type="submit" disabled={create.isPending}>
        Open wallet
      </button>
    </form>
  );
}

function MonthSpending({ currency }: { currency: string }) {
  const month = thisMonth();
  const report = useQuery({
    queryKey: ['dashboard', 'spending', month, currency],
    queryFn: () => unwrap(api.GET('/api/v1/reports/spending', { params: { query: { month, currency } } })),
  });
  const top = (report.data?.byCategory ?? []).slice(0, 5);
  const total = report.data?.total ?? 0;
  return (
    <article className="card stack" aria-labelledby="spending-heading">
      <h3 id="spending-heading">Spending</h3>
      <ProblemAlert error={report.error} />
      <div className="balance amount" data-testid="month-spending">
        {formatMoney(total, currency)}
      </div>
      {top.length === 0 && report.isSuccess && <p className="muted">No spending yet this month.</p>}
      <ul className="plain-list">
        {top.map((line) => (
          <li key={line.category}>
            <Link to={`/transactions?month=${month}&currency=${currency}&category=${encodeURIComponent(line.category ?? '')}`}>
              {line.category}
            </Link>{' '}
            <span className="amount">{formatMoney(line.total ?? 0, currency)}</span>
            <div className="bar" aria-hidden="true">
              <span style={{ width: `${total > 0 ? Math.round(((line.total ?? 0) * 100) / total) : 0}%` }} />
            </div>
          </li>
        ))}
      </ul>
      <Link to="/reports">All reports</Link>
    </article>
  );
}

function BudgetsNearLimit({ currency }: { currency: string }) {
  const month = thisMonth();
  const budgets = useQuery({
    queryKey: ['dashboard', 'budgets', month, currency],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/budgets', { params: { query: { month, currency } } }))).data ?? [],
  });
  const all = budgets.data ?? [];
  const near = all.filter((b) => b.status === 'WARNING' || b.status === 'OVER');
  return (
    <article className="card stack" aria-labelledby="budgets-heading">
      <h3 id="budgets-heading">Budgets nearing their limit</h3>
      <ProblemAlert error={budgets.error} />
      {budgets.isSuccess && all.length === 0 && <p className="muted">No budgets set for {currency}.</p>}
      {budgets.isSuccess && all.length > 0 && near.length === 0 && (
        <p className="muted">All {all.length} budgets are on track.</p>
      )}
      {near.map((b) => (
        <BudgetBar key={b.category} budget={b} />
      ))}
      <Link to="/budgets">Budgets</Link>
    </article>
  );
}
