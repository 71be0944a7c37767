import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas, type Transaction, type Wallet } from '../api/client';
import { uploadFile } from '../api/uploads';
import { Field } from '../components/Field';
import { ProblemAlert } from '../components/ProblemAlert';
import { CategorySelect, WalletSelect } from '../components/Selects';
import { formatMoney } from '../money';
import { useWallets } from '../queries';

const TYPES = ['DEPOSIT', 'WITHDRAWAL', 'TRANSFER', 'PAYMENT', 'REVERSAL'] as const;
const PAGE = 50;

/**
 * The caller's transactions, newest first, loaded page by page on the keyset cursor as the list
 * scrolls. The filters live in the address (`?walletId=&type=&category=&from=&to=&q=`), so a deep
 * link reloads into the same list. A report's drill-down (`?month=&currency=&category=`) lists
 * exactly the spending lines behind that figure instead.
 */
export function Transactions() {
  const [params] = useSearchParams();
  return params.has('month') ? <SpendingLines params={params} /> : <TransactionList />;
}

function TransactionList() {
  const [params, setParams] = useSearchParams();
  const wallets = useWallets();
  const filters = {
    walletId: params.get('walletId') ?? '',
    type: params.get('type') ?? '',
    category: params.get('category') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    q: params.get('q') ?? '',
  };
  const [text, setText] = useState(filters.q);
  const query = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== ''));

  const pages = useInfiniteQuery({
    queryKey: ['transactions', query],
    initialPageParam: '',
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/transactions', {
          params: { query: { ...query, limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

  function set(name: keyof typeof filters, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  }

  const rows = pages.data?.pages.flatMap((p) => p.data ?? []) ?? [];
  return (
    <>
      <h1>Transactions</h1>
      <form
        className="toolbar"
        role="search"
        aria-label="Filter transactions"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          set('q', text.trim());
        }}
      >
        <Field label="Wallet">
          <WalletSelect any="All wallets" value={filters.walletId} onChange={(v) => set('walletId', v)} />
        </Field>
        <Field label="Type">
          <select value={filters.type} onChange={(e) => set('type', e.target.value)}>
            <option value="">All types</option>
            {TYPES.map((t) => (
              <option key={t} value={t}>
                {t.toLowerCase()}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Category">
          <CategorySelect none="All categories" value={filters.category} onChange={(v) => set('category', v)} />
        </Field>
        <Field label="From">
          <input type="date" value={dayOf(filters.from)} onChange={(e) => set('from', startOf(e.target.value))} />
        </Field>
        <Field label="To (inclusive)">
          <input type="date" value={lastDayOf(filters.to)} onChange={(e) => set('to', endOf(e.target.value))} />
        </Field>
        <Field label="Text">
          <input type="search" value={text} placeholder="Merchant or description" onChange={(e) => setText(e.target.value)} />
        </Field>
        <button type="submit">Search</button>
      </form>
      <ProblemAlert error={pages.error} />
      {pages.isSuccess && rows.length === 0 && <p className="muted">No transactions match.</p>}
      <ul className="tx-list" aria-label="Transactions">
        {rows.map((t) => (
          <TransactionRow key={t.id} transaction={t} wallets={wallets.data ?? []} />
        ))}
      </ul>
      <MoreOnScroll
        hasMore={pages.hasNextPage}
        loading={pages.isFetchingNextPage}
        onMore={() => void pages.fetchNextPage()}
      />
    </>
  );
}

/** Loads the next page when the end of the list scrolls into view; the button does the same by hand. */
function MoreOnScroll({ hasMore, loading, onMore }: { hasMore: boolean; loading: boolean; onMore: () => void }) {
  const sentinel = useRef<HTMLDivElement>(null);
  const more = useRef(onMore);
  more.current = onMore;
  useEffect(() => {
    const element = sentinel.current;
    if (!element || !hasMore || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) more.current();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [hasMore]);
  if (!hasMore) return null;
  return (
    <div ref={sentinel} className="more">
      <button type="button" onClick={onMore} disabled={loading}>
        {loading ? 'Loading…' : 'Load more'}
      </button>
    </div>
  );
}

/** The amount as this caller sees it: money leaving one of their wallets is negative. */
function signedAmount(t: Transaction, own: Set<string>): number {
  const amount = t.amount ?? 0;
  const out = t.sourceWalletId != null && own.has(t.sourceWalletId);
  const into = t.destinationWalletId != null && own.has(t.destinationWalletId);
  return out && !into ? -amount : amount;
}

function TransactionRow({ transaction: t, wallets }: { transaction: Transaction; wallets: Wallet[] }) {
  const own = new Set(wallets.map((w) => w.id ?? ''));
  const currency = t.currency ?? 'USD';
  const amount = signedAmount(t, own);
  const [editing, setEditing] = useState(false);
  const title = t.merchant || t.description || t.type?.toLowerCase() || 'Transaction';
  return (
    <li className="tx card" data-testid="transaction" data-id={t.id}>
      <div className="tx-main">
        <div>
          <div className="tx-title">{title}</div>
          <div className="small muted">
            <time dateTime={t.createdAt}>{formatDate(t.createdAt)}</time> · {t.type?.toLowerCase()}
            {t.status !== 'COMPLETED' && <span className="pill">{t.status?.toLowerCase()}</span>}
            {t.reversedBy && <span className="pill">reversed</span>}
          </div>
          {t.description && t.merchant && <div className="small">{t.description}</div>}
          {t.note && <div className="small">Note: {t.note}</div>}
          {t.tags && t.tags.length > 0 && (
            <div className="small">
              {t.tags.map((tag) => (
                <span key={tag} className="pill">
                  #{tag}
                </span>
              ))}
            </div>
          )}
        </div>
        <div className="tx-side">
          <span className={`amount ${amount < 0 ? 'negative' : 'positive'}`} data-testid="amount">
            {formatMoney(amount, currency)}
          </span>
          <InlineCategory transaction={t} />
        </div>
      </div>
      <div className="row small">
        {t.receiptUrl && (
          <a href={t.receiptUrl} target="_blank" rel="noreferrer">
            Receipt
          </a>
        )}
        <button type="button" className="link" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {editing ? 'Close' : 'Note, tags, receipt'}
        </button>
      </div>
      {editing && <Annotate transaction={t} onDone={() => setEditing(false)} />}
    </li>
  );
}

type Annotation = Schemas['AnnotateTransactionRequest'];

function useAnnotate(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Annotation) =>
      unwrap(api.PATCH('/api/v1/transactions/{id}', { params: { path: { id } }, body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['transactions'] });
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
      void queryClient.invalidateQueries({ queryKey: ['reports'] });
      void queryClient.invalidateQueries({ queryKey: ['budgets'] });
    },
  });
}

/** The caller's category for their side of the transaction, set in place. */
function InlineCategory({ transaction: t }: { transaction: Transaction }) {
  const annotate = useAnnotate(t.id ?? '');
  const [value, setValue] = useState(t.category ?? '');
  useEffect(() => setValue(t.category ?? ''), [t.category]);
  return (
    <div className="stack">
      <label className="visually-hidden" htmlFor={`category-${t.id}`}>
        Category of {t.merchant || t.description || 'this transaction'}
      </label>
      <CategorySelect
        id={`category-${t.id}`}
        none="Uncategorised"
        value={value}
        disabled={annotate.isPending}
        onChange={(next) => {
          setValue(next);
          if (next) annotate.mutate({ category: next });
        }}
      />
      <ProblemAlert error={annotate.error} />
    </div>
  );
}

function Annotate({ transaction: t, onDone }: { transaction: Transaction; onDone: () => void }) {
  const annotate = useAnnotate(t.id ?? '');
  const [note, setNote] = useState(t.note ?? '');
  const [tags, setTags] = useState((t.tags ?? []).join(', '));
  const [receipt, setReceipt] = useState<File>();
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<unknown>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body: Annotation = {
      note: note.trim(),
      tags: tags
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    };
    if (receipt) {
      setUploading(true);
      setUploadError(undefined);
      try {
        body.receiptUploadId = await uploadFile(receipt, 'receipt');
      } catch (e) {
        setUploadError(e);
        return;
      } finally {
        setUploading(false);
      }
    }
    annotate.mutate(body, { onSuccess: onDone });
  }

  return (
    <form className="row" onSubmit={submit} aria-label="Note, tags and receipt">
      <Field label="Note">
        <input value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <Field label="Tags" hint="Comma-separated">
        <input value={tags} onChange={(e) => setTags(e.target.value)} />
      </Field>
      <Field label="Receipt" hint="JPEG, PNG, HEIC or PDF up to 10 MiB">
        <input
          type="file"
          accept="image/jpeg,image/png,image/heic,application/pdf"
          onChange={(e) => setReceipt(e.target.files?.[0])}
        />
      </Field>
      <button type="submit" className="primary" disabled={uploading || annotate.isPending}>
        {uploading ? 'Uploading…' : annotate.isPending ? 'Saving…' : 'Save'}
      </button>
      <ProblemAlert error={uploadError ?? annotate.error} />
    </form>
  );
}

/** A report's drill-down: exactly the lines behind one figure (the report's `transactionsUrl`). */
function SpendingLines({ params }: { params: URLSearchParams }) {
  const month = params.get('month') ?? '';
  const currency = params.get('currency') ?? '';
  const category = params.get('category') ?? '';
  const day = params.get('day') ?? '';
  const query = { month, currency, ...(category ? { category } : {}) };
  const pages = useInfiniteQuery({
    queryKey: ['reports', 'lines', query],
    initialPageParam: '',
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/reports/spending/lines', {
          params: { query: { ...query, limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const all = pages.data?.pages.flatMap((p) => p.data ?? []) ?? [];
  const rows = day ? all.filter((line) => line.occurredAt?.startsWith(day)) : all;
  // Lines come newest first: a day's lines are complete once a page reaches past that day.
  const oldest = all[all.length - 1]?.occurredAt ?? '';
  const more = pages.hasNextPage && (!day || oldest >= day);
  const total = rows.reduce((sum, line) => sum + (line.amount ?? 0), 0);
  const what = [category || 'all categories', day || month, currency].join(' · ');
  return (
    <>
      <h1>Spending lines</h1>
      <p>
        Exactly the lines behind the report figure for <strong>{what}</strong>
        {pages.isSuccess && !more && (
          <>
            : {rows.length} lines, <span className="amount">{formatMoney(total, currency || 'USD')}</span>
          </>
        )}
        . <Link to="/transactions">Show all transactions</Link>
      </p>
      <ProblemAlert error={pages.error} />
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">Spending lines for {what}</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Merchant or description</th>
              <th scope="col">Kind</th>
              <th scope="col">Category</th>
              <th scope="col" className="num">
                Amount
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((line) => (
              <tr key={`${line.kind}-${line.id}`} data-testid="spending-line">
                <td>{formatDate(line.occurredAt)}</td>
                <td>{line.merchant || line.description}</td>
                <td>{line.kind === 'EXPENSE' ? 'expense' : 'transaction'}</td>
                <td>{line.category}</td>
                <td className="num amount">{formatMoney(line.amount ?? 0, line.currency ?? (currency || 'USD'))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <MoreOnScroll hasMore={more} loading={pages.isFetchingNextPage} onMore={() => void pages.fetchNextPage()} />
    </>
  );
}

function formatDate(instant: string | undefined): string {
  return instant
    ? new Date(instant).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC'
    : '';
}

/** Date inputs speak `YYYY-MM-DD`; the API speaks UTC instants, with `to` exclusive. */
function startOf(day: string): string {
  return day ? `${day}T00:00:00Z` : '';
}

function endOf(day: string): string {
  if (!day) return '';
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().replace('.000Z', 'Z');
}

function dayOf(instant: string): string {
  return instant.slice(0, 10);
}

function lastDayOf(exclusiveEnd: string): string {
  if (!exclusiveEnd) return '';
  const end = new Date(exclusiveEnd);
  if (Number.isNaN(end.getTime())) return '';
  return new Date(end.getTime() - 1).toISOString().slice(0, 10);
}
