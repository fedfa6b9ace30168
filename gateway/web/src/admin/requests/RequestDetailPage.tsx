import { Alert, Anchor, Badge, Button, Card, Center, Group, Loader, SimpleGrid, Stack, Switch, Table, Text, Timeline, Title } from '@mantine/core';
import { IconArrowRight, IconMailOff, IconPlayerPause, IconPlayerPlay, IconRefresh } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { problemOf, type ProblemDetail } from '../../shared/api/problem';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { ReasonDialog } from '../../shared/components/ReasonDialog';
import { useDynamicT } from '../../shared/i18n/useDynamicT';
import { useDocumentTitle } from '../../shared/layout/useDocumentTitle';
import { VerificationStateBadge } from '../verification/VerificationStateBadge';
import {
  type AllowedTransition,
  codeOf,
  detailKey,
  type HistoryEntry,
  type HistoryStatus,
  moveRequest,
  releaseHold,
  REQUESTS_QUERY_KEY,
  type RequestTypeConfig,
  retryMemberMail,
  switchMemberMail,
  useRequestDetail,
  useRequestTypes,
  type VersionedDetail,
  putOnHold,
} from './api';
import { RequestItems } from '../items/RequestItems';
import { CommentDialog } from './CommentDialog';
import { AttentionBadge, formatDateTime, formatRelative, HoldBadge, RequestStatusBadge, useLocalized } from './parts';
import { isStale, useRequestProblemText } from './problemText';
import { EntityHistory } from '../audit/EntityHistory';

