import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError, problemFrom } from '../src/api/problem';
import { ProblemAlert } from '../src/components/ProblemAlert';

function response(status: number, requestId = 'req-1') {
  return new Response(null, { status, headers: { 'X-Request-Id': requestId } });
}

describe('error rendering', () => {
  it('shows a validation problem’s detail, each field error and the request id', () => {
    const problem = problemFrom(response(400, 'abc-123'), {
      status: 400,
      code: 'validation_failed',
      title: 'Validation failed',
      detail: 'The request has 2 invalid fields.',
      errors: [
        { field: 'amount', message: 'must be greater than 0' },
        { field: 'currency', message: 'must be one of USD, EUR, GBP, ZAR' },
      ],
    });
    render(<ProblemAlert error={new ApiError(problem)} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The request has 2 invalid fields.');
    expect(alert).toHaveTextContent('amount: must be greater than 0');
    expect(alert).toHaveTextContent('currency: must be one of USD, EUR, GBP, ZAR');
    expect(alert).toHaveTextContent('Request id abc-123');
  });

  it('turns the token endpoint’s RFC 6749 error into a sentence', () => {
    const problem = problemFrom(response(400), { error: 'invalid_grant', error_description: 'Bad credentials' });
    render(<ProblemAlert error={new ApiError(problem)} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The e-mail or password is not right.');
  });

  it('says what to do when there is no answer or the service is unavailable', () => {
    const { rerender } = render(<ProblemAlert error={new ApiError({ status: 0 })} />);
    expect(screen.getByRole('alert')).toHaveTextContent('No answer from the server. Check the connection and try again.');
    rerender(<ProblemAlert error={new ApiError(problemFrom(response(503), '<html>Service Unavailable</html>'))} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The service is unavailable for a moment. Try again.');
  });

  it('falls back to the title, then the status, for a body without detail', () => {
    const { rerender } = render(<ProblemAlert error={new ApiError(problemFrom(response(409), { title: 'Conflict' }))} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Conflict');
    rerender(<ProblemAlert error={new ApiError(problemFrom(response(418), undefined))} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The request failed (418).');
  });

  it('renders nothing without an error', () => {
    const { container } = render(<ProblemAlert error={undefined} />);
    expect(container).toBeEmptyDOMElement();
  });
});
