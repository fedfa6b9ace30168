import { Anchor, Badge, Box, Code, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDynamicT } from '../../shared/i18n/useDynamicT';
import { type AuditActor, type AuditChange, type AuditRecord, entityPath } from './api';

/** "ProfileChanged" → "Profile changed", for actions the console has no words for yet. */
function humanize(action: string): string {
  const words = action.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Words for actions, actors, entities and fields, falling back to what the record says. */
export function useAuditText() {
  const { t, i18n } = useTranslation();
  const { dt, exists } = useDynamicT();
  // Only leaf texts: `profile.field.address` is a group of texts, not a label.
  const label = (key: string) => (exists(key) && typeof (dt(key, { returnObjects: true }) as unknown) === 'string' ? dt(key) : null);
  const action = (name: string) => (exists(`audit.action.${name}`) ? dt(`audit.action.${name}`) : humanize(name));
  const entity = (type: string) => (exists(`audit.entity.${type}`) ? dt(`audit.entity.${type}`) : type);
  const actor = (who: AuditActor) => {
    const role = exists(`audit.actorType.${who.type}`) ? dt(`audit.actorType.${who.type}`) : who.type;
    return t('audit.actorWithRole', { name: who.name || who.id || t('audit.unknownActor'), role });
  };
  const field = (name: string) => {
    return label(`audit.field.${name}`) ?? label(`profile.field.${name}`) ?? name;
  };
  const value = (raw: unknown): string | null => {
    if (raw === null || raw === undefined || raw === '') return null;
    if (typeof raw === 'boolean') return raw ? t('audit.yes') : t('audit.no');
    if (typeof raw === 'object') return JSON.stringify(raw);
    return String(raw);
  };
  const time = (iso: string) => new Date(iso).toLocaleString(i18n.language);
  return { action, entity, actor, field, value, time };
}

/** Each changed field: the old value struck through, the new one highlighted; nothing shown as "(none)". */
export function ChangeDiff({ changes, erased }: { changes: AuditChange[]; erased?: boolean }) {
  const { t } = useTranslation();
  const text = useAuditText();
  if (changes.length === 0) return null;
  const none = (
    <Text span size="sm" c="dimmed" fs="italic">
      {erased ? t('audit.erasedValue') : t('audit.none')}
    </Text>
  );
  return (
    <Stack gap={4} data-testid="record-diff">
      {changes.map((change) => {
        const before = text.value(change.before);
        const after = text.value(change.after);
        return (
          <Group key={change.field} gap={8} wrap="wrap" align="baseline" data-testid="diff-row" data-field={change.field}>
            <Text size="sm" fw={600} miw={140}>
              {text.field(change.field)}
            </Text>
            <Box data-testid="diff-before" data-none={before === null || undefined}>
              {before === null ? (
                none
              ) : (
                <Text component="del" size="sm" c="red.8" bg="red.0" px={4} style={{ borderRadius: 4 }} aria-label={t('audit.removed', { value: before })}>
                  {before}
                </Text>
              )}
            </Box>
            <IconArrowRight size={14} aria-hidden />
            <Box data-testid="diff-after" data-none={after === null || undefined}>
              {after === null ? (
                none
              ) : (
                <Text component="ins" size="sm" fw={700} c="teal.9" bg="yellow.1" px={4} style={{ borderRadius: 4, textDecoration: 'none' }} aria-label={t('audit.added', { value: after })}>
                  {after}
                </Text>
              )}
            </Box>
          </Group>
        );
      })}
    </Stack>
  );
}

/** The entity a record is about, a link where the console has a page for it. */
export function EntityRef({ record }: { record: AuditRecord }) {
  const text = useAuditText();
  const path = entityPath(record.entityType, record.entityId, record.type);
  const number = typeof record.data?.number === 'string' ? record.data.number : null;
  const label = `${text.entity(record.entityType)} ${number ?? record.entityId}`;
  return path ? (
    <Anchor component={Link} to={path} size="sm" data-testid="record-entity">
      {label}
    </Anchor>
  ) : (
    <Text size="sm" data-testid="record-entity">
      {label}
    </Text>
  );
}

export interface RecordListProps {
  records: AuditRecord[];
  /** Hides the entity (in an entity's own history). */
  hideEntity?: boolean;
  /** Makes the person a button that searches for what they did. */
  onActor?: (actor: AuditActor) => void;
  compact?: boolean;
}

/** Records newest first: when, who, what in words, about which entity, and the change per field. */
export function RecordList({ records, hideEntity, onActor, compact }: RecordListProps) {
  const { t } = useTranslation();
  const text = useAuditText();
  if (records.length === 0) {
    return (
      <Text c="dimmed" data-testid="audit-empty">
        {t('audit.empty')}
      </Text>
    );
  }
  return (
    <Stack gap={compact ? 'xs' : 'sm'} data-testid="audit-records">
      {records.map((record) => (
        <Paper key={record.eventId} withBorder p={compact ? 'xs' : 'sm'} data-testid="audit-record" data-event-id={record.eventId}>
          <Stack gap={6}>
            <Group gap="sm" wrap="wrap" align="baseline">
              <Text size="sm" c="dimmed" ff="monospace" data-testid="record-time">
                {text.time(record.time)}
              </Text>
              {onActor && record.actor.id ? (
                <UnstyledButton onClick={() => onActor(record.actor)} data-testid="record-actor" title={t('audit.searchActor')}>
                  <Text size="sm" fw={600} td="underline">
                    {text.actor(record.actor)}
                  </Text>
                </UnstyledButton>
              ) : (
                <Text size="sm" fw={600} data-testid="record-actor">
                  {text.actor(record.actor)}
                </Text>
              )}
              <Badge variant="light" data-testid="record-action" data-action={record.action}>
                {text.action(record.action)}
              </Badge>
              {!hideEntity && <EntityRef record={record} />}
              {record.erased && (
                <Badge color="gray" variant="outline" data-testid="record-erased" title={text.time(record.erased.at)}>
                  {t('audit.erased')}
                </Badge>
              )}
            </Group>
            <ChangeDiff changes={record.changes ?? []} erased={Boolean(record.erased)} />
            {!compact && (
              <Text size="xs" c="dimmed">
                {t('audit.source', { service: record.service })} · <Code fz="xs">{record.type}</Code>
                {record.correlationId && (
                  <>
                    {' · '}
                    {t('audit.correlation')} <Code fz="xs">{record.correlationId}</Code>
                  </>
                )}
                {record.clientAddress && (
                  <>
                    {' · '}
                    {t('audit.clientAddress')} <Code fz="xs" data-testid="record-client-address">{record.clientAddress}</Code>
                  </>
                )}
              </Text>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
