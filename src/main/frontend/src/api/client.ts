import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';
import { ApiError, problemFrom } from './problem';
import { session } from '../auth/session';

/** The API's schemas, generated from the served OpenAPI document (src/main/frontend/openapi.json). */
export type Schemas = components['schemas'];
export type Wallet = Schemas['WalletResponse'];
export type Transaction = Schemas['TransactionResponse'];
/** One of the server's configured currencies (an enum in the document). */
export type Currency = Wallet['currency'];

const bearer: Middleware = {
  async onRequest({ request }) {
    const token = session.accessToken();
    if (token) {
      request.headers.set('Authorization', `Bearer ${token}`);
    }
    return request;
  },
  async onResponse({ response }) {
    if (response.status === 401 && session.current().status === 'signed-in') {
      // The token ran out between refreshes (or was revoked): try one refresh, else ask to sign in.
      await session.refresh();
    }
    return response;
  },
};

/** The typed client of the PayFast API (openapi-fetch over the generated `paths`). */
export const api = createClient<paths>({
  baseUrl: typeof window === 'undefined' ? '' : window.location.origin,
  async fetch(request) {
    try {
      return await globalThis.fetch(request);
    } catch {
      throw new ApiError({ status: 0 });
    }
  },
});
api.use(bearer);

type Result<T> = { data?: T; error?: unknown; response: Response };

/** The answer's body, or an ApiError carrying the problem the server sent. */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    throw new ApiError(problemFrom(response, error));
  }
  return data as T;
}

/** A fresh Idempotency-Key: one per confirmed form, reused by every retry of that form. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
