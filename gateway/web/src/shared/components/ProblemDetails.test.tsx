import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { theme } from '../theme';
import '../i18n';
import { ProblemDetails } from './ProblemDetails';

function renderProblem(problem: Parameters<typeof ProblemDetails>[0]['problem']) {
  return render(
    <MantineProvider theme={theme}>
      <ProblemDetails problem={problem} />
    </MantineProvider>,
  );
}

describe('ProblemDetails', () => {
  it('lists every field error and shows the correlation id to quote', () => {
    renderProblem({
      type: 'https://azukari.example/problems/validation',
      title: 'Validation failed',
      status: 400,
      detail: 'The request has invalid fields.',
      instance: '/api/members/me',
      correlationId: '5f2c9a1e-corr',
      errors: [
        { field: 'email', message: 'must be a well-formed email address' },
        { field: 'accountHolderKana', message: 'must be katakana' },
      ],
    });

    const items = within(screen.getByTestId('problem-field-errors')).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('email');
    expect(items[0]).toHaveTextContent('must be a well-formed email address');
    expect(items[1]).toHaveTextContent('accountHolderKana');
    expect(screen.getByTestId('problem-correlation-id')).toHaveTextContent('5f2c9a1e-corr');
    expect(screen.getByText('お問い合わせの際はこの番号をお伝えください')).toBeInTheDocument();
    expect(screen.getByTestId('problem-detail')).toHaveTextContent('The request has invalid fields.');
    expect(screen.getByTestId('problem-status')).toHaveTextContent('400 Validation failed');
  });

  it('explains the circuit-breaker fallback (503) in the reader’s language', () => {
    renderProblem({ title: 'Service Unavailable', status: 503, detail: 'item-service is not answering' });

    expect(screen.getByRole('heading', { name: 'サービスが一時的にご利用いただけません' })).toBeInTheDocument();
    expect(screen.getByText('item-service is not answering')).toBeInTheDocument();
    expect(screen.queryByTestId('problem-field-errors')).not.toBeInTheDocument();
    expect(screen.queryByTestId('problem-correlation-id')).not.toBeInTheDocument();
  });

  it('falls back to the server’s title for statuses it has no wording for', () => {
    renderProblem({ title: 'I am a teapot', status: 418 });

    expect(screen.getByRole('heading', { name: 'I am a teapot' })).toBeInTheDocument();
  });
});
