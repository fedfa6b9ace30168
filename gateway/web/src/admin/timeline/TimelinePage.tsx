import { Anchor, Badge, Button, Group, Paper, SegmentedControl, Stack, Text, TextInput, Timeline as MantineTimeline, Title } from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowBackUp,
  IconClipboardList,
  IconMail,
  IconMessage,
  IconMessages,
  IconPhone,
  IconProgress,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { useDynamicT } from '../../shared/i18n/useDynamicT';
import { useDocumentTitle } from '../../shared/layout/useDocumentTitle';
import { type CustomerKey, type TimelineEntry, type TimelineKind, useTimeline } from './api';

const ICONS: Record<TimelineKind, typeof IconMail> = {
  INQUIRY: IconMessages,
  CUSTOMER_MESSAGE: IconMessage,
  REPLY: IconArrowBackUp,
  PHONE_MEMO: IconPhone,
  REQUEST: IconClipboardList,
  REQUEST_STATUS: IconProgress,
  MAIL_SENT: IconMail,
  MAIL_FAILED: IconAlertTriangle,
};

const BYS = ['phone', 'email', 'memberId'] as const;

function keyOf(params: URLSearchParams): CustomerKey | null {
  for (const by of BYS) {
    const value = params.get(by)?.trim();
    if (value) return { by, value };
  }
  return null;
}

function linkOf(entry: TimelineEntry): string | null {
  if (!entry.link.id) return null;
  if (entry.link.type === 'inquiry') return `/inquiries/${encodeURIComponent(entry.link.id)}`;
  if (entry.link.type === 'request') return `/requests/${encodeURIComponent(entry.link.id)}`;
  return null;
}

function Entry({ entry }: { entry: TimelineEntry }) {
  const { dt, exists } = useDynamicT();
  const to = linkOf(entry);
  const mail = entry.kind === 'MAIL_SENT' || entry.kind === 'MAIL_FAILED';
  const title = mail && entry.title && exists(`timeline.mailKind.${entry.title}`) ? dt(`timeline.mailKind.${entry.title}`) : entry.title;
  const detail = entry.detail && exists(`timeline.channel.${entry.detail}`) ? dt(`timeline.channel.${entry.detail}`) : entry.detail;
  return (
    <Stack gap={2} data-testid="timeline-entry">
      <Group gap="xs">
        <Badge size="sm" variant="light" color={entry.kind === 'MAIL_FAILED' ? 'red' : undefined}>
          {dt(`timeline.kind.${entry.kind}`)}
        </Badge>
        <Text size="xs" c="dimmed">
          {new Date(entry.at).toLocaleString()}
        </Text>
      </Group>
      {to ? (
        <Anchor component={Link} to={to} size="sm">
          {title}
        </Anchor>
      ) : (
        <Text size="sm">{title}</Text>
      )}
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </Stack>
  );
}

/**
 * `/timeline?memberId=|email=|phone=`: 対応履歴 — everything with one customer, newest first:
 * inquiries, their messages, replies and phone memos, requests and status changes, mails sent.
 * Built for a phone call: type the number, read the answer.
 */
export function TimelinePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('timeline.title'));
  const [params, setParams] = useSearchParams();
  const key = keyOf(params);
  const [by, setBy] = useState<CustomerKey['by']>(key?.by ?? 'phone');
  const [value, setValue] = useState(key?.value ?? '');
  const timeline = useTimeline(key);
  const customer = timeline.data?.customer;

  return (
    <Stack>
      <Title order={1}>{t('timeline.title')}</Title>
      <Paper withBorder p="md" radius="md">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (value.trim()) setParams({ [by]: value.trim() });
          }}
        >
          <Group align="end">
            <SegmentedControl
              value={by}
              onChange={(next) => setBy(next as CustomerKey['by'])}
              data={BYS.map((option) => ({ value: option, label: t(`timeline.by.${option}`) }))}
            />
            <TextInput
              label={t(`timeline.by.${by}`)}
              value={value}
              onChange={(event) => setValue(event.currentTarget.value)}
              data-testid="timeline-key"
              style={{ flex: 1 }}
            />
            <Button type="submit" data-testid="timeline-search">
              {t('timeline.search')}
            </Button>
          </Group>
        </form>
      </Paper>
      {timeline.isError && <QueryProblem error={timeline.error} onRetry={() => timeline.refetch()} />}
      {customer && (
        <Paper withBorder p="md" radius="md" data-testid="timeline-customer">
          <Group gap="lg">
            <Text fw={700}>{customer.name ?? t('timeline.unknownName')}</Text>
            {customer.email && <Text size="sm">{customer.email}</Text>}
            {customer.phone && <Text size="sm">{customer.phone}</Text>}
            {customer.memberId && (
              <Anchor component={Link} to={`/members/${encodeURIComponent(customer.memberId)}`} size="sm">
                {t('timeline.memberRecord')}
              </Anchor>
            )}
          </Group>
        </Paper>
      )}
      {timeline.data && timeline.data.entries.length === 0 && <Text c="dimmed">{t('timeline.empty')}</Text>}
      {timeline.data && timeline.data.entries.length > 0 && (
        <MantineTimeline bulletSize={24} lineWidth={2}>
          {timeline.data.entries.map((entry, index) => {
            const Icon = ICONS[entry.kind];
            return (
              <MantineTimeline.Item key={`${entry.at}-${index}`} bullet={<Icon size={14} />}>
                <Entry entry={entry} />
              </MantineTimeline.Item>
            );
          })}
        </MantineTimeline>
      )}
    </Stack>
  );
}
