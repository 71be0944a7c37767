import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BudgetBar, type Budget } from '../src/components/BudgetBar';

const base: Budget = {
  category: 'dining',
  currency: 'USD',
  month: '2026-12',
  rollover: 'NONE',
  limit: 10000,
  carriedOver: 0,
  available: 10000,
  spent: 2500,
  remaining: 7500,
  percentUsed: 25,
  status: 'OK',
};

describe('budget bar', () => {
  it('is on track below 80 %', () => {
    render(<BudgetBar budget={base} />);
    const bar = screen.getByRole('progressbar', { name: 'dining budget used' });
    expect(bar).toHaveAttribute('aria-valuenow', '25');
    expect(bar).toHaveClass('OK');
    expect(screen.getByText('On track')).toBeInTheDocument();
    expect(screen.getByText('$75.00 left')).toBeInTheDocument();
  });

  it('warns from 80 %', () => {
    render(<BudgetBar budget={{ ...base, spent: 8500, remaining: 1500, percentUsed: 85, status: 'WARNING' }} />);
    expect(screen.getByRole('progressbar')).toHaveClass('WARNING');
    expect(screen.getByText('Nearing the limit')).toBeInTheDocument();
  });

  it('is full and says by how much when over', () => {
    render(<BudgetBar budget={{ ...base, spent: 12500, remaining: -2500, percentUsed: 125, status: 'OVER' }} />);
    const bar = screen.getByRole('progressbar');
    expect(bar).toHaveClass('OVER');
    expect(bar).toHaveAttribute('aria-valuenow', '100');
    expect(screen.getByText('Over budget')).toBeInTheDocument();
    expect(screen.getByText('$25.00 over')).toBeInTheDocument();
  });

  it('shows what was carried over, a surplus or an overspend', () => {
    const { rerender } = render(
      <BudgetBar budget={{ ...base, rollover: 'SURPLUS', carriedOver: 3000, available: 13000, remaining: 10500 }} />,
    );
    expect(screen.getByText(/Limit \$100\.00 \+ \$30\.00 carried over from last month/)).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '$25.00 of $130.00');
    rerender(<BudgetBar budget={{ ...base, rollover: 'FULL', carriedOver: -2000, available: 8000, remaining: 5500 }} />);
    expect(screen.getByText(/Limit \$100\.00 − \$20\.00 carried over from last month/)).toBeInTheDocument();
  });
});
