import { ActionIcon, Alert, Badge, Button, Card, Center, Group, Loader, SimpleGrid, Stack, Switch, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconDeviceFloppy, IconPlus, IconRefresh, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, problemOf, type ProblemDetail } from '../../shared/api/problem';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { useDocumentTitle } from '../../shared/layout/useDocumentTitle';
import { BUSINESS_HOURS_KEY, type BusinessHoursInput, DAYS, type Day, type Period, saveBusinessHours, useBusinessHours, useClosedDays, useMailboxStatus, type VersionedBusinessHours } from './api';

const TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Draft extends Omit<BusinessHoursInput, 'holidays'> {
  japanesePublicHolidays: boolean;
  /** One date (YYYY-MM-DD) per line. */
  extraText: string;
}

function draftOf({ settings }: VersionedBusinessHours): Draft {
  return {
    timeZone: settings.timeZone,
    week: Object.fromEntries(DAYS.map((day) => [day, [...(settings.week[day] ?? [])]])) as Record<Day, Period[]>,
    japanesePublicHolidays: settings.holidays.japanesePublicHolidays,
    extraText: settings.holidays.extra.join('\n'),
    acknowledgement: settings.acknowledgement,
  };
}

const extraDates = (draft: Draft) =>
  draft.extraText
    .split(/[\s,]+/)
    .map((line) => line.trim())
    .filter(Boolean);

type DraftProblem = 'time' | 'order' | 'date' | 'acknowledgement';

/** What is wrong with a draft, as i18n keys under `inquirySettings.error.`. */
function problemsOf(draft: Draft): DraftProblem[] {
  const problems = new Set<DraftProblem>();
  for (const day of DAYS) {
    for (const period of draft.week[day]) {
      if (!TIME.test(period.from) || period.from === '24:00' || !TIME.test(period.to)) problems.add('time');
      else if (period.to !== '24:00' && period.from >= period.to) problems.add('order');
    }
  }
  if (extraDates(draft).some((date) => !DATE.test(date))) problems.add('date');
  for (const language of ['ja', 'en'] as const) {
    const text = draft.acknowledgement[language];
    if (!text.subject.trim() || !text.text.trim()) problems.add('acknowledgement');
  }
  return [...problems];
}

