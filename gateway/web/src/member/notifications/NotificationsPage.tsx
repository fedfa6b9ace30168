import { Accordion, Box, Button, Center, Group, Loader, Pagination, Stack, Text, Title, Typography } from '@mantine/core';
import { IconBellOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { useFormat } from '../format';
import { type MemberNotification, useMarkRead, useNotifications, useReadAll } from './api';
import { NewsletterPreference } from './NewsletterPreference';

function useTitle() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'ja';
  return (title: MemberNotification['title']) => (typeof title === 'string' ? title : title[language] || title.ja || title.en);
}

function UnreadDot({ read }: { read: boolean }) {
  const { t } = useTranslation();
  return (
    <Box
      w={10}
      h={10}
      style={{ borderRadius: '50%', flex: 'none', background: read ? 'transparent' : 'var(--mantine-color-red-6)' }}
      role={read ? undefined : 'img'}
      aria-label={read ? undefined : t('memberNotifications.unread')}
      data-testid={read ? undefined : 'unread-marker'}
    />
  );
}

/** `/notifications`: what the shop told the member, newest first; opening one marks it read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const title = useTitle();
  const [page, setPage] = useState(0);
  const notifications = useNotifications(page);
  const markRead = useMarkRead();
  const readAll = useReadAll();
  const [opened, setOpened] = useState<string | null>(null);

  const open = (id: string | null) => {
    setOpened(id);
    const notification = notifications.data?.content.find((n) => n.id === id);
    if (notification && !notification.read) markRead.mutate(notification.id);
  };

  let body;
  if (notifications.isError) {
    body = <QueryProblem error={notifications.error} onRetry={() => void notifications.refetch()} />;
  } else if (!notifications.data) {
    body = (
      <Center py="xl">
        <Loader aria-label={t('memberNotifications.loading')} />
      </Center>
    );
  } else if (notifications.data.content.length === 0) {
    body = (
      <Stack align="center" py="xl" gap="xs" data-testid="notifications-empty">
        <IconBellOff size={36} color="var(--mantine-color-gray-5)" aria-hidden />
        <Text c="dimmed">{t('memberNotifications.empty')}</Text>
      </Stack>
    );
  } else {
    const { content, page: meta } = notifications.data;
    body = (
      <Stack gap="sm">
        <Accordion value={opened} onChange={open} variant="separated" radius="md">
          {content.map((notification) => (
            <Accordion.Item key={notification.id} value={notification.id} data-testid="notification" data-read={notification.read}>
              <Accordion.Control>
                <Group gap="sm" wrap="nowrap">
                  <UnreadDot read={notification.read} />
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Text fw={notification.read ? 400 : 700} style={{ overflowWrap: 'anywhere' }} data-testid="notification-title">
                      {title(notification.title)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {dateTime(notification.createdAt)}
                    </Text>
                  </Stack>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="sm">
                  {notification.body && (
                    <Typography>
                      {/* Sanitised by the notification-service (jsoup allow-list) before it was stored. */}
                      <div data-testid="notification-body" dangerouslySetInnerHTML={{ __html: notification.body }} />
                    </Typography>
                  )}
                  {notification.link && (
                    <Group>
                      <Button component={Link} to={notification.link} variant="light" size="xs" data-testid="notification-link">
                        {t('memberNotifications.open')}
                      </Button>
                    </Group>
                  )}
                  {!notification.body && !notification.link && (
                    <Text size="sm" c="dimmed">
                      {t('memberNotifications.noDetails')}
                    </Text>
                  )}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
        {meta.totalPages > 1 && (
          <Center>
            <Pagination total={meta.totalPages} value={meta.number + 1} onChange={(value) => setPage(value - 1)} size="sm" />
          </Center>
        )}
      </Stack>
    );
  }

  const anyUnread = notifications.data?.content.some((n) => !n.read) ?? false;
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="nowrap">
        <Title order={2}>{t('memberNotifications.title')}</Title>
        <Button variant="subtle" size="xs" disabled={!anyUnread} loading={readAll.isPending} onClick={() => readAll.mutate()} data-testid="read-all">
          {t('memberNotifications.readAll')}
        </Button>
      </Group>
      {body}
      <NewsletterPreference />
    </Stack>
  );
}
