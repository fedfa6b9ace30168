import { Paper, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { problemOf } from '../../shared/api/problem';
import { usePreferences, useSavePreferences } from './api';

/** The newsletter choice; mails about the member's own requests always go out. */
export function NewsletterPreference() {
  const { t } = useTranslation();
  const preferences = usePreferences();
  const save = useSavePreferences();
  return (
    <Paper withBorder radius="md" p="md" data-testid="newsletter-preference">
      <Stack gap="xs">
        <Switch
          label={t('memberNotifications.preferences.newsletter')}
          checked={preferences.data?.newsletter ?? true}
          disabled={!preferences.data || save.isPending}
          onChange={(event) => save.mutate({ newsletter: event.currentTarget.checked })}
          data-testid="newsletter-switch"
        />
        <Text size="xs" c="dimmed">
          {t('memberNotifications.preferences.transactional')}
        </Text>
        {save.isError && <ProblemDetails problem={problemOf(save.error)} />}
      </Stack>
    </Paper>
  );
}
