import { Alert, Anchor, Badge, Button, Card, Center, Checkbox, Group, Loader, Paper, Select, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconLink, IconNote, IconPaperclip, IconPhone, IconTimeline } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { apiFetch } from '../../shared/api/client';
import { useMe } from '../../shared/auth/me';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { useDocumentTitle } from '../../shared/layout/useDocumentTitle';
import { EntityHistory } from '../audit/EntityHistory';
import type { Page } from '../members/api';
import {
  addNote,
  assign,
  attachmentUrl,
  changeState,
  INQUIRIES_KEY,
  type InquiryDetail,
  type InquiryMessage,
  type InquiryState,
  type InquiryView,
  linkMember,
  setLabels,
  merge,
  STATES,
  useInquiryDetail,
  useLabels,
  useStaff,
} from './api';
import { MemberSearch } from './MemberSearch';
import { formatDateTime, isLive, Labels, LockBadge, ReadByStrip, StateBadge, UnansweredBadge, useInquiryProblemText } from './parts';
import { ReplyBox } from './ReplyBox';

const KIND_STYLE: Record<InquiryMessage['kind'], { bg: string; align: 'flex-start' | 'flex-end' }> = {
  CUSTOMER: { bg: 'white', align: 'flex-start' },
  REPLY: { bg: 'blue.0', align: 'flex-end' },
  MEMO: { bg: 'yellow.0', align: 'flex-start' },
  NOTE: { bg: 'gray.1', align: 'flex-end' },
};

