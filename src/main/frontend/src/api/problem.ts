/** An RFC 9457 problem as the API sends it (plus the OAuth error JSON of the token endpoint). */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  instance?: string;
  requestId?: string;
  errors?: { field: string; message: string }[];
}

/** A failed call: the problem the server answered, or status 0 when no answer came (offline). */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(describe(problem));
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  /** No answer, or the service said it is unavailable: the same request may simply be tried again. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 503 || this.status === 502 || this.status === 504;
  }
}

const oauthMessages: Record<string, string> = {
  invalid_grant: 'The e-mail or password is not right.',
  invalid_client: 'This app is not allowed to sign in here.',
  invalid_request: 'The sign-in request was not complete.',
  unsupported_grant_type: 'This sign-in method is not supported.',
};

/** One sentence a person can act on. */
export function describe(problem: Problem): string {
  if (problem.status === 0) {
    return 'No answer from the server. Check the connection and try again.';
  }
  if (problem.status === 429) {
    return problem.detail ?? 'Too many requests. Wait a moment and try again.';
  }
  if (problem.status === 503) {
    return 'The service is unavailable for a moment. Try again.';
  }
  return problem.detail ?? problem.title ?? `The request failed (${problem.status}).`;
}

/** Reads a failed response's body (problem+json, OAuth error JSON, or anything else). */
export async function problemOf(response: Response): Promise<Problem> {
  let body: unknown = undefined;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's HTML page, say): the status says enough.
  }
  return problemFrom(response, body);
}

/** A Problem from a failed response and its already parsed body. */
export function problemFrom(response: Response, body: unknown): Problem {
  const requestId = response.headers.get('X-Request-Id') ?? undefined;
  if (body && typeof body === 'object') {
    const record = body as Record<string, unknown>;
    if (typeof record.error === 'string') {
      const description = typeof record.error_description === 'string' ? record.error_description : undefined;
      return {
        status: response.status,
        code: record.error,
        title: record.error,
        detail: oauthMessages[record.error] ?? description ?? record.error,
        requestId,
      };
    }
    return { ...(record as Partial<Problem>), status: response.status, requestId };
  }
  return { status: response.status, title: response.statusText || undefined, requestId };
}
