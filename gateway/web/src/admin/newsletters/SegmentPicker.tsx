import { Group, MultiSelect, NumberInput, Paper, Stack, Switch, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { PREFECTURES } from '../../member/profile/prefectures';
import { type Segment, useSegmentCount } from './api';

const ACCOUNT_STATUSES = ['PROVISIONAL', 'ACTIVE', 'PENALIZED', 'FROZEN', 'BLACKLISTED', 'WITHDRAWN'] as const;
const VERIFICATION_STATES = ['NOT_SUBMITTED', 'PENDING', 'VERIFIED', 'REJECTED'] as const;

/** The segment's conditions and, live, how many members they reach. */
export function SegmentPicker({ value, onChange, newsletter }: { value: Segment; onChange: (segment: Segment) => void; newsletter: boolean }) {
  const { t, i18n } = useTranslation();
  const english = i18n.resolvedLanguage === 'en';
  const effective = newsletter ? { ...value, optedInOnly: true } : value;
  const [debounced] = useDebouncedValue(effective, 300);
  const count = useSegmentCount(debounced);
  const shown = count.data ? (newsletter ? count.data.mailable : count.data.count) : null;
  return (
    <Paper withBorder radius="md" p="md" data-testid="segment-picker">
      <Stack gap="sm">
        <Group grow align="flex-start">
          <MultiSelect
            label={t('newsletters.segment.accountStatus')}
            placeholder={t('newsletters.segment.any')}
            data={ACCOUNT_STATUSES.map((status) => ({ value: status, label: t(`newsletters.accountStatus.${status}`) }))}
            value={value.accountStatus ?? []}
            onChange={(accountStatus) => onChange({ ...value, accountStatus })}
            clearable
          />
          <MultiSelect
            label={t('newsletters.segment.verification')}
            placeholder={t('newsletters.segment.any')}
            data={VERIFICATION_STATES.map((state) => ({ value: state, label: t(`newsletters.verification.${state}`) }))}
            value={value.verification ?? []}
            onChange={(verification) => onChange({ ...value, verification })}
            clearable
          />
        </Group>
        <MultiSelect
          label={t('newsletters.segment.prefectures')}
          placeholder={t('newsletters.segment.any')}
          data={PREFECTURES.map((p) => ({ value: p.name, label: english ? p.romaji : p.name }))}
          value={value.prefectures ?? []}
          onChange={(prefectures) => onChange({ ...value, prefectures })}
          searchable
          clearable
        />
        <Group align="flex-end">
          <NumberInput
            label={t('newsletters.segment.lastActiveWithinDays')}
            placeholder={t('newsletters.segment.any')}
            min={1}
            max={3650}
            value={value.lastActiveWithinDays ?? ''}
            onChange={(days) => onChange({ ...value, lastActiveWithinDays: typeof days === 'number' && days > 0 ? days : null })}
            w={220}
          />
          <Switch
            label={t('newsletters.segment.optedInOnly')}
            checked={effective.optedInOnly}
            disabled={newsletter}
            onChange={(event) => onChange({ ...value, optedInOnly: event.currentTarget.checked })}
          />
        </Group>
        <Text fw={700} data-testid="segment-count" aria-live="polite">
          {shown === null ? t('newsletters.segment.counting') : t(newsletter ? 'newsletters.segment.countMail' : 'newsletters.segment.count', { count: shown })}
        </Text>
      </Stack>
    </Paper>
  );
}
