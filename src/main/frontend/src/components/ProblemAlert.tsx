import { ApiError } from '../api/problem';

/** A failed call as a readable message: the problem's detail, its field errors, and the request id. */
export function ProblemAlert({ error }: { error: unknown }) {
  if (!error) {
    return null;
  }
  const problem = error instanceof ApiError ? error.problem : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" className="alert alert-error">
      <p>{message}</p>
      {problem?.errors && problem.errors.length > 0 && (
        <ul>
          {problem.errors.map((e) => (
            <li key={e.field + e.message}>
              <strong>{e.field}</strong>: {e.message}
            </li>
          ))}
        </ul>
      )}
      {problem?.requestId && <p className="muted small">Request id {problem.requestId}</p>}
    </div>
  );
}
