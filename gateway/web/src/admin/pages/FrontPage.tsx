import { Button, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconInbox, IconPhoneCall } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../shared/auth/me';
import { UnconfirmedPanel } from '../applications/UnconfirmedPanel';
import { FailedMailAlert } from '../mail/FailedMailAlert';
import { InquiryAlertsPanel } from '../inquiries/InquiryAlertsPanel';
import { RequestAlertsPanel } from '../requests/RequestAlertsPanel';
import classes from './FrontPage.module.css';

/** Front desk: phone / walk-in applications, alerts that cannot be missed, today's reception, unconfirmed addresses. */
export function FrontPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('admin.front.title')}
        </Title>
        {me && <Text c="dimmed">{t('admin.front.greeting', { name: me.name })}</Text>}
      </Stack>

      <RequestAlertsPanel />
      <FailedMailAlert />
      <InquiryAlertsPanel />

      <Paper radius="md" p="lg" bg="indigo.0" className={classes.reception}>
        <Group gap="lg">
          <Button
            component={Link}
            to="/applications/new"
            size="xl"
            leftSection={<IconPhoneCall size={26} aria-hidden />}
            aria-describedby="reception-button-hint"
            className={classes.receptionButton}
            data-testid="reception-button"
          >
            {t('admin.front.receptionButton')}
          </Button>
          <Text id="reception-button-hint" size="sm" className={classes.receptionHint}>
            {t('admin.front.receptionButtonHint')}
          </Text>
        </Group>
      </Paper>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="front-reception" data-testid="front-reception">
          <Group gap="sm" mb="sm">
            <ThemeIcon variant="light" radius="md" aria-hidden>
              <IconInbox size={18} />
            </ThemeIcon>
            <Title order={2} size="h4" id="front-reception">
              {t('admin.front.receptionTitle')}
            </Title>
          </Group>
          <Text size="sm" c="dimmed">
            {t('admin.front.receptionEmpty')}
          </Text>
        </Paper>
      </SimpleGrid>

      <UnconfirmedPanel />
    </Stack>
  );
}