function Fields({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <Table variant="vertical" withTableBorder>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={170}>{label}</Table.Th>
            <Table.Td>{value || '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** A status of the history by its code, in its configured name and colours (retired ones too). */
function HistoryStatusBadge({ status, config }: { status: HistoryStatus; config?: RequestTypeConfig }) {
  const code = codeOf(status);
  if (!code) return null;
  const known = config?.statuses.find((candidate) => candidate.code === code);
  const given = typeof status === 'object' && status ? status : undefined;
  return <RequestStatusBadge size="sm" status={{ code, name: given?.name ?? known?.name, color: given?.color ?? known?.color, retired: known?.retired }} />;
}

function History({ history, config }: { history: HistoryEntry[]; config?: RequestTypeConfig }) {
  const { t, i18n } = useTranslation();
  const { dt, exists } = useDynamicT();
  const newestFirst = [...history].sort((a, b) => b.at.localeCompare(a.at));
  if (newestFirst.length === 0) return <Text c="dimmed">{t('adminRequests.detail.noHistory')}</Text>;
  return (
    <Timeline active={newestFirst.length} bulletSize={14} lineWidth={2} data-testid="request-history">
      {newestFirst.map((entry, index) => {
        // ActorType is sent in small letters (member, staff, system).
        const actorType = (entry.actor?.type ?? 'SYSTEM').toUpperCase();
        const actorKind = exists(`adminRequests.actor.${actorType}`) ? dt(`adminRequests.actor.${actorType}`) : actorType;
        return (
          <Timeline.Item
            key={`${entry.at}-${index}`}
            data-testid="history-entry"
            title={
              <Group gap={6} wrap="wrap">
                {codeOf(entry.from) ? (
                  <>
                    <HistoryStatusBadge status={entry.from} config={config} />
                    <IconArrowRight size={14} aria-label={t('adminRequests.detail.to')} />
                  </>
                ) : (
                  <Text size="sm" fw={600}>
                    {t('adminRequests.detail.created')}
                  </Text>
                )}
                <HistoryStatusBadge status={entry.to} config={config} />
              </Group>
            }
          >
            {entry.comment && (
              <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }} data-testid="history-comment">
                {entry.comment}
              </Text>
            )}
            <Text size="xs" c="dimmed" mt={4}>
              {t('adminRequests.detail.by', { name: entry.actor?.name || actorKind, kind: actorKind })} ·{' '}
              <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time>
            </Text>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}

/**
 * 依頼詳細: where the request stands, the moves it may make (blocked ones with the reason), hold,
 * the member mail and its retry, and the history. Every change sends the version the page shows in
 * `If-Match`; a move someone else made first is answered with 409 and the page offers to reload.
 */
export function RequestDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const explain = useRequestProblemText();
  const { dt, exists } = useDynamicT();
  const queryClient = useQueryClient();
  const detail = useRequestDetail(id);
  const types = useRequestTypes();
  const request = detail.data?.request;
  const etag = detail.data?.etag ?? '';
  const config = types.data?.find((candidate) => candidate.type === request?.type);
  useDocumentTitle(request ? t('adminRequests.detail.documentTitle', { number: request.number }) : t('adminRequests.board.title'));

  const [move, setMove] = useState<AllowedTransition | null>(null);
  const [holding, setHolding] = useState(false);
  const [actionProblem, setActionProblem] = useState<{ problem: ProblemDetail; stale: boolean } | null>(null);
  const [busy, setBusy] = useState<'release' | 'mail' | 'retry' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const reload = async () => {
    setActionProblem(null);
    await queryClient.invalidateQueries({ queryKey: REQUESTS_QUERY_KEY });
  };
  const show = (next: VersionedDetail) => {
    queryClient.setQueryData(detailKey(id), next);
    void queryClient.invalidateQueries({ queryKey: REQUESTS_QUERY_KEY, predicate: (query) => query.queryKey[2] !== 'detail' });
  };
  const act = async (kind: 'release' | 'mail' | 'retry', action: () => Promise<void>, done?: string) => {
    setBusy(kind);
    setActionProblem(null);
    setNotice(null);
    try {
      await action();
      if (done) setNotice(done);
      await reload();
    } catch (error) {
      setActionProblem({ problem: problemOf(error), stale: isStale(error) });
    } finally {
      setBusy(null);
    }
  };

  if (detail.isError) return <QueryProblem error={detail.error} onRetry={() => void detail.refetch()} />;
  if (!request) {
    return (
      <Center py="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }

  const statusName = localized(request.status.name, request.status.code);
  const blockedText = (reason: string) => (exists(`adminRequests.blocked.${reason}`) ? dt(`adminRequests.blocked.${reason}`) : reason);
  const reloadButton = (
    <Button size="xs" variant="light" leftSection={<IconRefresh size={14} aria-hidden />} onClick={() => void reload().then(() => setMove(null))} data-testid="reload-request">
      {t('adminRequests.detail.reload')}
    </Button>
  );

  return (
    <Stack gap="md" data-testid="request-detail">
      <Anchor component={Link} to={`/requests?type=${encodeURIComponent(request.type)}`}>
        {t('adminRequests.detail.back')}
      </Anchor>
      <Group gap="md" align="center">
        <Title order={1} ff="monospace">
          {request.number}
        </Title>
        <RequestStatusBadge status={request.status} size="xl" />
        {request.hold && <HoldBadge hold={request.hold} size="xl" />}
        {request.attention.map((kind) => (
          <AttentionBadge key={kind} kind={kind} size="lg" />
        ))}
      </Group>

      {request.hold && (
        <Alert color="yellow" variant="filled" c="dark.9" icon={<IconPlayerPause size={22} />} title={t('adminRequests.hold.onHoldTitle')} data-testid="hold-banner">
          <Stack gap={6}>
            <Text fw={700} size="lg" style={{ whiteSpace: 'pre-wrap' }} data-testid="hold-note">
              {request.hold.note}
            </Text>
            <Text size="sm">
              {t('adminRequests.hold.since', { when: formatDateTime(request.hold.since, i18n.language), by: request.hold.by ?? '—' })}
            </Text>
            <Group>
              <Button
                color="dark"
                variant="white"
                leftSection={<IconPlayerPlay size={16} aria-hidden />}
                loading={busy === 'release'}
                onClick={() => void act('release', () => releaseHold(request.id, etag), t('adminRequests.hold.released'))}
                data-testid="hold-release"
              >
                {t('adminRequests.hold.release')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}

      {request.mailFailure && (
        <Alert color="red" variant="light" icon={<IconMailOff size={22} />} title={t('adminRequests.mail.failedTitle')} data-testid="mail-failure">
          <Stack gap={6}>
            <Text size="sm" data-testid="mail-failure-reason">
              {t('adminRequests.mail.failedReason', { reason: request.mailFailure.reason, when: formatDateTime(request.mailFailure.at, i18n.language) })}
            </Text>
            <Group>
              <Button
                color="red"
                leftSection={<IconRefresh size={16} aria-hidden />}
                loading={busy === 'retry'}
                onClick={() =>
                  void act('retry', () => retryMemberMail(request.id), t('adminRequests.mail.retried'))
                }
                data-testid="mail-retry"
              >
                {t('adminRequests.mail.retry')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}

      {notice && (
        <Alert color="teal" variant="light" role="status" data-testid="request-notice" withCloseButton onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {actionProblem && (
        <Stack gap="xs" data-testid="request-action-problem">
          <Alert color="red" variant="light" role="alert">
            <Group justify="space-between">
              <Text size="sm">{explain(actionProblem.problem) ?? t('adminRequests.problem.generic')}</Text>
              {actionProblem.stale && reloadButton}
            </Group>
          </Alert>
          <ProblemDetails problem={actionProblem.problem} />
        </Stack>
      )}

      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('adminRequests.detail.moveTitle')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('adminRequests.detail.current', { status: statusName, since: formatRelative(request.statusSince, i18n.language) })}
          </Text>
          {request.allowedTransitions.length === 0 ? (
            <Text c="dimmed" data-testid="no-transitions">
              {t('adminRequests.detail.noTransitions')}
            </Text>
          ) : (
            <Stack gap="xs">
              {request.allowedTransitions.map((transition) => (
                <Stack key={transition.to} gap={2}>
                  <Button
                    variant={transition.blockedReason ? 'default' : 'light'}
                    justify="flex-start"
                    leftSection={<IconArrowRight size={16} aria-hidden />}
                    disabled={!!transition.blockedReason}
                    onClick={() => setMove(transition)}
                    data-testid={`transition-${transition.to}`}
                    aria-describedby={transition.blockedReason ? `blocked-${transition.to}` : undefined}
                  >
                    {t('adminRequests.detail.moveTo', { status: localized(transition.name, transition.to) })}
                  </Button>
                  {transition.blockedReason && (
                    <Text size="xs" c="red.8" id={`blocked-${transition.to}`} data-testid={`blocked-${transition.to}`}>
                      {blockedText(transition.blockedReason)}
                    </Text>
                  )}
                </Stack>
              ))}
            </Stack>
          )}
          {!request.hold && (
            <Button mt="md" variant="outline" color="yellow.8" leftSection={<IconPlayerPause size={16} aria-hidden />} onClick={() => setHolding(true)} data-testid="hold-put">
              {t('adminRequests.hold.put')}
            </Button>
          )}
        </Card>

        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('adminRequests.detail.about')}
          </Title>
          <Fields
            rows={[
              [
                t('adminRequests.detail.member'),
                <Group gap="xs" key="member">
                  <Anchor component={Link} to={`/members/${encodeURIComponent(request.memberId)}`} fw={600} data-testid="request-member">
                    {request.memberName || t('adminRequests.card.noName')}
                  </Anchor>
                  <VerificationStateBadge state={request.memberVerification} />
                </Group>,
              ],
              [t('adminRequests.detail.type'), config ? localized(config.name, request.type) : request.type],
              [t('adminRequests.detail.channel'), exists(`adminRequests.channel.${request.channel}`) ? dt(`adminRequests.channel.${request.channel}`) : request.channel],
              [t('adminRequests.detail.kitCount'), request.kitCount ? String(request.kitCount) : ''],
              [t('adminRequests.detail.note'), request.note ? <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{request.note}</Text> : ''],
              [t('adminRequests.detail.statusSince'), formatDateTime(request.statusSince, i18n.language)],
              [
                t('adminRequests.detail.dueAt'),
                request.dueAt ? (
                  <Text size="sm" c={request.overdue ? 'red.8' : undefined} fw={request.overdue ? 700 : undefined} data-testid="detail-due">
                    {formatDateTime(request.dueAt, i18n.language)}
                  </Text>
                ) : (
                  ''
                ),
              ],
              [t('adminRequests.detail.createdAt'), formatDateTime(request.createdAt, i18n.language)],
            ]}
          />
        </Card>

        <Card withBorder data-testid="member-mail">
          <Title order={2} size="h4" mb="sm">
            {t('adminRequests.mail.title')}
          </Title>
          <Switch
            checked={request.memberMail}
            disabled={busy === 'mail'}
            onChange={(event) => {
              const enabled = event.currentTarget.checked;
              void act('mail', () => switchMemberMail(request.id, etag, enabled));
            }}
            label={t('adminRequests.mail.switch')}
            description={request.memberMail ? t('adminRequests.mail.on') : t('adminRequests.mail.off')}
            data-testid="member-mail-switch"
          />
          {!request.memberMail && (
            <Badge mt="sm" color="gray" variant="filled" tt="none" data-testid="member-mail-off">
              {t('adminRequests.mail.offBadge')}
            </Badge>
          )}
        </Card>

        <RequestItems requestId={request.id} />
      </SimpleGrid>

      <Card withBorder>
        <Title order={2} size="h4" mb="md">
          {t('adminRequests.detail.history')}
        </Title>
        <History history={request.history} config={config} />
      </Card>

      <Card withBorder data-testid="request-audit-history">
        <EntityHistory entityType="request" entityId={request.id} />
      </Card>

      {move && (
        <CommentDialog
          title={t('adminRequests.transition.title', { from: statusName, to: localized(move.name, move.to) })}
          label={t('adminRequests.transition.comment')}
          description={
            <Group gap="xs">
              <RequestStatusBadge status={request.status} />
              <IconArrowRight size={16} aria-hidden />
              <RequestStatusBadge status={{ code: move.to, name: move.name, color: config?.statuses.find((status) => status.code === move.to)?.color }} />
            </Group>
          }
          cancelLabel={t('adminRequests.transition.cancel')}
          confirmLabel={t('adminRequests.transition.confirm')}
          testIds={{ dialog: 'transition-dialog', input: 'transition-comment', confirm: 'transition-confirm' }}
          onClose={() => setMove(null)}
          onConfirm={async (comment) => {
            show(await moveRequest(request.id, etag, move.to, comment));
            setMove(null);
            setNotice(t('adminRequests.transition.done', { to: localized(move.name, move.to) }));
          }}
          explain={(problem) => explain(problem, { from: statusName, to: localized(move.name, move.to) })}
          onProblem={(problem) => (problem.status === 409 && !(problem as { code?: string }).code ? reloadButton : null)}
        />
      )}
      {holding && (
        <ReasonDialog
          opened
          title={t('adminRequests.hold.dialogTitle', { number: request.number })}
          label={t('adminRequests.hold.note')}
          requiredMessage={t('adminRequests.hold.noteRequired')}
          cancelLabel={t('adminRequests.transition.cancel')}
          confirmLabel={t('adminRequests.hold.confirm')}
          confirmColor="yellow.8"
          testIds={{ dialog: 'hold-dialog', input: 'hold-note-input', confirm: 'hold-confirm' }}
          onClose={() => setHolding(false)}
          onConfirm={async (note) => {
            await putOnHold(request.id, etag, note);
            setHolding(false);
            await reload();
          }}
        />
      )}
    </Stack>
  );
}
