import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Code,
  Group,
  List,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconAlertTriangle, IconArrowDown, IconArrowUp, IconCheck, IconPlus, IconRefresh, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, memo, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FieldError, isApiError, type ProblemDetail, problemOf } from '../../shared/api/problem';
import { useMe } from '../../shared/auth/me';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { useDocumentTitle } from '../../shared/layout/useDocumentTitle';
import { type FieldDef, type FieldOption, FIELD_TYPES, type FieldType, ITEM_FIELDS_QUERY_KEY, type ItemFields, saveItemFields, useItemFields } from '../items/api';
import { inLanguage } from '../items/format';

/** A field as edited: `uid` keeps React's rows apart while keys are typed; `added` ones are not saved yet. */
interface EditedField extends FieldDef {
  uid: string;
  added: boolean;
}

const KEY_PATTERN = /^[a-z][a-zA-Z0-9]*$/;
let next = 0;
const uid = () => `f${++next}`;

function edited(config: ItemFields): EditedField[] {
  return [...config.fields].sort((a, b) => a.order - b.order).map((field) => ({ ...field, options: field.options ?? [], uid: uid(), added: false }));
}

function moved<T>(list: T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= list.length) return list;
  const copy = [...list];
  [copy[index], copy[target]] = [copy[target], copy[index]];
  return copy;
}

/** Problems by `fields[i].path` (the server's property paths), and the ones this page can place nowhere. */
function placeErrors(errors: FieldError[], count: number): { placed: Record<string, string>; other: FieldError[] } {
  const placed: Record<string, string> = {};
  const other: FieldError[] = [];
  for (const error of errors) {
    const match = /^fields\[(\d+)\]\.?(.*)$/.exec(error.field ?? '');
    const at = match && Number(match[1]) < count ? `${match[1]}.${match[2]}` : null;
    if (at && !(at in placed)) placed[at] = error.message;
    else other.push(error);
  }
  return { placed, other };
}

/** What this page checks before asking the server: keys, labels and the options of choices. */
function check(fields: EditedField[], t: (key: 'itemFields.error.key' | 'itemFields.error.keyTaken' | 'itemFields.error.label' | 'itemFields.error.options' | 'itemFields.error.optionValue') => string) {
  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  fields.forEach((field, index) => {
    if (!KEY_PATTERN.test(field.key)) errors[`${index}.key`] = t('itemFields.error.key');
    else if (seen.has(field.key)) errors[`${index}.key`] = t('itemFields.error.keyTaken');
    seen.add(field.key);
    if (!field.label.ja.trim()) errors[`${index}.label.ja`] = t('itemFields.error.label');
    if (!field.label.en.trim()) errors[`${index}.label.en`] = t('itemFields.error.label');
    if (field.type === 'SELECT') {
      if (field.options.length === 0) errors[`${index}.options`] = t('itemFields.error.options');
      const values = new Set<string>();
      field.options.forEach((option, at) => {
        if (!option.value.trim() || values.has(option.value)) errors[`${index}.options[${at}].value`] = t('itemFields.error.optionValue');
        values.add(option.value);
      });
    }
  });
  return errors;
}

interface OptionsEditorProps {
  options: FieldOption[];
  onChange: (options: FieldOption[]) => void;
  errors: Record<string, string>;
  prefix: string;
}

