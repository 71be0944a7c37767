import { type ReactNode, useState } from 'react';
import { NavLink } from 'react-router-dom';
import { session } from '../auth/session';
import { useSession } from '../auth/useSession';
import { useMe } from '../queries';
import { RetryBanner } from './RetryBanner';

const links = [
  { to: '/', label: 'Dashboard', end: true },
  { to: '/send', label: 'Send money' },
  { to: '/transactions', label: 'Transactions' },
  { to: '/expenses', label: 'Expenses' },
  { to: '/budgets', label: 'Budgets' },
  { to: '/reports', label: 'Reports' },
  { to: '/files', label: 'Statements & imports' },
];

export function Layout({ children }: { children: ReactNode }) {
  const current = useSession();
  const me = useMe();
  const [open, setOpen] = useState(false);
  const admin = me.data?.groups?.includes('admin') ?? false;
  const email = current.status === 'signed-out' ? '' : current.email;
  return (
    <div className="shell">
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">PayFast</span>
        <button
          type="button"
          className="menu-toggle"
          aria-expanded={open}
          aria-controls="primary-nav"
          onClick={() => setOpen(!open)}
        >
          Menu
        </button>
        <nav id="primary-nav" aria-label="Main" className={open ? 'nav open' : 'nav'} onClick={() => setOpen(false)}>
          {links.map((link) => (
            <NavLink key={link.to} to={link.to} end={link.end}>
              {link.label}
            </NavLink>
          ))}
          {admin && <NavLink to="/admin">Admin</NavLink>}
        </nav>
        <div className="account">
          <span className="muted small" title={email}>
            {me.data?.displayName ?? email}
          </span>
          <button type="button" className="link" onClick={() => void session.signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <RetryBanner />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
