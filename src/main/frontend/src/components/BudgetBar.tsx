import type { Schemas } from '../api/client';
import { formatMoney } from '../money';

export type Budget = Schemas['BudgetResponse'];

const statusText = { OK: 'On track', WARNING: 'Nearing the limit', OVER: 'Over budget' } as const;

/**
 * One budget's progress: spent against available (limit + carried over), coloured by the server's
 * status (OK, WARNING from 80 %, OVER), with the figures in text for screen readers.
 */
export function BudgetBar({ budget }: { budget: Budget }) {
  const currency = budget.currency ?? 'USD';
  const status = (budget.status ?? 'OK') as keyof typeof statusText;
  const percent = Math.max(0, Math.min(100, budget.percentUsed ?? 0));
  const carried = budget.carriedOver ?? 0;
  return (
    <div className="budget stack" data-status={status}>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <strong>{budget.category}</strong>
        <span className={`status-${status}`}>{statusText[status] ?? status}</span>
      </div>
      <div
        className={`bar ${status}`}
        role="progressbar"
        aria-label={`${budget.category} budget used`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(percent)}
        aria-valuetext={`${formatMoney(budget.spent ?? 0, currency)} of ${formatMoney(budget.available ?? 0, currency)}`}
      >
        <span style={{ width: `${percent}%` }} />
      </div>
      <div className="row small muted" style={{ justifyContent: 'space-between' }}>
        <span>
          {formatMoney(budget.spent ?? 0, currency)} of {formatMoney(budget.available ?? 0, currency)}
        </span>
        <span>
          {(budget.remaining ?? 0) < 0
            ? `${formatMoney(-(budget.remaining ?? 0), currency)} over`
            : `${formatMoney(budget.remaining ?? 0, currency)} left`}
        </span>
      </div>
      {carried !== 0 && (
        <span className="small muted">
          Limit {formatMoney(budget.limit ?? 0, currency)} {carried > 0 ? '+' : '−'} {formatMoney(Math.abs(carried), currency)}{' '}
          carried over from last month
        </span>
      )}
    </div>
  );
}
