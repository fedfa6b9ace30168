import { Anchor, Group, Paper, Table, Text, ThemeIcon, Title } from '@mantine/core';
import { IconMessageExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useInquiryAlerts } from './api';
import { CustomerName, formatRelative, isLive, LockBadge, ReadByStrip } from './parts';

const SHOWN = 10;

/**
 * On the front page: inquiries someone opened and nobody answered for longer than the configured
 * time. Shows nothing when there are none (the request alerts above say "all calm").
 */
export function InquiryAlertsPanel() {
  const { t, i18n } = useTranslation();
  const alerts = useInquiryAlerts();
  const rows = alerts.data?.openedUnanswered ?? [];
  if (rows.length === 0) return null;
  return (
    <Paper radius="md" p="lg" withBorder style={{ borderColor: 'var(--mantine-color-orange-5)', borderWidth: 2 }} component="section" aria-labelledby="front-inquiry-alerts" data-testid="inquiry-alerts">
      <Group gap="sm" mb="sm">
        <ThemeIcon color="orange" variant="filled" radius="md" aria-hidden>
          <IconMessageExclamation size={18} />
        </ThemeIcon>
        <Title order={2} size="h4" id="front-inquiry-alerts">
          {t('inquiries.alerts.title', { count: rows.length })}
        </Title>
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        {t('inquiries.alerts.hint')}
      </Text>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing={6} striped>
          <Table.Tbody>
            {rows.slice(0, SHOWN).map((inquiry) => (
              <Table.Tr key={inquiry.id} data-testid="inquiry-alert">
                <Table.Td>
                  <Anchor component={Link} to={`/inquiries/${encodeURIComponent(inquiry.id)}`} fw={700}>
                    {inquiry.number}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <CustomerName inquiry={inquiry} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{inquiry.subject}</Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="xs" c="red.8" fw={700}>
                    {t('inquiries.alerts.waiting', { when: formatRelative(inquiry.lastCustomerMessageAt ?? inquiry.lastMessageAt, i18n.language) })}
                  </Text>
                </Table.Td>
                <Table.Td>{isLive(inquiry.lock) ? <LockBadge lock={inquiry.lock} /> : <ReadByStrip readBy={inquiry.readBy} />}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rows.length > SHOWN && (
        <Anchor component={Link} to="/inquiries?unanswered=true&tab=IN_PROGRESS" size="sm">
          {t('inquiries.alerts.more', { count: rows.length - SHOWN })}
        </Anchor>
      )}
    </Paper>
  );
}

