import { type FormEvent, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Currency, type Schemas } from '../api/client';
import { BudgetBar, type Budget } from '../components/BudgetBar';
import { Field } from '../components/Field';
import { ProblemAlert } from '../components/ProblemAlert';
import { CategorySelect, CurrencySelect } from '../components/Selects';
import { parseAmount, toMajorText } from '../money';
import { thisMonth } from '../queries';

type Rollover = Schemas['BudgetRequest']['rollover'];

const ROLLOVERS: { value: Rollover; label: string }[] = [
  { value: 'NONE', label: 'None: each month starts afresh' },
  { value: 'SURPLUS', label: 'Surplus: unspent money carries over' },
  { value: 'FULL', label: 'Full: unspent money and overspending carry over' },
];

/** Monthly budgets per category in one currency: progress for a chosen month, and setting or removing one. */
export default function Budgets() {
  const [month, setMonth] = useState(thisMonth());
  const [currency, setCurrency] = useState<Currency>('USD');
  const [editing, setEditing] = useState<Budget>();
  const [saved, setSaved] = useState<string>();
  const budgets = useQuery({
    queryKey: ['budgets', month, currency],
    queryFn: async () => (await unwrap(api.GET('/api/v1/budgets', { params: { query: { month, currency } } }))).data ?? [],
    enabled: /^\d{4}-\d{2}$/.test(month),
  });
  const list = budgets.data ?? [];

  return (
    <>
      <h1>Budgets</h1>
      <div className="toolbar">
        <Field label="Month">
          <input type="month" value={month} onChange={(e) => setMonth(e.target.value || thisMonth())} />
        </Field>
        <Field label="Currency">
          <CurrencySelect
            value={currency}
            onChange={(c) => {
              setCurrency(c);
              setEditing(undefined);
            }}
          />
        </Field>
      </div>
      <section aria-labelledby="budgets-heading">
        <h2 id="budgets-heading">Budgets for {monthName(month)}</h2>
        <ProblemAlert error={budgets.error} />
        {budgets.isPending && budgets.fetchStatus !== 'idle' && <p className="muted">Loading…</p>}
        {budgets.isSuccess && list.length === 0 && (
          <p className="muted">No budgets in {currency} for this month yet. Set one below.</p>
        )}
        {list.length > 0 && (
          <ul className="plain-list" aria-label={`Budgets in ${currency}`}>
            {list.map((budget) => (
              <li key={budget.category} className="card stack">
                <BudgetBar budget={budget} />
                <div className="row">
                  <button
                    type="button"
                    onClick={() => {
                      setSaved(undefined);
                      setEditing(budget);
                    }} aria-label={`Change the ${budget.category} budget`}>
                    Change
                  </button>
                  <DeleteBudget budget={budget} currency={currency} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card section" aria-labelledby="set-budget-heading">
        <h2 id="set-budget-heading">{editing ? `Change the ${editing.category} budget` : 'Set a budget'}</h2>
        <BudgetForm
          key={`${editing?.category ?? 'new'}-${currency}-${month}`}
          budget={editing}
          currency={currency}
          month={month}
          onDone={() => setEditing(undefined)}
          onSaved={(category) => {
            setSaved(`The ${category} budget is set.`);
            setEditing(undefined);
          }}
        />
        {saved && (
          <p className="alert alert-ok" role="status">
            {saved}
          </p>
        )}
      </section>
    </>
  );
}

/** PUT a category's budget in `currency`; an existing budget prefills the form. */
function BudgetForm({
  budget,
  currency,
  month,
  onDone,
  onSaved,
}: {
  budget?: Budget;
  currency: Currency;
  month: string;
  onDone: () => void;
  onSaved: (category: string) => void;
}) {
  const queryClient = useQueryClient();
  const [category, setCategory] = useState(budget?.category ?? '');
  const [limit, setLimit] = useState(budget ? toMajorText(budget.limit ?? 0, currency) : '');
  const [rollover, setRollover] = useState<Rollover>(isRollover(budget?.rollover) ? budget.rollover : 'NONE');
  // A budget set while a later month is shown starts in that month; past months cannot change.
  const [fromMonth, setFromMonth] = useState(month > thisMonth() ? month : thisMonth());
  const [errors, setErrors] = useState<{ category?: string; limit?: string }>({});

  const save = useMutation({
    mutationFn: (vars: { category: string; body: Schemas['BudgetRequest'] }) =>
      unwrap(api.PUT('/api/v1/budgets/{category}', { params: { path: { category: vars.category } }, body: vars.body })),
    onSuccess: (_, vars) => {
      void queryClient.invalidateQueries({ queryKey: ['budgets'] });
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
      if (!budget) {
        setCategory('');
        setLimit('');
      }
      onSaved(vars.category);
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = parseAmount(limit, currency);
    const next = {
      category: category ? undefined : 'Choose a category',
      limit: parsed.ok ? undefined : parsed.message,
    };
    setErrors(next);
    if (!parsed.ok || !category) return;
    save.mutate({
      category,
      body: { currency, monthlyLimit: parsed.minor, rollover, ...(fromMonth ? { fromMonth } : {}) },
    });
  }

  return (
    <form className="stack" onSubmit={submit} noValidate aria-label={budget ? `Change the ${budget.category} budget` : 'Set a budget'}>
      <div className="grid">
        <Field label="Category" error={errors.category}>
          <CategorySelect none="Choose a category" value={category} onChange={setCategory} disabled={Boolean(budget)} />
        </Field>
        <Field label={`Monthly limit (${currency})`} error={errors.limit}>
          <input
            inputMode="decimal"
            autoComplete="off"
            value={limit}
            onChange={(e) => setLimit(e.target.value)}
            autoFocus={Boolean(budget)}
            required
          />
        </Field>
        <Field label="Rollover">
          <select value={rollover} onChange={(e) => setRollover(e.target.value as Rollover)}>
            {ROLLOVERS.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="From month" hint="The limit applies from this month on">
          <input type="month" value={fromMonth} onChange={(e) => setFromMonth(e.target.value)} />
        </Field>
      </div>
      <ProblemAlert error={save.error} />
      <div className="row">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save budget'}
        </button>
        {budget && (
          <button type="button" onClick={onDone} disabled={save.isPending}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

/** Removes a category's budget in this currency, after a confirm step. */
function DeleteBudget({ budget, currency }: { budget: Budget; currency: string }) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const category = budget.category ?? '';
  const remove = useMutation({
    mutationFn: () =>
      unwrap(api.DELETE('/api/v1/budgets/{category}', { params: { path: { category }, query: { currency } } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['budgets'] });
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
  if (!confirming) {
    return (
      <button type="button" className="danger" onClick={() => setConfirming(true)} aria-label={`Delete the ${category} budget`}>
        Delete
      </button>
    );
  }
  return (
    <div className="row" role="group" aria-label={`Delete the ${category} budget?`}>
      <span>Delete the {category} budget in {currency}?</span>
      <button type="button" className="danger" onClick={() => remove.mutate()} disabled={remove.isPending} autoFocus>
        {remove.isPending ? 'Deleting…' : 'Yes, delete'}
      </button>
      <button type="button" onClick={() => setConfirming(false)} disabled={remove.isPending}>
        Cancel
      </button>
      <ProblemAlert error={remove.error} />
    </div>
  );
}

function isRollover(value: string | undefined): value is Rollover {
  return ROLLOVERS.some((r) => r.value === value);
}

/** `2026-11` → "November 2026". */
function monthName(month: string): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return month;
  return date.toLocaleDateString(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
}