function Message({ inquiryId, message }: { inquiryId: string; message: InquiryMessage }) {
  const { t, i18n } = useTranslation();
  const style = KIND_STYLE[message.kind] ?? KIND_STYLE.CUSTOMER;
  return (
    <Paper withBorder radius="md" p="sm" bg={style.bg} maw="85%" style={{ alignSelf: style.align }} data-testid="message" data-kind={message.kind} data-id={message.id}>
      <Group gap="xs" mb={4} wrap="wrap">
        {message.kind === 'MEMO' && <IconPhone size={14} aria-hidden />}
        {message.kind === 'NOTE' && <IconNote size={14} aria-hidden />}
        <Text size="xs" fw={700}>
          {t(`inquiries.message.${message.kind}`)} · {message.author?.name ?? t('inquiries.message.unknownAuthor')}
        </Text>
        <Text size="xs" c="dimmed">
          <time dateTime={message.at}>{formatDateTime(message.at, i18n.language)}</time>
        </Text>
        {message.mailStatus && (
          <Badge size="xs" variant="light" color={message.mailStatus === 'FAILED' ? 'red' : message.mailStatus === 'SENT' ? 'teal' : 'gray'} tt="none" data-testid="mail-status">
            {t(`inquiries.message.mail.${message.mailStatus}`)}
          </Badge>
        )}
      </Group>
      {message.html ? (
        // inquiry-service sanitises mail HTML before it stores it; only that field is ever rendered as HTML.
        <div className="inquiry-html" style={{ overflowWrap: 'anywhere' }} data-testid="message-html" dangerouslySetInnerHTML={{ __html: message.html }} />
      ) : (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="message-text">
          {message.text}
        </Text>
      )}
      {message.attachments.length > 0 && (
        <Group gap="xs" mt="xs">
          {message.attachments.map((attachment) => (
            <Anchor key={attachment.id} href={attachmentUrl(inquiryId, attachment.id)} target="_blank" rel="noopener" size="sm" data-testid="attachment">
              <Group gap={4} wrap="nowrap">
                <IconPaperclip size={14} aria-hidden />
                {attachment.fileName} ({Math.max(1, Math.round(attachment.size / 1024))} KB)
              </Group>
            </Anchor>
          ))}
        </Group>
      )}
      {(message.refusedAttachments ?? []).length > 0 && (
        <Stack gap={2} mt="xs">
          {message.refusedAttachments!.map((refused, index) => (
            <Text key={`${refused.fileName}-${index}`} size="xs" c="orange" data-testid="refused-attachment">
              {t('inquiries.message.refused', { name: refused.fileName, reason: t(`inquiries.message.refusedReason.${refused.reason}`, refused.reason) })}
            </Text>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

function NoteBox({ inquiryId, onSaved }: { inquiryId: string; onSaved: () => Promise<void> }) {
  const { t } = useTranslation();
  const explain = useInquiryProblemText();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <Stack gap="xs">
      <Textarea label={t('inquiries.note.label')} description={t('inquiries.note.hint')} rows={2} value={text} onChange={(event) => setText(event.currentTarget.value)} data-testid="note-text" />
      {problem && (
        <Text c="red" size="sm">
          {problem}
        </Text>
      )}
      <Group justify="flex-end">
        <Button
          size="xs"
          variant="light"
          color="gray"
          loading={busy}
          disabled={!text.trim()}
          onClick={() => {
            setBusy(true);
            setProblem(null);
            addNote(inquiryId, text.trim())
              .then(async () => {
                setText('');
                await onSaved();
              })
              .catch((error: unknown) => setProblem(explain(error) ?? t('inquiries.problem.generic')))
              .finally(() => setBusy(false));
          }}
          data-testid="note-save"
        >
          {t('inquiries.note.save')}
        </Button>
      </Group>
    </Stack>
  );
}

function MergeBox({ inquiry, onMerge }: { inquiry: InquiryView; onMerge: (sourceId: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<InquiryView | null>(null);
  const found = useQuery({
    queryKey: [...INQUIRIES_KEY, 'merge-search', search],
    queryFn: () => apiFetch<Page<InquiryView>>(`/api/inquiries?${new URLSearchParams({ q: search, size: '8' })}`),
    enabled: search.length > 0,
  });
  const candidates = found.data?.content.filter((candidate) => candidate.id !== inquiry.id && !candidate.mergedInto) ?? [];
  return (
    <Stack gap="xs" data-testid="merge-box">
      <Text size="sm" c="dimmed">
        {t('inquiries.merge.hint', { number: inquiry.number })}
      </Text>
      <Group gap={4} wrap="nowrap" align="flex-end">
        <TextInput flex={1} aria-label={t('inquiries.merge.search')} placeholder={t('inquiries.merge.search')} value={q} onChange={(event) => setQ(event.currentTarget.value)} data-testid="merge-search" />
        <Button variant="default" onClick={() => setSearch(q.trim())} data-testid="merge-search-go">
          {t('inquiries.member.find')}
        </Button>
      </Group>
      {candidates.map((candidate) => (
        <Button key={candidate.id} variant={chosen?.id === candidate.id ? 'light' : 'subtle'} justify="flex-start" size="compact-sm" onClick={() => setChosen(candidate)} data-testid="merge-candidate">
          {candidate.number} · {candidate.subject} · {candidate.customer.name}
        </Button>
      ))}
      {chosen && (
        <Button color="grape" onClick={() => void onMerge(chosen.id).then(() => setChosen(null))} data-testid="merge-confirm">
          {t('inquiries.merge.confirm', { source: chosen.number, target: inquiry.number })}
        </Button>
      )}
    </Stack>
  );
}

function timelineLink(inquiry: InquiryDetail): string | null {
  const { customer } = inquiry;
  if (customer.memberId) return `/timeline?memberId=${encodeURIComponent(customer.memberId)}`;
  if (customer.email) return `/timeline?email=${encodeURIComponent(customer.email)}`;
  if (customer.phone) return `/timeline?phone=${encodeURIComponent(customer.phone)}`;
  return null;
}

/**
 * お問い合わせ詳細: the conversation (customer messages, replies, phone memos, internal notes; mail
 * HTML as inquiry-service sanitised it), who read it when, the reply box with its lock, assignment,
 * labels, state, the member link, merging and the change history. Refreshes itself every few
 * seconds without counting as a view, so "A is replying" shows live.
 */
export function InquiryDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const explain = useInquiryProblemText();
  const { data: me } = useMe();
  const detail = useInquiryDetail(id);
  const staff = useStaff();
  const labels = useLabels();
  const inquiry = detail.data?.inquiry;
  const etag = detail.data?.etag ?? '';
  useDocumentTitle(inquiry ? t('inquiries.detail.documentTitle', { number: inquiry.number }) : t('inquiries.title'));
  const [suppressSurvey, setSuppressSurvey] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [relinking, setRelinking] = useState(false);

  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: INQUIRIES_KEY });
  };
  const act = async (action: () => Promise<void>) => {
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setProblem(explain(error) ?? t('inquiries.problem.generic'));
    }
    await reload();
  };

  if (detail.isError) return <QueryProblem error={detail.error} onRetry={() => void detail.refetch()} />;
  if (!inquiry || !me) {
    return (
      <Center py="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  const timeline = timelineLink(inquiry);
  const { customer } = inquiry;

  return (
    <Stack gap="md" data-testid="inquiry-detail" data-number={inquiry.number}>
      <Anchor component={Link} to="/inquiries">
        {t('inquiries.detail.back')}
      </Anchor>
      <Group gap="md" align="center" wrap="wrap">
        <Text ff="monospace" fw={700} c="dimmed">
          {inquiry.number}
        </Text>
        <Title order={1} size="h2" data-testid="inquiry-subject">
          {inquiry.subject || t('inquiries.list.noSubject')}
        </Title>
        <StateBadge state={inquiry.state} size="lg" />
        {inquiry.unanswered && <UnansweredBadge />}
        {isLive(inquiry.lock) && <LockBadge lock={inquiry.lock} size="lg" />}
      </Group>
      <ReadByStrip readBy={inquiry.readBy} />
      {inquiry.mergedInto && (
        <Alert color="grape" data-testid="merged-into">
          {t('inquiries.detail.mergedInto')}{' '}
          <Anchor component={Link} to={`/inquiries/${encodeURIComponent(inquiry.mergedInto)}`}>
            {t('inquiries.detail.openMerged')}
          </Anchor>
        </Alert>
      )}
      {problem && (
        <Alert color="red" role="alert" withCloseButton onClose={() => setProblem(null)} data-testid="inquiry-problem">
          {problem}
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="md" style={{ alignItems: 'start' }}>
        <Stack gap="md" style={{ gridColumn: 'span 2' }}>
          <Stack gap="sm" data-testid="conversation">
            {inquiry.messages.map((message) => (
              <Message key={message.id} inquiryId={inquiry.id} message={message} />
            ))}
          </Stack>
          <ReplyBox inquiry={inquiry} etag={etag} me={me} onChanged={reload} />
          <Card withBorder>
            <NoteBox inquiryId={inquiry.id} onSaved={reload} />
          </Card>
        </Stack>

        <Stack gap="md">
          <Card withBorder data-testid="customer-card">
            <Title order={2} size="h4" mb="xs">
              {t('inquiries.detail.customer')}
            </Title>
            <Text fw={700}>{customer.name || '—'}</Text>
            {customer.email && <Text size="sm">{customer.email}</Text>}
            {customer.phone && <Text size="sm">{customer.phone}</Text>}
            <Text size="xs" c="dimmed">
              {t(`inquiries.channel.${inquiry.channel}`, { defaultValue: inquiry.channel })} · {formatDateTime(inquiry.createdAt, i18n.language)}
            </Text>
            <Group gap="xs" mt="xs">
              {customer.memberId ? (
                <Anchor component={Link} to={`/members/${encodeURIComponent(customer.memberId)}`} size="sm" data-testid="member-link">
                  <IconLink size={14} aria-hidden /> {t('inquiries.member.open')}
                </Anchor>
              ) : (
                <Text size="sm" c="dimmed" data-testid="member-unlinked">
                  {t('inquiries.member.notLinked')}
                </Text>
              )}
              {timeline && (
                <Anchor component={Link} to={timeline} size="sm" data-testid="timeline-link">
                  <IconTimeline size={14} aria-hidden /> {t('inquiries.detail.timeline')}
                </Anchor>
              )}
            </Group>
            {relinking ? (
              <Stack gap="xs" mt="sm">
                <MemberSearch testId="link-member" onPick={(member) => void act(() => linkMember(inquiry.id, etag, member.id)).then(() => setRelinking(false))} />
                <Group gap="xs">
                  {customer.memberId && (
                    <Button size="xs" variant="subtle" color="red" onClick={() => void act(() => linkMember(inquiry.id, etag, null)).then(() => setRelinking(false))} data-testid="unlink-member">
                      {t('inquiries.member.unlink')}
                    </Button>
                  )}
                  <Button size="xs" variant="default" onClick={() => setRelinking(false)}>
                    {t('inquiries.reply.cancel')}
                  </Button>
                </Group>
              </Stack>
            ) : (
              <Button mt="sm" size="xs" variant="light" onClick={() => setRelinking(true)} data-testid="change-member">
                {customer.memberId ? t('inquiries.member.change') : t('inquiries.member.link')}
              </Button>
            )}
          </Card>

          <Card withBorder>
            <Title order={2} size="h4" mb="xs">
              {t('inquiries.detail.handling')}
            </Title>
            <Stack gap="sm">
              <Select
                label={t('inquiries.list.assignee')}
                data={[{ value: '', label: t('inquiries.assignee.none') }, ...(staff.data?.map((person) => ({ value: person.id, label: person.name })) ?? [])]}
                value={inquiry.assignee?.id ?? ''}
                onChange={(value) => void act(() => assign(inquiry.id, etag, value || null))}
                allowDeselect={false}
                data-testid="assignee-select"
              />
              {me && inquiry.assignee?.id !== me.subject && (
                <Button size="xs" variant="subtle" onClick={() => void act(() => assign(inquiry.id, etag, me.subject))} data-testid="assign-me">
                  {t('inquiries.assignee.takeIt')}
                </Button>
              )}
              <TagsInput
                label={t('inquiries.filters.label')}
                data={labels.data?.map((entry) => entry.label) ?? []}
                value={inquiry.labels}
                onChange={(value) => void act(() => setLabels(inquiry.id, etag, value))}
                clearable
                data-testid="labels-input"
              />
              <Labels labels={inquiry.labels} />
              <Stack gap={6} data-testid="state-change">
                <Text size="sm" fw={600}>
                  {t('inquiries.detail.state')}
                </Text>
                <Group gap={6} wrap="wrap">
                  {STATES.filter((state) => state !== inquiry.state).map((state: InquiryState) => (
                    <Button
                      key={state}
                      size="xs"
                      variant={state === 'DONE' ? 'filled' : 'light'}
                      color={state === 'DONE' ? 'gray' : undefined}
                      onClick={() => void act(() => changeState(inquiry.id, etag, state, state === 'DONE' ? suppressSurvey : undefined))}
                      data-testid={`state-${state}`}
                    >
                      {t(`inquiries.state.${state}`)}
                    </Button>
                  ))}
                </Group>
                {inquiry.state !== 'DONE' && (
                  <Checkbox size="xs" label={t('inquiries.detail.suppressSurvey')} checked={suppressSurvey} onChange={(event) => setSuppressSurvey(event.currentTarget.checked)} data-testid="suppress-survey" />
                )}
                {inquiry.surveySuppressed && (
                  <Text size="xs" c="dimmed">
                    {t('inquiries.detail.surveySuppressed')}
                  </Text>
                )}
              </Stack>
            </Stack>
          </Card>

          <Card withBorder data-testid="views-card">
            <Title order={2} size="h4" mb="xs">
              {t('inquiries.detail.views')}
            </Title>
            <Stack gap={2}>
              {inquiry.views.slice(-20).reverse().map((view, index) => (
                <Text size="xs" key={`${view.id}-${view.at}-${index}`} data-testid="view-entry">
                  {view.name} · {formatDateTime(view.at, i18n.language)}
                </Text>
              ))}
            </Stack>
          </Card>

          <Card withBorder>
            <Title order={2} size="h4" mb="xs">
              {t('inquiries.merge.title')}
            </Title>
            <MergeBox inquiry={inquiry} onMerge={(sourceId) => act(() => merge(inquiry.id, etag, sourceId))} />
          </Card>
        </Stack>
      </SimpleGrid>

      <Card withBorder>
        <EntityHistory entityType="inquiry" entityId={inquiry.id} />
      </Card>
    </Stack>
  );
}
