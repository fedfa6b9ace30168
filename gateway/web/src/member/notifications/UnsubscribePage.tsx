import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { problemOf } from '../../shared/api/problem';
import { unsubscribe } from './api';

/** The `code` the notification-service puts on its refusals. */
const codeOf = (error: unknown) => (problemOf(error) as { code?: string }).code;

/**
 * `/unsubscribe/:token`: the link in every newsletter, without a login. Unsubscribing needs a press
 * of the button, so that mail scanners that open links unsubscribe nobody.
 */
export function UnsubscribePage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const done = useMutation({ mutationFn: () => unsubscribe(token) });
  return (
    <Paper withBorder radius="md" p="lg" maw={520} mx="auto">
      <Stack gap="md">
        <Title order={2}>{t('memberNotifications.unsubscribe.title')}</Title>
        {done.isSuccess ? (
          <Alert color="teal" data-testid="unsubscribed">
            {t('memberNotifications.unsubscribe.done')}
          </Alert>
        ) : (
          <>
            <Text>{t('memberNotifications.unsubscribe.explain')}</Text>
            <Button onClick={() => done.mutate()} loading={done.isPending} data-testid="unsubscribe-button">
              {t('memberNotifications.unsubscribe.confirm')}
            </Button>
          </>
        )}
        {done.isError &&
          (codeOf(done.error) === 'unsubscribe-link-invalid' ? (
            <Alert color="red" data-testid="unsubscribe-invalid">
              {t('memberNotifications.unsubscribe.invalid')}
            </Alert>
          ) : (
            <ProblemDetails problem={problemOf(done.error)} />
          ))}
      </Stack>
    </Paper>
  );
}
