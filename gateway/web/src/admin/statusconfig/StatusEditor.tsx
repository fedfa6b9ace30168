import { ActionIcon, Badge, Button, Card, Checkbox, ColorInput, Group, NumberInput, SimpleGrid, Stack, Switch, Text, TextInput, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDynamicT } from '../../shared/i18n/useDynamicT';
import type { StatusDef } from '../requests/api';
import type { DraftStatus, StatusProblems } from './draft';

const FLAGS = ['initial', 'terminal', 'kitWithMember', 'itemsReceived', 'requiresVerifiedMember'] as const;
type Flag = (typeof FLAGS)[number];

const SWATCHES = ['#e7f5ff', '#1971c2', '#fff3bf', '#e67700', '#d3f9d8', '#2b8a3e', '#ffe3e3', '#c92a2a', '#f3f0ff', '#6741d9', '#f1f3f5', '#495057', '#212529', '#ffffff'];

interface Props {
  status: DraftStatus;
  index: number;
  count: number;
  problems: StatusProblems | undefined;
  readOnly: boolean;
  onChange: (change: Partial<StatusDef>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** The preview of a status as staff (name) and members (label) will see it. */
export function StatusPreview({ status }: { status: Pick<StatusDef, 'code' | 'name' | 'memberLabel' | 'color'> }) {
  const { t, i18n } = useTranslation();
  const pick = (text: { ja: string; en: string }) => (i18n.language === 'en' ? text.en || text.ja : text.ja || text.en);
  const style = { root: { backgroundColor: status.color.background, color: status.color.text } };
  return (
    <Group gap={6} wrap="nowrap" data-testid="status-preview">
      <Badge size="lg" radius="sm" tt="none" styles={style} data-testid="status-preview-name">
        {pick(status.name) || status.code || t('statusConfig.status.unnamed')}
      </Badge>
      <Badge size="lg" radius="xl" tt="none" styles={style} variant="filled" title={t('statusConfig.status.memberPreview')} data-testid="status-preview-label">
        {pick(status.memberLabel) || '…'}
      </Badge>
    </Group>
  );
}

/** One status of the configuration, every property editable, with its problems next to the field. */
export function StatusEditor({ status, index, count, problems = {}, readOnly, onChange, onMove, onRemove }: Props) {
  const { t } = useTranslation();
  const { dt, exists } = useDynamicT();
  const error = (field: string) => {
    const problem = problems[field];
    if (!problem) return undefined;
    return exists(`statusConfig.error.${problem}`) ? dt(`statusConfig.error.${problem}`) : problem;
  };
  const flagged = (flag: Flag) => status[flag];
  return (
    <Card withBorder radius="md" p="sm" opacity={status.retired ? 0.75 : 1} data-testid="status-editor" data-code={status.code}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Text fw={700} c="dimmed" w={24} ta="right">
              {index + 1}
            </Text>
            {status.isNew ? (
              <TextInput
                size="xs"
                label={t('statusConfig.status.code')}
                value={status.code}
                onChange={(event) => onChange({ code: event.currentTarget.value.toUpperCase() })}
                error={error('code')}
                placeholder="KIT_ARRIVED"
                ff="monospace"
                w={200}
                data-testid="status-code"
              />
            ) : (
              <Stack gap={0}>
                <Text ff="monospace" fw={700} size="sm" data-testid="status-code-fixed">
                  {status.code}
                </Text>
                {error('code') && (
                  <Text size="xs" c="red" data-testid="status-code-error">
                    {error('code')}
                  </Text>
                )}
              </Stack>
            )}
            <StatusPreview status={status} />
            {status.retired && (
              <Badge color="gray" variant="outline" data-testid="status-retired-badge">
                {t('statusConfig.status.retiredBadge')}
              </Badge>
            )}
          </Group>
          <Group gap={4} wrap="nowrap">
            <Switch
              size="sm"
              label={t('statusConfig.status.retired')}
              checked={status.retired}
              onChange={(event) => onChange({ retired: event.currentTarget.checked })}
              error={error('retired')}
              data-testid="status-retired"
            />
            <Tooltip label={t('statusConfig.status.up')}>
              <ActionIcon variant="subtle" disabled={index === 0} onClick={() => onMove(-1)} aria-label={t('statusConfig.status.upOf', { code: status.code || index + 1 })} data-testid="status-up">
                <IconArrowUp size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('statusConfig.status.down')}>
              <ActionIcon variant="subtle" disabled={index === count - 1} onClick={() => onMove(1)} aria-label={t('statusConfig.status.downOf', { code: status.code || index + 1 })} data-testid="status-down">
                <IconArrowDown size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('statusConfig.status.remove')}>
              <ActionIcon variant="subtle" color="red" onClick={onRemove} aria-label={t('statusConfig.status.removeOf', { code: status.code || index + 1 })} data-testid="status-remove">
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 2, lg: 4 }} spacing="xs">
          <TextInput size="xs" label={t('statusConfig.status.nameJa')} value={status.name.ja} onChange={(e) => onChange({ name: { ...status.name, ja: e.currentTarget.value } })} error={error('name.ja')} required data-testid="status-name-ja" />
          <TextInput size="xs" label={t('statusConfig.status.nameEn')} value={status.name.en} onChange={(e) => onChange({ name: { ...status.name, en: e.currentTarget.value } })} error={error('name.en')} required data-testid="status-name-en" />
          <TextInput size="xs" label={t('statusConfig.status.labelJa')} value={status.memberLabel.ja} onChange={(e) => onChange({ memberLabel: { ...status.memberLabel, ja: e.currentTarget.value } })} error={error('memberLabel.ja')} required data-testid="status-label-ja" />
          <TextInput size="xs" label={t('statusConfig.status.labelEn')} value={status.memberLabel.en} onChange={(e) => onChange({ memberLabel: { ...status.memberLabel, en: e.currentTarget.value } })} error={error('memberLabel.en')} required data-testid="status-label-en" />
          <ColorInput
            size="xs"
            label={t('statusConfig.status.background')}
            value={status.color.background}
            onChange={(value) => onChange({ color: { ...status.color, background: value } })}
            error={error('color.background') ?? error('color')}
            format="hex"
            swatches={SWATCHES}
            data-testid="status-background"
          />
          <ColorInput
            size="xs"
            label={t('statusConfig.status.text')}
            value={status.color.text}
            onChange={(value) => onChange({ color: { ...status.color, text: value } })}
            error={error('color.text')}
            format="hex"
            swatches={SWATCHES}
            data-testid="status-text"
          />
          <NumberInput
            size="xs"
            label={t('statusConfig.status.timeLimit')}
            description={t('statusConfig.status.timeLimitHint')}
            value={status.timeLimitHours ?? ''}
            onChange={(value) => onChange({ timeLimitHours: value === '' ? null : Number(value) })}
            error={error('timeLimitHours')}
            min={1}
            allowDecimal={false}
            data-testid="status-time-limit"
          />
          <Stack gap={4}>
            <Switch
              size="xs"
              label={t('statusConfig.status.mailOnEntry')}
              checked={status.mailOnEntry}
              onChange={(event) => onChange({ mailOnEntry: event.currentTarget.checked, mailTemplate: event.currentTarget.checked ? status.mailTemplate || 'request-status' : status.mailTemplate })}
              data-testid="status-mail"
            />
            <TextInput
              size="xs"
              aria-label={t('statusConfig.status.mailTemplate')}
              placeholder={t('statusConfig.status.mailTemplate')}
              value={status.mailTemplate ?? ''}
              onChange={(e) => onChange({ mailTemplate: e.currentTarget.value })}
              disabled={!status.mailOnEntry || readOnly}
              error={error('mailTemplate')}
              ff="monospace"
              data-testid="status-mail-template"
            />
          </Stack>
        </SimpleGrid>
        <Group gap="lg">
          {FLAGS.map((flag) => (
            <Checkbox
              key={flag}
              size="xs"
              label={t(`statusConfig.flag.${flag}`)}
              checked={flagged(flag)}
              onChange={(event) => onChange({ [flag]: event.currentTarget.checked })}
              error={error(flag)}
              data-testid={`status-flag-${flag}`}
            />
          ))}
        </Group>
        {Object.entries(problems)
          .filter(([field]) => !['code', 'name.ja', 'name.en', 'memberLabel.ja', 'memberLabel.en', 'color', 'color.background', 'color.text', 'timeLimitHours', 'mailTemplate', 'retired', ...FLAGS].includes(field))
          .map(([field, problem]) => (
            <Text key={field} size="xs" c="red" data-testid="status-other-error">
              {field}: {exists(`statusConfig.error.${problem}`) ? dt(`statusConfig.error.${problem}`) : problem}
            </Text>
          ))}
      </Stack>
    </Card>
  );
}

