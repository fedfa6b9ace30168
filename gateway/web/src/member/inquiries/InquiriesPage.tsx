import { Anchor, Badge, Button, Card, Center, Group, Loader, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconMessagePlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../shared/api/problem';
import { LoginPrompt } from '../../shared/auth/LoginPrompt';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { useFormat } from '../format';
import { useOwnInquiries } from './api';

const STATE_COLORS = { NEW: 'blue', IN_PROGRESS: 'blue', PENDING_CUSTOMER: 'orange', DONE: 'gray' } as const;

/** お問い合わせ: the member's own conversations with the shop, newest first, unread replies marked. */
export function InquiriesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const inquiries = useOwnInquiries();
  const newButton = (
    <Button component={Link} to="/inquiries/new" leftSection={<IconMessagePlus size={18} aria-hidden />} data-testid="inquiry-new">
      {t('memberInquiries.new')}
    </Button>
  );
  let body;
  if (inquiries.isError && isApiError(inquiries.error) && inquiries.error.status === 401)
    body = (
      <Stack gap="sm">
        <LoginPrompt />
        <Anchor component={Link} to="/contact" data-testid="guest-contact-link">
          {t('memberInquiries.guestLink')}
        </Anchor>
      </Stack>
    );
  else if (inquiries.isError) body = <QueryProblem error={inquiries.error} onRetry={() => void inquiries.refetch()} />;
  else if (inquiries.isPending)
    body = (
      <Center py="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  else if (inquiries.data.length === 0)
    body = (
      <Card withBorder radius="md" padding="xl" data-testid="inquiries-empty">
        <Text>{t('memberInquiries.empty')}</Text>
      </Card>
    );
  else
    body = (
      <Stack gap="sm" data-testid="inquiry-list">
        {inquiries.data.map((inquiry) => (
          <UnstyledButton key={inquiry.id} component={Link} to={`/inquiries/${encodeURIComponent(inquiry.id)}`} data-testid="own-inquiry" data-unread={inquiry.unread}>
            <Card withBorder radius="md" padding="md" style={inquiry.unread ? { borderColor: 'var(--mantine-color-red-5)', borderWidth: 2 } : undefined}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={2}>
                  <Text fw={inquiry.unread ? 800 : 600}>{inquiry.subject}</Text>
                  <Text size="xs" c="dimmed">
                    {inquiry.number} · {format.dateTime(inquiry.lastMessageAt)}
                  </Text>
                </Stack>
                <Stack gap={4} align="flex-end">
                  {inquiry.unread && (
                    <Badge color="red" variant="filled" tt="none" data-testid="unread-marker">
                      {t('memberInquiries.unread')}
                    </Badge>
                  )}
                  <Badge color={STATE_COLORS[inquiry.state] ?? 'gray'} variant="light" tt="none">
                    {t(`memberInquiries.state.${inquiry.state}`)}
                  </Badge>
                </Stack>
              </Group>
            </Card>
          </UnstyledButton>
        ))}
      </Stack>
    );
  return (
    <Stack gap="md" maw={760} data-testid="member-inquiries-page">
      <Group justify="space-between" align="flex-end">
        <Stack gap={6}>
          <Title order={1} size="h2">
            {t('memberInquiries.title')}
          </Title>
          <Text c="dimmed">{t('memberInquiries.intro')}</Text>
        </Stack>
        {newButton}
      </Group>
      {body}
    </Stack>
  );
}
