import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Currency, type Schemas } from '../api/client';
import { Field } from '../components/Field';
import { ProblemAlert } from '../components/ProblemAlert';
import { CategorySelect, CurrencySelect } from '../components/Selects';
import { formatMoney, parseAmount, toMajorText } from '../money';

type Expense = Schemas['ExpenseResponse'];
type ExpenseRequest = Schemas['ExpenseRequest'];
type Filters = { from: string; to: string; category: string; q: string };

const PAGE = 25;
const NO_FILTERS: Filters = { from: '', to: '', category: '', q: '' };

/**
 * Manual expenses (cash, a card elsewhere): a filtered list paged on the keyset cursor, a form to
 * record one, and in-place editing and deleting (with a confirm step) of each.
 */
export default function Expenses() {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [editing, setEditing] = useState<Expense>();
  return (
    <>
      <h1>Expenses</h1>
      <section className="card" aria-labelledby="add-expense-heading">
        <h2 id="add-expense-heading">Add an expense</h2>
        <ExpenseForm key="new" />
      </section>
      {editing && (
        <section className="card section" aria-labelledby="edit-expense-heading">
          <EditHeading />
          <ExpenseForm key={editing.id} expense={editing} onDone={() => setEditing(undefined)} />
        </section>
      )}
      <section className="section" aria-labelledby="expenses-heading">
        <h2 id="expenses-heading">Your expenses</h2>
        <ExpenseFilters value={filters} onChange={setFilters} />
        <ExpenseList filters={filters} onEdit={setEditing} />
      </section>
    </>
  );
}

/** The edit form's heading takes the focus when the form opens, so keyboard users land in it. */
function EditHeading() {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'nearest' });
  }, []);
  return (
    <h2 id="edit-expense-heading" ref={heading} tabIndex={-1}>
      Edit expense
    </h2>
  );
}

function ExpenseFilters({ value, onChange }: { value: Filters; onChange: (next: Filters) => void }) {
  const [text, setText] = useState(value.q);
  const set = (name: keyof Filters, v: string) => onChange({ ...value, [name]: v });
  return (
    <form
      className="toolbar"
      role="search"
      aria-label="Filter expenses"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        set('q', text.trim());
      }}
    >
      <Field label="From">
        <input type="date" value={value.from} onChange={(e) => set('from', e.target.value)} />
      </Field>
      <Field label="To (inclusive)">
        <input type="date" value={value.to} onChange={(e) => set('to', e.target.value)} />
      </Field>
      <Field label="Category">
        <CategorySelect none="All categories" value={value.category} onChange={(v) => set('category', v)} />
      </Field>
      <Field label="Text">
        <input type="search" value={text} placeholder="Merchant or note" onChange={(e) => setText(e.target.value)} />
      </Field>
      <button type="submit">Search</button>
    </form>
  );
}