/** A removed status, kept until saving so it can be put back; the service may refuse the removal. */
export function RemovedStatus({ status, problem, readOnly, onRestore, onRetire }: { status: DraftStatus; problem: string | null; readOnly: boolean; onRestore: () => void; onRetire: () => void }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" p="sm" bg={problem ? 'red.0' : 'gray.0'} data-testid="status-removed" data-code={status.code}>
      <Stack gap={6}>
        <Group justify="space-between">
          <Group gap="sm">
            <Text ff="monospace" td="line-through" fw={700}>
              {status.code}
            </Text>
            <Text size="sm" c="dimmed">
              {t('statusConfig.status.removedHint')}
            </Text>
          </Group>
          {!readOnly && (
            <Group gap="xs">
              {problem && (
                <Button size="xs" color="orange" onClick={onRetire} data-testid="status-retire-instead">
                  {t('statusConfig.status.retireInstead')}
                </Button>
              )}
              <Button size="xs" variant="default" leftSection={<IconArrowBackUp size={14} aria-hidden />} onClick={onRestore} data-testid="status-restore">
                {t('statusConfig.status.restore')}
              </Button>
            </Group>
          )}
        </Group>
        {problem && (
          <Text size="sm" c="red.8" fw={600} role="alert" data-testid="status-in-use">
            {problem}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
