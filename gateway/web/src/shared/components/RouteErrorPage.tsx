import { Button, Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { NotFoundPage } from './NotFoundPage';
import { QueryProblem } from './QueryProblem';
import { ProblemDetails } from './ProblemDetails';

/** Route error boundary (`errorElement`): API problems, 404s and unexpected errors. */
export function RouteErrorPage() {
  const error = useRouteError();
  const { t } = useTranslation();
  if (isRouteErrorResponse(error)) {
    if (error.status === 404) return <NotFoundPage />;
    return (
      <ProblemDetails
        problem={{ status: error.status, title: error.statusText, detail: typeof error.data === 'string' ? error.data : undefined }}
        actions={
          <Button component={Link} to="/" variant="default">
            {t('notFound.home')}
          </Button>
        }
      />
    );
  }
  return <QueryProblem error={error} onRetry={() => window.location.reload()} />;
}

/** Error boundary of a whole face (the layout itself failed): the error page without the shell. */
export function StandaloneErrorPage() {
  return (
    <Container component="main" size="sm" py="xl">
      <RouteErrorPage />
    </Container>
  );
}
