import { lazy, Suspense, useEffect } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { useSession } from './auth/useSession';
import { Layout } from './components/Layout';
import { SignInDialog } from './components/SignInDialog';
import { SignIn, SignUp } from './screens/SignIn';
import { Dashboard } from './screens/Dashboard';
import { SendMoney } from './screens/SendMoney';
import { Transactions } from './screens/Transactions';

// Screens a user reaches less often load on demand; Reports brings Recharts with it.
const Expenses = lazy(() => import('./screens/Expenses'));
const Budgets = lazy(() => import('./screens/Budgets'));
const Reports = lazy(() => import('./screens/Reports'));
const Files = lazy(() => import('./screens/Files'));
const Admin = lazy(() => import('./screens/Admin'));

export function App() {
  const current = useSession();
  const location = useLocation();
  const queryClient = useQueryClient();

  useEffect(() => {
    // Signing out drops everything the previous user's session fetched.
    if (current.status === 'signed-out') {
      queryClient.clear();
    }
  }, [current.status, queryClient]);

  if (current.status === 'signed-out') {
    return (
      <Routes>
        <Route path="/sign-up" element={<SignUp />} />
        <Route path="/sign-in" element={<SignIn />} />
        <Route path="*" element={<Navigate to="/sign-in" replace state={{ from: location }} />} />
      </Routes>
    );
  }

  return (
    <Layout>
      <Suspense fallback={<p className="muted">Loading…</p>}>
        <Routes>
          <Route path="/" element={<Dashboard />} />
          <Route path="/send" element={<SendMoney />} />
          <Route path="/transactions" element={<Transactions />} />
          <Route path="/expenses" element={<Expenses />} />
          <Route path="/budgets" element={<Budgets />} />
          <Route path="/reports" element={<Reports />} />
          <Route path="/files" element={<Files />} />
          <Route path="/admin" element={<Admin />} />
          <Route path="/sign-in" element={<Navigate to={fromOf(location.state) ?? '/'} replace />} />
          <Route path="/sign-up" element={<Navigate to="/" replace />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Suspense>
      {current.status === 'expired' && <SignInDialog email={current.email} />}
    </Layout>
  );
}

function fromOf(state: unknown): string | undefined {
  const from = (state as { from?: { pathname: string; search: string } } | null)?.from;
  return from ? from.pathname + from.search : undefined;
}

function NotFound() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>There is nothing at this address.</p>
    </section>
  );
}
