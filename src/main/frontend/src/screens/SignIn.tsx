import { type FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { session } from '../auth/session';
import { Field } from '../components/Field';
import { ProblemAlert } from '../components/ProblemAlert';

export function SignInForm({ email: initial = '', onSignedIn }: { email?: string; onSignedIn?: () => void }) {
  const [email, setEmail] = useState(initial);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await session.signIn(email.trim(), password);
      onSignedIn?.();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="stack" noValidate>
      <Field label="E-mail">
        <input type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </Field>
      <Field label="Password">
        <input
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </Field>
      <ProblemAlert error={error} />
      <button type="submit" className="primary" disabled={busy || !email || !password}>
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}

export function SignIn() {
  return (
    <main id="main" className="auth-page">
      <section className="card auth-card">
        <h1>Sign in to PayFast</h1>
        <SignInForm />
        <p>
          New here? <Link to="/sign-up">Create an account</Link>
        </p>
      </section>
    </main>
  );
}

export function SignUp() {
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await session.signUp(email.trim(), password, displayName.trim());
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <main id="main" className="auth-page">
      <section className="card auth-card">
        <h1>Create your PayFast account</h1>
        <form onSubmit={submit} className="stack" noValidate>
          <Field label="Name">
            <input autoComplete="name" required value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
          </Field>
          <Field label="E-mail">
            <input type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
          </Field>
          <Field label="Password" hint="By default at least 12 characters, with upper and lower case letters, a digit and a symbol.">
            <input
              type="password"
              autoComplete="new-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </Field>
          <ProblemAlert error={error} />
          <button type="submit" className="primary" disabled={busy || !email || !password || !displayName}>
            {busy ? 'Creating…' : 'Create account'}
          </button>
        </form>
        <p>
          Already have an account? <Link to="/sign-in">Sign in</Link>
        </p>
      </section>
    </main>
  );
}
