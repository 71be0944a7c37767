import type { Currency, Wallet } from '../api/client';
import { formatMoney } from '../money';
import { useCategories, useWallets } from '../queries';

type SelectProps = Omit<React.SelectHTMLAttributes<HTMLSelectElement>, 'onChange'> & {
  value: string;
  onChange: (value: string) => void;
};

export function walletLabel(wallet: Wallet): string {
  const balance = formatMoney(wallet.availableBalance ?? 0, wallet.currency ?? 'USD');
  return `${wallet.name || wallet.currency} · ${balance}`;
}

/** The caller's wallets; `any` adds an "all wallets" choice for filters. */
export function WalletSelect({ value, onChange, any, ...rest }: SelectProps & { any?: string }) {
  const wallets = useWallets();
  return (
    <select {...rest} value={value} onChange={(e) => onChange(e.target.value)}>
      {any !== undefined && <option value="">{any}</option>}
      {any === undefined && !value && <option value="">Choose a wallet</option>}
      {(wallets.data ?? []).map((w) => (
        <option key={w.id} value={w.id}>
          {walletLabel(w)}
        </option>
      ))}
    </select>
  );
}

/** Built-in and the caller's own categories; `none` adds an empty choice. */
export function CategorySelect({ value, onChange, none, ...rest }: SelectProps & { none?: string }) {
  const categories = useCategories();
  const names = (categories.data ?? []).map((c) => c.name ?? '').filter(Boolean);
  if (value && !names.includes(value)) {
    names.push(value);
  }
  return (
    <select {...rest} value={value} onChange={(e) => onChange(e.target.value)}>
      {none !== undefined && <option value="">{none}</option>}
      {names.map((name) => (
        <option key={name} value={name}>
          {name}
        </option>
      ))}
    </select>
  );
}

/** The configured currencies the contract names by default. */
export const CURRENCIES: readonly Currency[] = ['USD', 'EUR', 'GBP', 'ZAR'];

type CurrencySelectProps = Omit<SelectProps, 'value' | 'onChange'> & {
  value: Currency;
  onChange: (value: Currency) => void;
};

export function CurrencySelect({ value, onChange, ...rest }: CurrencySelectProps) {
  return (
    <select {...rest} value={value} onChange={(e) => onChange(e.target.value as Currency)}>
      {CURRENCIES.map((c) => (
        <option key={c}>{c}</option>
      ))}
    </select>
  );
}