/** 営業時間設定: the hours the shop answers inquiries, its closed days and the out-of-hours acknowledgement (admins). */
export function BusinessHoursPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('inquirySettings.title'));
  const queryClient = useQueryClient();
  const loaded = useBusinessHours();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [etag, setEtag] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const [problem, setProblem] = useState<ProblemDetail | null>(null);
  const [stale, setStale] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);

  const start = (versioned: VersionedBusinessHours) => {
    setDraft(draftOf(versioned));
    setEtag(versioned.etag);
    setShowErrors(false);
    setProblem(null);
    setStale(false);
  };
  useEffect(() => {
    if (loaded.data && !draft) start(loaded.data);
  }, [loaded.data, draft]);

  if (loaded.isError) return <QueryProblem error={loaded.error} onRetry={() => void loaded.refetch()} />;
  if (!draft || !loaded.data) {
    return (
      <Center py="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }

  const edit = (next: Draft) => {
    setDraft(next);
    setSaved(false);
  };
  const setPeriods = (day: Day, periods: Period[]) => edit({ ...draft, week: { ...draft.week, [day]: periods } });
  const setText = (language: 'ja' | 'en', patch: Partial<{ subject: string; text: string }>) =>
    edit({ ...draft, acknowledgement: { ...draft.acknowledgement, [language]: { ...draft.acknowledgement[language], ...patch } } });
  const problems = problemsOf(draft);

  const save = async () => {
    setShowErrors(true);
    setProblem(null);
    setStale(false);
    if (problems.length > 0) return;
    setSaving(true);
    try {
      const result = await saveBusinessHours(etag, {
        timeZone: draft.timeZone,
        week: draft.week,
        holidays: { japanesePublicHolidays: draft.japanesePublicHolidays, extra: extraDates(draft) },
        acknowledgement: draft.acknowledgement,
      });
      queryClient.setQueryData(BUSINESS_HOURS_KEY, result);
      start(result);
      setSaved(true);
    } catch (error) {
      if (isApiError(error) && error.status === 409) setStale(true);
      else setProblem(problemOf(error));
    } finally {
      setSaving(false);
    }
  };
  const reload = async () => {
    const fresh = await loaded.refetch();
    if (fresh.data) start(fresh.data);
  };

  return (
    <Stack gap="md" data-testid="business-hours">
      <Group justify="space-between">
        <Title order={1}>{t('inquirySettings.title')}</Title>
        <Badge size="lg" color={loaded.data.settings.openNow ? 'teal' : 'gray'} data-testid="business-hours-open-now">
          {t(loaded.data.settings.openNow ? 'inquirySettings.openNow' : 'inquirySettings.closedNow')}
        </Badge>
      </Group>
      <Text c="dimmed">{t('inquirySettings.intro')}</Text>
      <MailboxCard />

      <Card withBorder radius="md">
        <Title order={2} size="h4" mb="xs">
          {t('inquirySettings.week.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('inquirySettings.week.intro', { timeZone: draft.timeZone })}
        </Text>
        <Table verticalSpacing={6}>
          <Table.Tbody>
            {DAYS.map((day) => (
              <Table.Tr key={day} data-testid={`day-${day}`}>
                <Table.Th w={120}>{t(`inquirySettings.day.${day}`)}</Table.Th>
                <Table.Td>
                  <Stack gap={6}>
                    {draft.week[day].length === 0 && (
                      <Text size="sm" c="dimmed" data-testid={`closed-${day}`}>
                        {t('inquirySettings.week.closed')}
                      </Text>
                    )}
                    {draft.week[day].map((period, index) => (
                      <Group key={index} gap="xs" wrap="nowrap">
                        <TextInput
                          size="xs"
                          w={90}
                          value={period.from}
                          aria-label={t('inquirySettings.week.from', { day: t(`inquirySettings.day.${day}`) })}
                          error={showErrors && !TIME.test(period.from)}
                          onChange={(event) => setPeriods(day, draft.week[day].map((p, i) => (i === index ? { ...p, from: event.currentTarget.value } : p)))}
                          data-testid={`from-${day}-${index}`}
                        />
                        <Text size="sm">–</Text>
                        <TextInput
                          size="xs"
                          w={90}
                          value={period.to}
                          aria-label={t('inquirySettings.week.to', { day: t(`inquirySettings.day.${day}`) })}
                          error={showErrors && !TIME.test(period.to)}
                          onChange={(event) => setPeriods(day, draft.week[day].map((p, i) => (i === index ? { ...p, to: event.currentTarget.value } : p)))}
                          data-testid={`to-${day}-${index}`}
                        />
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('inquirySettings.week.remove')}
                          onClick={() => setPeriods(day, draft.week[day].filter((_, i) => i !== index))}
                          data-testid={`remove-${day}-${index}`}
                        >
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      </Group>
                    ))}
                  </Stack>
                </Table.Td>
                <Table.Td w={140}>
                  <Button
                    size="xs"
                    variant="subtle"
                    leftSection={<IconPlus size={14} aria-hidden />}
                    onClick={() => setPeriods(day, [...draft.week[day], { from: '10:00', to: '18:00' }])}
                    data-testid={`add-${day}`}
                  >
                    {t('inquirySettings.week.add')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>

      <Card withBorder radius="md">
        <Title order={2} size="h4" mb="xs">
          {t('inquirySettings.holidays.title')}
        </Title>
        <Stack gap="sm">
          <Switch
            checked={draft.japanesePublicHolidays}
            onChange={(event) => edit({ ...draft, japanesePublicHolidays: event.currentTarget.checked })}
            label={t('inquirySettings.holidays.japanese')}
            description={t('inquirySettings.holidays.japaneseHint')}
            data-testid="japanese-holidays"
          />
          <Textarea
            label={t('inquirySettings.holidays.extra')}
            description={t('inquirySettings.holidays.extraHint')}
            rows={3}
            value={draft.extraText}
            error={showErrors && problems.includes('date') ? t('inquirySettings.error.date') : undefined}
            onChange={(event) => edit({ ...draft, extraText: event.currentTarget.value })}
            data-testid="extra-days"
          />
          <ClosedDays version={loaded.data.settings.version} />
        </Stack>
      </Card>

      <Card withBorder radius="md">
        <Title order={2} size="h4" mb="xs">
          {t('inquirySettings.acknowledgement.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('inquirySettings.acknowledgement.intro', { subjectPlaceholder: '{{subject}}', namePlaceholder: '{{name}}' })}
        </Text>
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          {(['ja', 'en'] as const).map((language) => (
            <Stack key={language} gap="xs">
              <Text fw={600}>{t(`inquirySettings.acknowledgement.${language}`)}</Text>
              <TextInput
                label={t('inquirySettings.acknowledgement.subject')}
                value={draft.acknowledgement[language].subject}
                error={showErrors && !draft.acknowledgement[language].subject.trim()}
                onChange={(event) => setText(language, { subject: event.currentTarget.value.replace(/[\r\n]/g, ' ') })}
                data-testid={`ack-subject-${language}`}
              />
              <Textarea
                label={t('inquirySettings.acknowledgement.text')}
                rows={6}
                value={draft.acknowledgement[language].text}
                error={showErrors && !draft.acknowledgement[language].text.trim()}
                onChange={(event) => setText(language, { text: event.currentTarget.value })}
                data-testid={`ack-text-${language}`}
              />
            </Stack>
          ))}
        </SimpleGrid>
      </Card>

      {showErrors && problems.length > 0 && (
        <Alert color="red" variant="light" role="alert" data-testid="business-hours-invalid">
          <Stack gap={2}>
            {problems.map((key) => (
              <Text key={key} size="sm">
                {t(`inquirySettings.error.${key}`)}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      {stale && (
        <Alert color="orange" variant="light" data-testid="business-hours-stale">
          <Group justify="space-between">
            <Text size="sm">{t('inquirySettings.stale')}</Text>
            <Button size="xs" variant="light" leftSection={<IconRefresh size={14} aria-hidden />} onClick={() => void reload()} data-testid="business-hours-reload">
              {t('inquirySettings.reload')}
            </Button>
          </Group>
        </Alert>
      )}
      {problem && <ProblemDetails problem={problem} />}
      <Group justify="space-between" p="sm" bg="white" style={{ position: 'sticky', bottom: 0, borderTop: '1px solid var(--mantine-color-gray-3)', zIndex: 2 }}>
        <div>
          {saved && (
            <Text c="teal.9" fw={600} role="status" data-testid="business-hours-saved">
              {t('inquirySettings.saved')}
            </Text>
          )}
        </div>
        <Group>
          <Button variant="default" onClick={() => start(loaded.data)} disabled={saving} data-testid="business-hours-discard">
            {t('inquirySettings.discard')}
          </Button>
          <Button leftSection={<IconDeviceFloppy size={16} aria-hidden />} loading={saving} onClick={() => void save()} data-testid="business-hours-save">
            {t('inquirySettings.save')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}

/** メール受信: whether customer mails reach the inbox (last read, last error, how many so far). */
function MailboxCard() {
  const { t, i18n } = useTranslation();
  const mailbox = useMailboxStatus();
  if (!mailbox.data) return null;
  const { lastPollAt, lastError, fetched } = mailbox.data;
  const state = !lastPollAt ? 'unknown' : lastError ? 'failing' : 'ok';
  return (
    <Alert color={state === 'ok' ? 'teal' : state === 'failing' ? 'red' : 'gray'} variant="light" title={t(`inquirySettings.mailbox.${state}`)} data-testid="mailbox-status" data-state={state}>
      <Text size="sm">
        {lastPollAt
          ? t('inquirySettings.mailbox.detail', { at: new Date(lastPollAt).toLocaleString(i18n.language), count: fetched })
          : t('inquirySettings.mailbox.never')}
      </Text>
      {lastError && (
        <Text size="sm" c="red.9" data-testid="mailbox-error">
          {lastError}
        </Text>
      )}
    </Alert>
  );
}

/** This year's closed days as saved, so an admin sees which holidays count (振替休日 and 国民の休日 included). */
function ClosedDays({ version }: { version: number }) {
  const { t, i18n } = useTranslation();
  const year = new Date().getFullYear();
  const closed = useClosedDays(year, version);
  if (!closed.data) return null;
  const format = new Intl.DateTimeFormat(i18n.language, { month: 'numeric', day: 'numeric', weekday: 'short' });
  return (
    <Stack gap={4} data-testid="closed-days">
      <Text size="sm" fw={600}>
        {t('inquirySettings.holidays.listTitle', { year })}
      </Text>
      <Group gap={6}>
        {closed.data.map((day) => (
          <Badge key={day.date} variant="light" color={day.kind === 'EXTRA' ? 'grape' : 'red'} tt="none" data-testid="closed-day" title={day.name ?? t('inquirySettings.holidays.extraDay')}>
            {format.format(new Date(`${day.date}T00:00:00`))} {day.name ?? t('inquirySettings.holidays.extraDay')}
          </Badge>
        ))}
      </Group>
    </Stack>
  );
}
