import { Anchor, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RequestView } from './api';
import { formatDateTime, formatRelative, RequestFlags } from './parts';

/** The member's name with a link to their record; a dash when the name is not known (yet). */
export function MemberLink({ request, fw }: { request: Pick<RequestView, 'memberId' | 'memberName'>; fw?: number }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={`/members/${encodeURIComponent(request.memberId)}`} size="sm" fw={fw} data-testid="request-member">
      {request.memberName || t('adminRequests.card.noName')}
    </Anchor>
  );
}

/** Since when the request is in its status, and until when it may stay (red once past). */
export function SinceAndDue({ request }: { request: RequestView }) {
  const { t, i18n } = useTranslation();
  const late = request.overdue || request.attention.includes('OVERDUE') || request.attention.includes('KIT_NOT_RETURNED');
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" title={formatDateTime(request.statusSince, i18n.language)} data-testid="request-since">
        {t('adminRequests.card.since', { when: formatRelative(request.statusSince, i18n.language) })}
      </Text>
      {request.dueAt && (
        <Text size="xs" c={late ? 'red.8' : 'dimmed'} fw={late ? 700 : undefined} data-testid="request-due">
          {t(late ? 'adminRequests.card.overdueSince' : 'adminRequests.card.due', { when: formatDateTime(request.dueAt, i18n.language) })}
        </Text>
      )}
    </Stack>
  );
}

/** One request on the status board. */
export function RequestCard({ request, selected, onToggle }: { request: RequestView; selected: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  const alarming = request.attention.some((kind) => kind !== 'UNVERIFIED_MEMBER_ITEMS');
  const warning = request.attention.length > 0 || !!request.hold;
  const edge = alarming ? 'var(--mantine-color-red-6)' : warning ? (request.hold && request.attention.length === 0 ? 'var(--mantine-color-yellow-5)' : 'var(--mantine-color-orange-5)') : 'transparent';
  return (
    <Paper
      withBorder
      radius="sm"
      p="xs"
      style={{ borderLeft: `4px solid ${edge}`, background: selected ? 'var(--mantine-color-blue-0)' : undefined }}
      data-testid="request-card"
      data-request={request.id}
    >
      <Stack gap={6}>
        <Group gap="xs" wrap="nowrap" justify="space-between" align="flex-start">
          <Group gap="xs" wrap="nowrap">
            <Checkbox checked={selected} onChange={onToggle} aria-label={t('adminRequests.board.select', { number: request.number })} data-testid="request-select" />
            <Anchor component={Link} to={`/requests/${encodeURIComponent(request.id)}`} fw={700} ff="monospace" data-testid="request-number">
              {request.number}
            </Anchor>
          </Group>
          {request.kitCount ? (
            <Text size="xs" c="dimmed">
              {t('adminRequests.card.kits', { count: request.kitCount })}
            </Text>
          ) : null}
        </Group>
        <MemberLink request={request} fw={600} />
        <SinceAndDue request={request} />
        <RequestFlags request={request} />
      </Stack>
    </Paper>
  );
}
