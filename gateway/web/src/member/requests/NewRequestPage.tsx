import { Alert, Anchor, Button, Group, Input, Paper, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconLock, IconTruckDelivery } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isApiError, type ProblemDetail, problemOf } from '../../shared/api/problem';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { useDynamicT } from '../../shared/i18n/useDynamicT';
import { ActionBlocked } from '../accountstatus/ActionBlocked';
import { actionAllowed } from '../accountstatus/policy';
import { useOwnRecord } from '../profile/api';
import { errorsByField, useFieldErrorText } from '../profile/fieldErrors';
import { MAX_KITS, MIN_KITS, OWN_REQUESTS_QUERY_KEY, ownRequestQueryKey, refusalReasonKey, requestKit } from './api';

const KIT_CHOICES = Array.from({ length: MAX_KITS - MIN_KITS + 1 }, (_, index) => String(MIN_KITS + index));
const MAX_NOTE_LENGTH = 500;

/** The service refused because of the account status: its reason in plain words, and where to look. */
function Refusal({ problem }: { problem: ProblemDetail }) {
  const { t } = useTranslation();
  const { dt } = useDynamicT();
  const key = refusalReasonKey(problem);
  const withdrawn = key === 'accountStatus.reason.WITHDRAWN';
  return (
    <Alert color="red" variant="light" icon={<IconLock size={18} />} title={t('accountStatus.action.REQUEST_KIT')} data-testid="kit-refusal" role="alert">
      <Stack gap="xs">
        <Text size="sm" data-testid="kit-refusal-reason">
          {key ? dt(key) : problem.detail}
        </Text>
        {!withdrawn && (
          <Anchor component={Link} to="/profile" size="sm" data-testid="kit-refusal-profile">
            {t('requests.new.refusalProfile')}
          </Anchor>
        )}
      </Stack>
    </Alert>
  );
}

/** `/requests/new`: 宅配キットの申し込み (how many boxes, and a note such as a preferred delivery day). */
export function NewRequestPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const errorText = useFieldErrorText();
  const kitLabelId = useId();
  // Known up front when the record says so; the service decides anyway (staff have no record: 403, ignored).
  const own = useOwnRecord();
  const blocked = own.data ? !actionAllowed(own.data.member, 'REQUEST_KIT').allowed : false;

  const [kitCount, setKitCount] = useState('1');
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<{ kitCount?: string; note?: string }>({});
  const [refusal, setRefusal] = useState<ProblemDetail | null>(null);
  const [problem, setProblem] = useState<ProblemDetail | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setErrors({});
    setRefusal(null);
    setProblem(null);
    if ([...note].length > MAX_NOTE_LENGTH) {
      setErrors({ note: t('requests.new.noteTooLong', { max: MAX_NOTE_LENGTH }) });
      return;
    }
    setSaving(true);
    try {
      const created = await requestKit({ kitCount: Number(kitCount), note });
      queryClient.setQueryData(ownRequestQueryKey(created.id), created);
      void queryClient.invalidateQueries({ queryKey: OWN_REQUESTS_QUERY_KEY, exact: true });
      void navigate(`/requests/${encodeURIComponent(created.id)}`, { state: { created: true } });
    } catch (error) {
      if (isApiError(error) && error.status === 403) {
        setRefusal(error.problem);
      } else if (isApiError(error) && error.status === 400 && error.problem.errors?.length) {
        const byField = errorsByField(error.problem.errors);
        setErrors({
          kitCount: byField.kitCount ? errorText(byField.kitCount) : undefined,
          note: byField.note ? errorText(byField.note) : undefined,
        });
        const others = error.problem.errors.filter((item) => item.field !== 'kitCount' && item.field !== 'note');
        if (others.length) setProblem({ ...error.problem, errors: others });
      } else {
        setProblem(problemOf(error));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack gap="md" maw={560} data-testid="kit-request-page">
      <Stack gap={6}>
        <Anchor component={Link} to="/requests" size="sm">
          {t('requests.backToList')}
        </Anchor>
        <Title order={1} size="h2">
          {t('requests.new.title')}
        </Title>
        <Text c="dimmed">{t('requests.new.intro')}</Text>
      </Stack>
      {own.data && <ActionBlocked record={own.data.member} action="REQUEST_KIT" />}
      <Paper withBorder radius="md" p="lg">
        <form noValidate onSubmit={(event) => void onSubmit(event)} aria-label={t('requests.new.title')} data-testid="kit-request-form">
          <Stack gap="lg">
            <Input.Wrapper
              labelElement="div"
              label={t('requests.new.kitCount')}
              description={t('requests.new.kitCountHint', { max: MAX_KITS })}
              error={errors.kitCount}
              errorProps={{ 'data-testid': 'error-kitCount' }}
              id={kitLabelId}
            >
              <SegmentedControl
                mt={6}
                fullWidth
                size="md"
                value={kitCount}
                onChange={(value) => {
                  setKitCount(value);
                  setErrors((current) => ({ ...current, kitCount: undefined }));
                }}
                data={KIT_CHOICES.map((value) => ({ value, label: t('requests.new.kitChoice', { count: Number(value) }) }))}
                disabled={saving || blocked}
                aria-labelledby={`${kitLabelId}-label`}
                data-testid="kit-count"
              />
            </Input.Wrapper>
            <Textarea
              label={t('requests.new.note')}
              description={t('requests.new.noteHint')}
              placeholder={t('requests.new.notePlaceholder')}
              rows={3}
              size="md"
              value={note}
              onChange={(event) => {
                setNote(event.currentTarget.value);
                setErrors((current) => ({ ...current, note: undefined }));
              }}
              error={errors.note}
              errorProps={{ 'data-testid': 'error-note' }}
              disabled={saving || blocked}
              data-testid="kit-note"
            />
            {refusal && <Refusal problem={refusal} />}
            {problem && <ProblemDetails problem={problem} />}
            <Group justify="flex-end" gap="sm">
              <Button component={Link} to="/requests" variant="default" size="md">
                {t('requests.new.cancel')}
              </Button>
              <Button type="submit" size="md" loading={saving} disabled={blocked} leftSection={<IconTruckDelivery size={20} />} data-testid="kit-request-submit">
                {t('requests.new.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
