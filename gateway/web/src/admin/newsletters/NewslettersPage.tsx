import { Alert, Badge, Button, Checkbox, Group, Paper, Progress, SegmentedControl, Stack, Table, Tabs, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemOf } from '../../shared/api/problem';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { QueryProblem } from '../../shared/components/QueryProblem';
import {
  EVERYONE,
  type Newsletter,
  type NewsletterAction,
  type Segment,
  useBroadcasts,
  useComposeNewsletter,
  useNewsletterAction,
  useNewsletters,
  usePreview,
  usePublishBroadcast,
} from './api';
import { SegmentPicker } from './SegmentPicker';

/** The `code` the notification-service puts on its refusals. */
const codeOf = (error: unknown) => (problemOf(error) as { code?: string }).code;

const STATE_COLORS: Record<string, string> = { DRAFT: 'gray', SCHEDULED: 'blue', SENDING: 'indigo', PAUSED: 'yellow', SENT: 'teal', CANCELLED: 'red' };

function dateTime(value: string | null, language: string) {
  return value ? new Date(value).toLocaleString(language === 'en' ? 'en-US' : 'ja-JP', { dateStyle: 'medium', timeStyle: 'short' }) : '—';
}

/** The sanitised HTML in a sandboxed frame: exactly what members get, nothing of it can run. */
function Preview({ html }: { html: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p={0} data-testid="preview">
      <iframe title={t('newsletters.preview.title')} sandbox="" srcDoc={html} style={{ width: '100%', minHeight: 240, border: 0 }} />
    </Paper>
  );
}

function NewsletterComposer() {
  const { t } = useTranslation();
  const [subject, setSubject] = useState('');
  const [html, setHtml] = useState('');
  const [text, setText] = useState('');
  const [segment, setSegment] = useState<Segment>(EVERYONE);
  const [when, setWhen] = useState<'now' | 'later' | 'draft'>('now');
  const [scheduledAt, setScheduledAt] = useState('');
  const preview = usePreview();
  const compose = useComposeNewsletter();

  const submit = () =>
    compose.mutate(
      { draft: { subject, html, text, segment, scheduledAt: when === 'later' && scheduledAt ? new Date(scheduledAt).toISOString() : null }, sendNow: when === 'now' },
      {
        onSuccess: () => {
          setSubject('');
          setHtml('');
          setText('');
          preview.reset();
        },
      },
    );

  return (
    <Stack gap="sm" data-testid="newsletter-composer">
      <TextInput label={t('newsletters.compose.subject')} value={subject} onChange={(e) => setSubject(e.currentTarget.value)} required maxLength={200} />
      <Group grow align="flex-start">
        <Textarea label={t('newsletters.compose.html')} value={html} onChange={(e) => setHtml(e.currentTarget.value)} rows={8} required styles={{ input: { fontFamily: 'monospace' } }} />
        <Textarea label={t('newsletters.compose.text')} description={t('newsletters.compose.textHint')} value={text} onChange={(e) => setText(e.currentTarget.value)} rows={8} />
      </Group>
      <Group>
        <Button variant="light" onClick={() => preview.mutate(html)} disabled={!html.trim()} loading={preview.isPending} data-testid="preview-button">
          {t('newsletters.preview.show')}
        </Button>
      </Group>
      {preview.data && <Preview html={preview.data.html} />}
      <SegmentPicker value={segment} onChange={setSegment} newsletter />
      <Group align="flex-end">
        <SegmentedControl
          value={when}
          onChange={(value) => setWhen(value as typeof when)}
          data={[
            { value: 'now', label: t('newsletters.compose.sendNow') },
            { value: 'later', label: t('newsletters.compose.schedule') },
            { value: 'draft', label: t('newsletters.compose.draft') },
          ]}
        />
        {when === 'later' && (
          <TextInput type="datetime-local" label={t('newsletters.compose.scheduledAt')} value={scheduledAt} onChange={(e) => setScheduledAt(e.currentTarget.value)} required data-testid="scheduled-at" />
        )}
      </Group>
      <Group>
        <Button onClick={submit} loading={compose.isPending} disabled={!subject.trim() || !html.trim() || (when === 'later' && !scheduledAt)} data-testid="compose-submit">
          {t(`newsletters.compose.submit.${when}`)}
        </Button>
      </Group>
      {compose.isSuccess && (
        <Alert color="teal" data-testid="compose-done">
          {t('newsletters.compose.done')}
        </Alert>
      )}
      {compose.isError && <ProblemDetails problem={problemOf(compose.error)} />}
    </Stack>
  );
}

