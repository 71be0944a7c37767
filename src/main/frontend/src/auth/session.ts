import { ApiError, problemOf } from '../api/problem';

/**
 * The signed-in session, kept in memory only (never localStorage): a reload signs the user out.
 * The access token is refreshed a minute before it expires; a refresh that fails, or a 401 from the
 * API, marks the session `expired`, which shows a sign-in dialog over the current screen so that a
 * half-filled form survives. Signing out revokes the refresh token (RFC 7009).
 */
export type SessionState =
  | { status: 'signed-out' }
  | { status: 'signed-in' | 'expired'; email: string };

/** The local provider's public app client (`payfast.auth.local.client-id`). */
export const CLIENT_ID = 'payfast-web';

const REFRESH_MARGIN_MS = 60_000;

let state: SessionState = { status: 'signed-out' };
let accessToken: string | undefined;
let refreshToken: string | undefined;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let refreshing: Promise<boolean> | undefined;
const listeners = new Set<() => void>();

function publish(next: SessionState) {
  state = next;
  listeners.forEach((listener) => listener());
}

export const session = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },

  current(): SessionState {
    return state;
  },

  accessToken(): string | undefined {
    return state.status === 'signed-in' ? accessToken : undefined;
  },

  async signIn(email: string, password: string): Promise<void> {
    const tokens = await tokenRequest({ grant_type: 'password', username: email, password, client_id: CLIENT_ID });
    adopt(tokens);
    publish({ status: 'signed-in', email });
  },

  async signUp(email: string, password: string, displayName: string): Promise<void> {
    const response = await send('/auth/v1/users', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password, displayName }),
    });
    if (!response.ok) {
      throw new ApiError(await problemOf(response));
    }
    await session.signIn(email, password);
  },

  /** Refreshes now (once, however many callers ask at the same time); false if the session is over. */
  refresh(): Promise<boolean> {
    if (!refreshToken) {
      return Promise.resolve(false);
    }
    refreshing ??= tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: CLIENT_ID })
      .then((tokens) => {
        adopt(tokens);
        if (state.status === 'expired') {
          publish({ status: 'signed-in', email: state.email });
        }
        return true;
      })
      .catch(() => {
        session.expire();
        return false;
      })
      .finally(() => {
        refreshing = undefined;
      });
    return refreshing;
  },

  /** The API said 401: keep the screen, ask for the password again. */
  expire(): void {
    accessToken = undefined;
    clearTimeout(refreshTimer);
    if (state.status === 'signed-in') {
      publish({ status: 'expired', email: state.email });
    }
  },

  async signOut(): Promise<void> {
    const token = refreshToken;
    accessToken = undefined;
    refreshToken = undefined;
    clearTimeout(refreshTimer);
    publish({ status: 'signed-out' });
    if (token) {
      // Best effort: the tokens are already gone from this page.
      await send('/auth/v1/oauth2/revoke', form({ token, client_id: CLIENT_ID })).catch(() => undefined);
    }
  },
};

interface Tokens {
  access_token: string;
  expires_in: number;
  refresh_token?: string;
}

function adopt(tokens: Tokens) {
  accessToken = tokens.access_token;
  refreshToken = tokens.refresh_token ?? refreshToken;
  clearTimeout(refreshTimer);
  const delay = Math.max(tokens.expires_in * 1000 - REFRESH_MARGIN_MS, tokens.expires_in * 500);
  refreshTimer = setTimeout(() => void session.refresh(), delay);
}

async function tokenRequest(fields: Record<string, string>): Promise<Tokens> {
  const response = await send('/auth/v1/oauth2/token', form(fields));
  if (!response.ok) {
    throw new ApiError(await problemOf(response));
  }
  return (await response.json()) as Tokens;
}

function form(fields: Record<string, string>): RequestInit {
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  };
}

async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(new URL(path, window.location.origin), init);
  } catch {
    throw new ApiError({ status: 0 });
  }
}
