import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client';
import { ApiError } from '../api/problem';
import { ProblemAlert } from '../components/ProblemAlert';
import { formatMoney } from '../money';

type Reconciliation = Schemas['Reconciliation'];
type CurrencyTotals = Schemas['CurrencyTotals'];
type Mismatch = Schemas['Mismatch'];
type AuditStatus = Schemas['AuditStatusResponse'];

/**
 * Operations for group admin: whether the books balance (wallet balances, system accounts and the
 * ledger per currency) and how far the transaction log's shipping to S3 has got. A caller outside
 * the group gets 403 from the API, shown as the problem.
 */
export default function Admin() {
  const reconciliation = useQuery({
    queryKey: ['admin', 'reconciliation'],
    queryFn: () => unwrap(api.GET('/api/v1/admin/reconciliation')),
    staleTime: 0,
  });
  const audit = useQuery({
    queryKey: ['admin', 'audit'],
    queryFn: () => unwrap(api.GET('/api/v1/admin/audit')),
    staleTime: 0,
  });

  const denied = [reconciliation.error, audit.error].find((e) => e instanceof ApiError && e.status === 403);
  if (denied) {
    return (
      <>
        <h1>Administration</h1>
        <ProblemAlert error={denied} />
      </>
    );
  }

  const refreshing = reconciliation.isFetching || audit.isFetching;
  const updatedAt = Math.max(reconciliation.dataUpdatedAt, audit.dataUpdatedAt);
  return (
    <>
      <h1>Administration</h1>
      <div className="toolbar">
        <button
          type="button"
          onClick={() => {
            void reconciliation.refetch();
            void audit.refetch();
          }}
          disabled={refreshing}
        >
          {refreshing ? 'Refreshing…' : 'Refresh'}
        </button>
        <span role="status" className="small muted">
          {refreshing ? 'Refreshing…' : updatedAt > 0 ? `Updated ${new Date(updatedAt).toLocaleTimeString()}` : ''}
        </span>
      </div>

      <section className="section stack" aria-labelledby="reconciliation-heading">
        <h2 id="reconciliation-heading">Reconciliation</h2>
        {reconciliation.isPending && <p className="muted">Loading…</p>}
        <ProblemAlert error={reconciliation.error} />
        {reconciliation.data && <ReconciliationView report={reconciliation.data} />}
      </section>

      <section className="section stack" aria-labelledby="audit-heading">
        <h2 id="audit-heading">Transaction log shipping to S3</h2>
        {audit.isPending && <p className="muted">Loading…</p>}
        <ProblemAlert error={audit.error} />
        {audit.data && <AuditView status={audit.data} />}
      </section>
    </>
  );
}

function ReconciliationView({ report }: { report: Reconciliation }) {
  const currencies = report.currencies ?? [];
  const mismatches = report.mismatches ?? [];
  return (
    <>
      <p className={`alert ${mismatches.length === 0 ? 'alert-ok' : 'alert-error'}`}>
        {mismatches.length === 0
          ? 'Balanced: every wallet, system account and ledger total agrees.'
          : `${mismatches.length} mismatch${mismatches.length === 1 ? '' : 'es'} found.`}
      </p>
      <CurrencyTable rows={currencies} />
      {mismatches.length > 0 && <MismatchTable rows={mismatches} />}
    </>
  );
}

function CurrencyTable({ rows }: { rows: CurrencyTotals[] }) {
  if (rows.length === 0) {
    return <p className="muted">No money has moved yet.</p>;
  }
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">Totals per currency</caption>
        <thead>
          <tr>
            <th scope="col">Currency</th>
            <th scope="col" className="num">
              Wallet balances
            </th>
            <th scope="col" className="num">
              System accounts
            </th>
            <th scope="col" className="num">
              Ledger
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const currency = row.currency ?? 'USD';
            return (
              <tr key={currency}>
                <th scope="row">{currency}</th>
                <td className="num amount">{formatMoney(row.walletBalanceTotal ?? 0, currency)}</td>
                <td className="num amount">{formatMoney(row.systemBalanceTotal ?? 0, currency)}</td>
                <td className="num amount">{formatMoney(row.ledgerTotal ?? 0, currency)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function MismatchTable({ rows }: { rows: Mismatch[] }) {
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">Mismatches</caption>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Currency</th>
            <th scope="col">Id</th>
            <th scope="col" className="num">
              Stored
            </th>
            <th scope="col" className="num">
              Expected
            </th>
            <th scope="col" className="num">
              Difference
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const currency = row.currency ?? 'USD';
            const stored = row.stored ?? 0;
            const expected = row.expected ?? 0;
            return (
              <tr key={`${row.kind}-${row.id}-${currency}-${i}`}>
                <td>{row.kind}</td>
                <td>{currency}</td>
                <td className="small admin-id">{row.id}</td>
                <td className="num amount">{formatMoney(stored, currency)}</td>
                <td className="num amount">{formatMoney(expected, currency)}</td>
                <td className="num amount">{formatMoney(stored - expected, currency)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Seconds as "3 h 5 min", "2 min 10 s", "40 s". */
function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

function AuditView({ status }: { status: AuditStatus }) {
  const pending = status.pending ?? 0;
  return (
    <div className="card">
      <dl className="summary">
        <dt>Waiting to ship</dt>
        <dd>{pending.toLocaleString()}</dd>
        <dt>Shipped</dt>
        <dd>{(status.shipped ?? 0).toLocaleString()}</dd>
        <dt>Oldest waiting</dt>
        <dd>{pending > 0 && status.oldestPendingAgeSeconds != null ? duration(status.oldestPendingAgeSeconds) : '—'}</dd>
        <dt>Last object</dt>
        <dd className="admin-id">{status.lastObjectKey ? <code>{status.lastObjectKey}</code> : '—'}</dd>
      </dl>
    </div>
  );
}
