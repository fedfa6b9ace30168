import { Alert, Button, Group, Modal, NumberInput, SegmentedControl, Select, Stack, Text, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { apiFetch } from '../../shared/api/client';
import { isApiError, problemOf, type ProblemDetail } from '../../shared/api/problem';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { fullName, type MemberSummary, type Page } from '../members/api';
import { REQUESTS_QUERY_KEY, STAFF_CHANNELS, startRequest, useRequestTypes } from './api';
import { useLocalized } from './parts';
import { useRequestProblemText } from './problemText';

type Field = 'memberId' | 'type' | 'channel' | 'kitCount' | 'note';
const FIELDS: Field[] = ['memberId', 'type', 'channel', 'kitCount', 'note'];

/** Members matching what staff typed (`GET /api/members?q=`), for choosing whom a request is for. */
function useMemberSearch(text: string) {
  const [q] = useDebouncedValue(text.trim(), 250);
  return useQuery({
    queryKey: ['admin', 'members', 'pick', q],
    queryFn: () => apiFetch<Page<MemberSummary>>(`/api/members?${new URLSearchParams({ q, size: '10' })}`),
    enabled: q.length > 0,
  });
}

interface DialogProps {
  member?: { id: string; name: string };
  defaultType?: string;
  onClose: () => void;
}

function StartRequestDialog({ member, defaultType, onClose }: DialogProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const explain = useRequestProblemText();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const types = useRequestTypes();
  const [memberId, setMemberId] = useState<string | null>(member?.id ?? null);
  const [search, setSearch] = useState('');
  // The chosen member stays an option while the box shows their name (which is not searched again).
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  const found = useMemberSearch(member || (picked && search === picked.label) ? '' : search);
  const [type, setType] = useState<string>(defaultType ?? 'KIT');
  const [channel, setChannel] = useState<string>(defaultType === 'WALK_IN' ? 'WALK_IN' : 'PHONE');
  const [kitCount, setKitCount] = useState<number | string>(1);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<ProblemDetail | null>(null);
  const [sending, setSending] = useState(false);
  const isKit = type === 'KIT';

  const memberOptions = (found.data?.content ?? []).map((row) => ({
    value: row.id,
    label: [fullName(row.familyName, row.givenName) || row.email || row.id, row.phone].filter(Boolean).join(' / '),
  }));
  if (picked && !memberOptions.some((option) => option.value === picked.value)) memberOptions.unshift(picked);

  const submit = async () => {
    const missing: Partial<Record<Field, string>> = {};
    if (!memberId) missing.memberId = t('adminRequests.start.memberRequired');
    const kits = Number(kitCount);
    if (isKit && (!Number.isInteger(kits) || kits < 1 || kits > 5)) missing.kitCount = t('adminRequests.start.kitCountRange');
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setSending(true);
    setProblem(null);
    try {
      const created = await startRequest({
        memberId: memberId!,
        type,
        channel: channel as (typeof STAFF_CHANNELS)[number],
        kitCount: isKit ? kits : null,
        note: note.trim() || null,
      });
      await queryClient.invalidateQueries({ queryKey: REQUESTS_QUERY_KEY });
      onClose();
      navigate(`/requests/${encodeURIComponent(created.id)}`);
    } catch (error) {
      const fieldErrors: Partial<Record<Field, string>> = {};
      const other = isApiError(error) ? (error.problem.errors ?? []).filter((fieldError) => {
        const field = FIELDS.find((candidate) => candidate === fieldError.field);
        if (field && !fieldErrors[field]) fieldErrors[field] = fieldError.message;
        return !field;
      }) : [];
      setErrors(fieldErrors);
      const detail = problemOf(error);
      setProblem(Object.keys(fieldErrors).length > 0 && other.length === 0 ? null : detail);
    } finally {
      setSending(false);
    }
  };

  const explanation = problem ? explain(problem) : null;
  return (
    <Modal opened onClose={onClose} title={t('adminRequests.start.title')} centered size="lg">
      <Stack gap="sm" data-testid="start-dialog">
        {member ? (
          <Text data-testid="start-member">
            {t('adminRequests.start.for')} <strong>{member.name}</strong>
          </Text>
        ) : (
          <Select
            label={t('adminRequests.start.member')}
            description={t('adminRequests.start.memberHint')}
            placeholder={t('adminRequests.start.memberPlaceholder')}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            filter={({ options }) => options}
            data={memberOptions}
            value={memberId}
            onChange={(value, option) => {
              setMemberId(value);
              setPicked(value && option ? { value, label: option.label } : null);
            }}
            nothingFoundMessage={search.trim() && !found.isFetching ? t('adminRequests.start.noMember') : undefined}
            error={errors.memberId}
            required
            data-testid="start-member-search"
          />
        )}
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('adminRequests.start.type')}
          </Text>
          <SegmentedControl
            value={type}
            onChange={(value) => {
              setType(value);
              setChannel(value === 'WALK_IN' ? 'WALK_IN' : 'PHONE');
            }}
            data={(types.data ?? [{ type: 'KIT', name: { ja: '宅配キット', en: 'Delivery kit' } }, { type: 'WALK_IN', name: { ja: '来店', en: 'Walk-in' } }]).map((config) => ({
              value: config.type,
              label: localized(config.name, config.type),
            }))}
            data-testid="start-type"
          />
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('adminRequests.start.channel')}
          </Text>
          <SegmentedControl
            value={channel}
            onChange={setChannel}
            data={STAFF_CHANNELS.map((value) => ({ value, label: t(`adminRequests.channel.${value}`) }))}
            data-testid="start-channel"
          />
          {errors.channel && (
            <Text size="xs" c="red">
              {errors.channel}
            </Text>
          )}
        </Stack>
        {isKit && (
          <NumberInput label={t('adminRequests.start.kitCount')} min={1} max={5} value={kitCount} onChange={setKitCount} error={errors.kitCount} w={160} data-testid="start-kit-count" />
        )}
        <Textarea
          label={t('adminRequests.start.note')}
          placeholder={t('adminRequests.start.notePlaceholder')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={errors.note}
          rows={3}
          maxLength={1000}
          data-testid="start-note"
        />
        {explanation && (
          <Alert color="red" variant="light" role="alert">
            {explanation}
          </Alert>
        )}
        {problem && <ProblemDetails problem={problem} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={sending}>
            {t('adminRequests.transition.cancel')}
          </Button>
          <Button loading={sending} onClick={() => void submit()} data-testid="start-confirm">
            {t('adminRequests.start.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** 依頼を受け付ける: staff start a request for a member who phoned or came in, then land on it. */
export function StartRequestButton({ member, defaultType, variant = 'filled' }: { member?: { id: string; name: string }; defaultType?: string; variant?: 'filled' | 'light' }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant={variant} leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setOpen(true)} data-testid="start-request">
        {t('adminRequests.start.button')}
      </Button>
      {open && <StartRequestDialog member={member} defaultType={defaultType} onClose={() => setOpen(false)} />}
    </>
  );
}