function ExpenseList({ filters, onEdit }: { filters: Filters; onEdit: (expense: Expense) => void }) {
  const query = {
    ...(filters.from ? { from: startOfDay(filters.from) } : {}),
    ...(filters.to ? { to: startOfDay(nextDay(filters.to)) } : {}),
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.q ? { q: filters.q } : {}),
  };
  const pages = useInfiniteQuery({
    queryKey: ['expenses', query],
    initialPageParam: '',
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/expenses', {
          params: { query: { ...query, limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor || undefined,
  });
  const rows = pages.data?.pages.flatMap((p) => p.data ?? []) ?? [];

  return (
    <>
      <ProblemAlert error={pages.error} />
      {pages.isPending && <p className="muted">Loading…</p>}
      {pages.isSuccess && rows.length === 0 && <p className="muted">No expenses match.</p>}
      {rows.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Expenses, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Merchant</th>
                <th scope="col">Category</th>
                <th scope="col" className="hide-mobile">
                  Note and tags
                </th>
                <th scope="col" className="num">
                  Amount
                </th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((expense) => (
                <ExpenseRow key={expense.id} expense={expense} onEdit={() => onEdit(expense)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages.hasNextPage && (
        <div className="more">
          <button type="button" onClick={() => void pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
            {pages.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </button>
        </div>
      )}
    </>
  );
}

function ExpenseRow({ expense, onEdit }: { expense: Expense; onEdit: () => void }) {
  const currency = expense.currency ?? 'USD';
  const label = expense.merchant || expense.category || 'expense';
  return (
    <tr>
      <td>{expense.spentAt ? formatDay(expense.spentAt) : ''}</td>
      <td>
        {expense.merchant || <span className="muted">—</span>}
        {expense.receiptUrl && (
          <>
            {' '}
            <a
              href={expense.receiptUrl}
              target="_blank"
              rel="noreferrer"
              className="small"
              aria-label={`Receipt for ${label} (opens in a new tab)`}
            >
              Receipt
            </a>
          </>
        )}
      </td>
      <td>{expense.category}</td>
      <td className="hide-mobile">
        {expense.note && <div>{expense.note}</div>}
        {(expense.tags ?? []).map((tag) => (
          <span key={tag} className="pill">
            {tag}
          </span>
        ))}
      </td>
      <td className="num amount">{formatMoney(expense.amount ?? 0, currency)}</td>
      <td>
        <div className="row">
          <button type="button" onClick={onEdit} aria-label={`Edit ${label}`}>
            Edit
          </button>
          <DeleteExpense expense={expense} label={label} />
        </div>
      </td>
    </tr>
  );
}

/** Delete asks once more, in place, before it calls the API. */
function DeleteExpense({ expense, label }: { expense: Expense; label: string }) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/expenses/{id}', { params: { path: { id: expense.id ?? '' } } })),
    onSuccess: () => invalidateSpending(queryClient),
  });
  if (!confirming) {
    return (
      <button type="button" className="danger" onClick={() => setConfirming(true)} aria-label={`Delete ${label}`}>
        Delete
      </button>
    );
  }
  return (
    <div className="stack" role="group" aria-label={`Delete ${label}?`}>
      <span className="small">Delete this expense?</span>
      <div className="row">
        <button type="button" className="danger" onClick={() => remove.mutate()} disabled={remove.isPending} autoFocus>
          {remove.isPending ? 'Deleting…' : 'Yes, delete'}
        </button>
        <button type="button" onClick={() => setConfirming(false)} disabled={remove.isPending}>
          Cancel
        </button>
      </div>
      <ProblemAlert error={remove.error} />
    </div>
  );
}

/** Adds an expense, or (with `expense`) changes one: PATCH sends only what the form may change. */
function ExpenseForm({ expense, onDone }: { expense?: Expense; onDone?: () => void }) {
  const queryClient = useQueryClient();
  const initialCurrency: Currency = expense?.currency ?? 'USD';
  const initialDay = expense?.spentAt ? expense.spentAt.slice(0, 10) : today();
  const [amount, setAmount] = useState(expense ? toMajorText(expense.amount ?? 0, initialCurrency) : '');
  const [currency, setCurrency] = useState(initialCurrency);
  const [category, setCategory] = useState(expense?.category ?? '');
  const [merchant, setMerchant] = useState(expense?.merchant ?? '');
  const [note, setNote] = useState(expense?.note ?? '');
  const [tags, setTags] = useState((expense?.tags ?? []).join(', '));
  const [day, setDay] = useState(initialDay);
  const [amountError, setAmountError] = useState<string>();
  const [saved, setSaved] = useState(false);

  const save = useMutation({
    mutationFn: (body: ExpenseRequest) =>
      expense
        ? unwrap(api.PATCH('/api/v1/expenses/{id}', { params: { path: { id: expense.id ?? '' } }, body }))
        : unwrap(api.POST('/api/v1/expenses', { body })),
    onSuccess: () => {
      invalidateSpending(queryClient);
      if (expense) {
        onDone?.();
        return;
      }
      setAmount('');
      setMerchant('');
      setNote('');
      setTags('');
      setSaved(true);
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    const parsed = parseAmount(amount, currency);
    if (!parsed.ok) {
      setAmountError(parsed.message);
      return;
    }
    setAmountError(undefined);
    const body: ExpenseRequest = {
      amount: parsed.minor,
      tags: tags
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    };
    // A new expense leaves out what is empty; an edit sends it, which clears the field.
    if (expense || merchant.trim()) body.merchant = merchant.trim();
    if (expense || note.trim()) body.note = note.trim();
    if (category) body.category = category;
    if (!expense) body.currency = currency;
    // An unchanged day keeps the expense's exact time.
    if (!expense || day !== initialDay) body.spentAt = startOfDay(day);
    save.mutate(body);
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <div className="grid">
        <Field label="Amount" error={amountError}>
          <input inputMode="decimal" autoComplete="off" value={amount} onChange={(e) => setAmount(e.target.value)} required />
        </Field>
        <Field label="Currency" hint={expense ? 'The currency of an expense cannot change' : undefined}>
          <CurrencySelect value={currency} onChange={setCurrency} disabled={Boolean(expense)} />
        </Field>
        <Field label="Category" hint="Automatic: the first matching rule's, else other">
          <CategorySelect none="Automatic" value={category} onChange={setCategory} />
        </Field>
        <Field label="Merchant">
          <input value={merchant} onChange={(e) => setMerchant(e.target.value)} />
        </Field>
        <Field label="Date spent">
          <input type="date" value={day} onChange={(e) => setDay(e.target.value)} required />
        </Field>
        <Field label="Tags" hint="Separate tags with commas">
          <input value={tags} onChange={(e) => setTags(e.target.value)} />
        </Field>
      </div>
      <Field label="Note">
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <ProblemAlert error={save.error} />
      {saved && (
        <p className="alert alert-ok" role="status">
          Expense added.
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={save.isPending || !day}>
          {save.isPending ? 'Saving…' : expense ? 'Save changes' : 'Add expense'}
        </button>
        {onDone && (
          <button type="button" onClick={onDone} disabled={save.isPending}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

function invalidateSpending(queryClient: ReturnType<typeof useQueryClient>) {
  for (const key of ['expenses', 'reports', 'budgets', 'dashboard']) {
    void queryClient.invalidateQueries({ queryKey: [key] });
  }
}

/** Today's UTC date as `YYYY-MM-DD`. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function startOfDay(day: string): string {
  return `${day}T00:00:00Z`;
}

function nextDay(day: string): string {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

function formatDay(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}