/** The choices of a SELECT field: value and label in both languages, in order. */
function OptionsEditor({ options, onChange, errors, prefix }: OptionsEditorProps) {
  const { t } = useTranslation();
  const set = (index: number, change: Partial<FieldOption> | { ja: string } | { en: string }) =>
    onChange(
      options.map((option, at) =>
        at !== index ? option : 'value' in change ? { ...option, ...change } : { ...option, label: { ...option.label, ...change } },
      ),
    );
  return (
    <Stack gap={6} data-testid="field-options">
      <Text size="sm" fw={600}>
        {t('itemFields.options')}
      </Text>
      {errors[`${prefix}.options`] && (
        <Text size="sm" c="red">
          {errors[`${prefix}.options`]}
        </Text>
      )}
      {options.map((option, index) => (
        <Group key={index} gap="xs" align="flex-start" wrap="nowrap" data-testid="field-option">
          <TextInput
            aria-label={t('itemFields.optionValue')}
            placeholder={t('itemFields.optionValue')}
            value={option.value}
            onChange={(event) => set(index, { value: event.currentTarget.value })}
            error={errors[`${prefix}.options[${index}].value`]}
            w={160}
            ff="monospace"
          />
          <TextInput
            aria-label={t('itemFields.labelJa')}
            placeholder={t('itemFields.labelJa')}
            value={option.label.ja}
            onChange={(event) => set(index, { ja: event.currentTarget.value })}
            error={errors[`${prefix}.options[${index}].label.ja`]}
            w={180}
          />
          <TextInput
            aria-label={t('itemFields.labelEn')}
            placeholder={t('itemFields.labelEn')}
            value={option.label.en}
            onChange={(event) => set(index, { en: event.currentTarget.value })}
            error={errors[`${prefix}.options[${index}].label.en`]}
            w={180}
          />
          <ActionIcon variant="subtle" onClick={() => onChange(moved(options, index, -1))} disabled={index === 0} aria-label={t('itemFields.moveUp')}>
            <IconArrowUp size={16} />
          </ActionIcon>
          <ActionIcon variant="subtle" onClick={() => onChange(moved(options, index, 1))} disabled={index === options.length - 1} aria-label={t('itemFields.moveDown')}>
            <IconArrowDown size={16} />
          </ActionIcon>
          <ActionIcon variant="subtle" color="red" onClick={() => onChange(options.filter((_, at) => at !== index))} aria-label={t('itemFields.removeOption')}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Button
        size="xs"
        variant="subtle"
        leftSection={<IconPlus size={14} aria-hidden />}
        onClick={() => onChange([...options, { value: '', label: { ja: '', en: '' } }])}
        style={{ alignSelf: 'flex-start' }}
        data-testid="add-option"
      >
        {t('itemFields.addOption')}
      </Button>
    </Stack>
  );
}

interface FieldRowProps {
  field: EditedField;
  index: number;
  count: number;
  errors: Record<string, string>;
  onChange: (uid: string, field: EditedField) => void;
  onMove: (uid: string, by: -1 | 1) => void;
  onRemove: (uid: string) => void;
}

/** One field: its place, key, labels, type, rules and, for a choice, its options. Re-rendered only when it changes. */
const FieldRow = memo(function FieldRow({ field, index, count, errors, onChange, onMove, onRemove }: FieldRowProps) {
  const { t, i18n } = useTranslation();
  const at = (path: string) => errors[`${index}.${path}`];
  const set = (change: Partial<EditedField>) => onChange(field.uid, { ...field, ...change });
  return (
    <Paper withBorder p="md" radius="md" opacity={field.retired ? 0.7 : 1} data-testid="field-row" data-key={field.key}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Text c="dimmed" w={24} ta="right">
              {index + 1}
            </Text>
            <ActionIcon variant="subtle" onClick={() => onMove(field.uid, -1)} disabled={index === 0} aria-label={t('itemFields.moveUpField', { label: inLanguage(field.label, i18n.language) || field.key })} data-testid="field-up">
              <IconArrowUp size={16} />
            </ActionIcon>
            <ActionIcon variant="subtle" onClick={() => onMove(field.uid, 1)} disabled={index === count - 1} aria-label={t('itemFields.moveDownField', { label: inLanguage(field.label, i18n.language) || field.key })} data-testid="field-down">
              <IconArrowDown size={16} />
            </ActionIcon>
            {field.added ? (
              <TextInput
                aria-label={t('itemFields.key')}
                placeholder={t('itemFields.keyPlaceholder')}
                value={field.key}
                onChange={(event) => set({ key: event.currentTarget.value })}
                error={at('key')}
                ff="monospace"
                w={200}
                data-testid="field-key"
              />
            ) : (
              <Code>{field.key}</Code>
            )}
            {field.builtIn && (
              <Badge size="sm" variant="light" color="gray">
                {t('itemFields.builtIn')}
              </Badge>
            )}
            {field.retired && (
              <Badge size="sm" variant="light" color="orange">
                {t('itemFields.retiredBadge')}
              </Badge>
            )}
          </Group>
          <Group gap="xs" wrap="nowrap">
            {field.builtIn && (
              <Text size="xs" c="dimmed" data-testid="builtin-hint">
                {t('itemFields.builtInHint')}
              </Text>
            )}
            <Tooltip label={field.builtIn ? t('itemFields.builtInHint') : t('itemFields.remove')}>
              <ActionIcon variant="subtle" color="red" onClick={() => onRemove(field.uid)} disabled={field.builtIn} aria-label={t('itemFields.removeField', { key: field.key })} data-testid="field-remove">
                <IconTrash size={18} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
        {at('') && (
          <Text size="sm" c="red">
            {at('')}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <TextInput
            label={t('itemFields.labelJa')}
            value={field.label.ja}
            onChange={(event) => set({ label: { ...field.label, ja: event.currentTarget.value } })}
            error={at('label.ja') ?? at('label')}
            required
            data-testid="field-label-ja"
          />
          <TextInput
            label={t('itemFields.labelEn')}
            value={field.label.en}
            onChange={(event) => set({ label: { ...field.label, en: event.currentTarget.value } })}
            error={at('label.en')}
            required
            data-testid="field-label-en"
          />
          <NativeSelect
            label={t('itemFields.type')}
            description={field.builtIn ? t('itemFields.builtInTypeHint') : undefined}
            data={FIELD_TYPES.map((type) => ({ value: type, label: t(`itemFields.types.${type}`) }))}
            value={field.type}
            onChange={(event) => {
              const type = event.currentTarget.value as FieldType;
              set({ type, options: type === 'SELECT' ? field.options : [] });
            }}
            disabled={field.builtIn}
            error={at('type')}
            data-testid="field-type"
          />
        </SimpleGrid>
        <Group gap="xl">
          <Switch label={t('itemFields.required')} checked={field.required} onChange={(event) => set({ required: event.currentTarget.checked })} data-testid="field-required" />
          <Switch
            label={t('itemFields.memberEditable')}
            description={field.memberEditable ? t('itemFields.memberEditableOn') : t('itemFields.memberEditableOff')}
            checked={field.memberEditable}
            onChange={(event) => set({ memberEditable: event.currentTarget.checked })}
            data-testid="field-member-editable"
          />
          <Switch
            label={t('itemFields.retired')}
            description={t('itemFields.retiredHint')}
            color="orange"
            checked={field.retired}
            onChange={(event) => set({ retired: event.currentTarget.checked })}
            data-testid="field-retired"
          />
        </Group>
        {field.type === 'SELECT' && <OptionsEditor options={field.options} onChange={(options) => set({ options })} errors={errors} prefix={String(index)} />}
      </Stack>
    </Paper>
  );
});

/** The configuration being edited and the version it was read at. */
function FieldsEditor({ initial, etag: initialEtag, canEdit, onReload }: { initial: ItemFields; etag: string; canEdit: boolean; onReload: () => Promise<void> }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [fields, setFields] = useState(() => edited(initial));
  const [etag, setEtag] = useState(initialEtag);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [other, setOther] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<ProblemDetail | null>(null);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [dirty, setDirty] = useState(false);

  const change = useCallback((update: (list: EditedField[]) => EditedField[]) => {
    setFields(update);
    setDirty(true);
    setSaved(false);
  }, []);
  const onChange = useCallback((uid: string, changed: EditedField) => change((list) => list.map((field) => (field.uid === uid ? changed : field))), [change]);
  const onMove = useCallback((uid: string, by: -1 | 1) => change((list) => moved(list, list.findIndex((field) => field.uid === uid), by)), [change]);
  // Built-in fields stay whatever asks: item-service refuses their removal anyway.
  const onRemove = useCallback((uid: string) => change((list) => list.filter((field) => field.uid !== uid || field.builtIn)), [change]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const found = check(fields, t);
    setErrors(found);
    setOther([]);
    setProblem(null);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      const body = fields.map(({ uid: _uid, added: _added, ...field }, index) => ({ ...field, order: index + 1, options: field.type === 'SELECT' ? field.options : [] }));
      const answer = await saveItemFields(etag, body);
      queryClient.setQueryData(ITEM_FIELDS_QUERY_KEY, answer);
      setFields(edited(answer.config));
      setEtag(answer.etag);
      setDirty(false);
      setSaved(true);
    } catch (error) {
      if (isApiError(error) && error.status === 409 && !(error.problem as { code?: string }).code) setConflict(true);
      else if (isApiError(error) && error.problem.errors?.length) {
        const { placed, other: rest } = placeErrors(error.problem.errors, fields.length);
        setErrors(placed);
        setOther(rest);
        if (rest.length === 0 && Object.keys(placed).length === 0) setProblem(error.problem);
      } else setProblem(problemOf(error));
    } finally {
      setSaving(false);
    }
  };

  const add = () =>
    change((list) => [
      ...list,
      { uid: uid(), added: true, key: '', label: { ja: '', en: '' }, type: 'TEXT', required: false, options: [], memberEditable: false, order: list.length + 1, builtIn: false, retired: false },
    ]);

  return (
    <form onSubmit={(event) => void save(event)} noValidate>
      <Stack>
        {conflict && (
          <Alert color="orange" title={t('itemFields.conflictTitle')} icon={<IconAlertTriangle size={20} />} role="alert" data-testid="fields-conflict">
            <Stack gap="sm" align="flex-start">
              <Text size="sm">{t('itemFields.conflictText')}</Text>
              <Button color="orange" leftSection={<IconRefresh size={18} />} onClick={() => void onReload()} data-testid="fields-reload">
                {t('itemFields.reload')}
              </Button>
            </Stack>
          </Alert>
        )}
        <fieldset disabled={!canEdit || conflict} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Stack>
            {fields.map((field, index) => (
              <FieldRow
                key={field.uid}
                field={field}
                index={index}
                count={fields.length}
                errors={errors}
                onChange={onChange}
                onMove={onMove}
                onRemove={onRemove}
              />
            ))}
            {canEdit && (
              <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={add} style={{ alignSelf: 'flex-start' }} data-testid="field-add">
                {t('itemFields.add')}
              </Button>
            )}
          </Stack>
        </fieldset>
        {other.length > 0 && (
          <Alert color="red" title={t('itemFields.otherErrors')} data-testid="fields-other-errors">
            <List size="sm">
              {other.map((error, index) => (
                <List.Item key={index}>
                  {error.field && <Code mr={6}>{error.field}</Code>}
                  {error.message}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {Object.keys(errors).length > 0 && (
          <Text c="red" size="sm" data-testid="fields-error-count">
            {t('itemFields.errorCount', { count: Object.keys(errors).length })}
          </Text>
        )}
        {problem && <ProblemDetails problem={problem} />}
        {canEdit && (
          <Paper withBorder p="sm" radius="md" style={{ position: 'sticky', bottom: 0 }}>
            <Group justify="space-between">
              <div role="status" aria-live="polite">
                {saved && !dirty && (
                  <Group gap={6} data-testid="fields-saved">
                    <IconCheck size={16} color="var(--mantine-color-teal-7)" aria-hidden />
                    <Text size="sm" c="teal.9" fw={600}>
                      {t('itemFields.saved')}
                    </Text>
                  </Group>
                )}
                {dirty && (
                  <Text size="sm" c="orange.9" fw={600}>
                    {t('itemFields.unsaved')}
                  </Text>
                )}
              </div>
              <Button type="submit" loading={saving} disabled={!dirty || conflict} data-testid="fields-save">
                {t('itemFields.save')}
              </Button>
            </Group>
          </Paper>
        )}
      </Stack>
    </form>
  );
}

/** `/settings/item-fields`: 委託品の項目設定 (admins edit; other staff read). */
export function ItemFieldsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('itemFields.title'));
  const query = useItemFields();
  const me = useMe();
  const canEdit = !!me.data?.roles.includes('admin');
  const [generation, setGeneration] = useState(0);
  const [openedAt] = useState(() => Date.now());
  const fresh = query.data !== undefined && query.dataUpdatedAt >= openedAt;
  const reload = async () => {
    const result = await query.refetch();
    if (result.data) setGeneration((value) => value + 1);
  };

  return (
    <Stack maw={1100}>
      <Title order={1}>{t('itemFields.title')}</Title>
      <Text c="dimmed">{t('itemFields.intro')}</Text>
      {!canEdit && (
        <Alert color="gray" data-testid="fields-read-only">
          {t('itemFields.readOnly')}
        </Alert>
      )}
      {query.isError && <QueryProblem error={query.error} onRetry={() => void query.refetch()} />}
      {fresh && query.data && <FieldsEditor key={generation} initial={query.data.config} etag={query.data.etag} canEdit={canEdit} onReload={reload} />}
      {!fresh && !query.isError && <Text>{t('app.loading')}</Text>}
    </Stack>
  );
}