function BroadcastComposer() {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [bodyHtml, setBodyHtml] = useState('');
  const [alsoMail, setAlsoMail] = useState(false);
  const [segment, setSegment] = useState<Segment>(EVERYONE);
  const preview = usePreview();
  const publish = usePublishBroadcast();
  return (
    <Stack gap="sm" data-testid="broadcast-composer">
      <TextInput label={t('newsletters.broadcast.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required maxLength={200} />
      <Textarea label={t('newsletters.broadcast.body')} value={bodyHtml} onChange={(e) => setBodyHtml(e.currentTarget.value)} rows={6} required styles={{ input: { fontFamily: 'monospace' } }} />
      <Group>
        <Button variant="light" onClick={() => preview.mutate(bodyHtml)} disabled={!bodyHtml.trim()} loading={preview.isPending}>
          {t('newsletters.preview.show')}
        </Button>
      </Group>
      {preview.data && <Preview html={preview.data.html} />}
      <SegmentPicker value={segment} onChange={setSegment} newsletter={false} />
      <Checkbox label={t('newsletters.broadcast.alsoMail')} checked={alsoMail} onChange={(e) => setAlsoMail(e.currentTarget.checked)} />
      <Group>
        <Button
          onClick={() =>
            publish.mutate(
              { title, bodyHtml, segment, alsoMail },
              {
                onSuccess: () => {
                  setTitle('');
                  setBodyHtml('');
                  preview.reset();
                },
              },
            )
          }
          loading={publish.isPending}
          disabled={!title.trim() || !bodyHtml.trim()}
          data-testid="broadcast-submit"
        >
          {t('newsletters.broadcast.submit')}
        </Button>
      </Group>
      {publish.isSuccess && (
        <Alert color="teal" data-testid="broadcast-done">
          {t('newsletters.broadcast.done', { count: publish.data.total })}
        </Alert>
      )}
      {publish.isError && <ProblemDetails problem={problemOf(publish.error)} />}
    </Stack>
  );
}

const ACTIONS: Record<string, NewsletterAction[]> = { DRAFT: ['send', 'cancel'], SCHEDULED: ['send', 'cancel'], SENDING: ['pause', 'cancel'], PAUSED: ['resume', 'cancel'] };

function NewsletterRow({ newsletter }: { newsletter: Newsletter }) {
  const { t, i18n } = useTranslation();
  const act = useNewsletterAction();
  const done = newsletter.sent + newsletter.failed;
  const percent = newsletter.total > 0 ? Math.round((done / newsletter.total) * 100) : 0;
  return (
    <Table.Tr data-testid="newsletter-row" data-state={newsletter.state}>
      <Table.Td>
        <Text fw={600}>{newsletter.subject}</Text>
        <Text size="xs" c="dimmed">
          {newsletter.state === 'SCHEDULED' ? t('newsletters.list.scheduledFor', { at: dateTime(newsletter.scheduledAt, i18n.language) }) : dateTime(newsletter.startedAt ?? newsletter.createdAt, i18n.language)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge color={STATE_COLORS[newsletter.state] ?? 'gray'} variant="light">
          {t(`newsletters.state.${newsletter.state}`)}
        </Badge>
      </Table.Td>
      <Table.Td miw={220}>
        <Progress.Root size="lg" aria-label={t('newsletters.list.progress')}>
          <Progress.Section value={newsletter.total > 0 ? (newsletter.sent / newsletter.total) * 100 : 0} color="teal" data-testid="progress-sent" />
          <Progress.Section value={newsletter.total > 0 ? (newsletter.failed / newsletter.total) * 100 : 0} color="red" />
        </Progress.Root>
        <Text size="xs" c="dimmed" mt={4} data-testid="progress-text">
          {t('newsletters.list.counts', { sent: newsletter.sent, failed: newsletter.failed, total: newsletter.total, percent })}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          {(ACTIONS[newsletter.state] ?? []).map((action) => (
            <Button
              key={action}
              size="compact-xs"
              variant={action === 'cancel' ? 'subtle' : 'light'}
              color={action === 'cancel' ? 'red' : undefined}
              loading={act.isPending && act.variables?.action === action}
              onClick={() => {
                if (action !== 'cancel' || window.confirm(t('newsletters.list.confirmCancel'))) act.mutate({ id: newsletter.id, action });
              }}
              data-testid={`action-${action}`}
            >
              {t(`newsletters.action.${action}`)}
            </Button>
          ))}
        </Group>
        {act.isError && (
          <Text size="xs" c="red">
            {codeOf(act.error) === 'newsletter-state' ? t('newsletters.problem.stateConflict') : problemOf(act.error).detail}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function NewsletterList() {
  const { t } = useTranslation();
  const newsletters = useNewsletters();
  if (newsletters.isError) return <QueryProblem error={newsletters.error} onRetry={() => void newsletters.refetch()} />;
  if (!newsletters.data) return null;
  if (newsletters.data.length === 0) return <Text c="dimmed">{t('newsletters.list.empty')}</Text>;
  return (
    <Table striped verticalSpacing="sm" data-testid="newsletter-list">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('newsletters.list.subject')}</Table.Th>
          <Table.Th>{t('newsletters.list.state')}</Table.Th>
          <Table.Th>{t('newsletters.list.progress')}</Table.Th>
          <Table.Th>{t('newsletters.list.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {newsletters.data.map((newsletter) => (
          <NewsletterRow key={newsletter.id} newsletter={newsletter} />
        ))}
      </Table.Tbody>
    </Table>
  );
}

function BroadcastList() {
  const { t, i18n } = useTranslation();
  const broadcasts = useBroadcasts();
  if (broadcasts.isError) return <QueryProblem error={broadcasts.error} onRetry={() => void broadcasts.refetch()} />;
  if (!broadcasts.data?.length) return <Text c="dimmed">{t('newsletters.broadcast.empty')}</Text>;
  return (
    <Table verticalSpacing="xs" data-testid="broadcast-list">
      <Table.Tbody>
        {broadcasts.data.map((broadcast) => (
          <Table.Tr key={broadcast.id}>
            <Table.Td>{broadcast.title}</Table.Td>
            <Table.Td>{dateTime(broadcast.createdAt, i18n.language)}</Table.Td>
            <Table.Td miw={200}>
              <Progress value={broadcast.total > 0 ? (broadcast.delivered / broadcast.total) * 100 : 100} color="teal" />
              <Text size="xs" c="dimmed">
                {t('newsletters.broadcast.reached', { delivered: broadcast.delivered, total: broadcast.total })}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** `/admin/newsletters`: broadcasts and newsletters, composed for a segment and followed while they go out. */
export function NewslettersPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Title order={2}>{t('newsletters.title')}</Title>
      <Tabs defaultValue="newsletter" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="newsletter">{t('newsletters.tabs.newsletter')}</Tabs.Tab>
          <Tabs.Tab value="broadcast">{t('newsletters.tabs.broadcast')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="newsletter" pt="md">
          <NewsletterComposer />
        </Tabs.Panel>
        <Tabs.Panel value="broadcast" pt="md">
          <BroadcastComposer />
        </Tabs.Panel>
      </Tabs>
      <Stack gap="xs">
        <Title order={3}>{t('newsletters.list.title')}</Title>
        <NewsletterList />
      </Stack>
      <Stack gap="xs">
        <Title order={3}>{t('newsletters.broadcast.listTitle')}</Title>
        <BroadcastList />
      </Stack>
    </Stack>
  );
}
