import { ActionIcon, Alert, Badge, Button, Code, Grid, Group, List, NativeSelect, NavLink, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconCheck, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type FieldError, isApiError, type ProblemDetail, problemOf } from '../../shared/api/problem';
import { useMe } from '../../shared/auth/me';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { useDynamicT } from '../../shared/i18n/useDynamicT';
import { useDocumentTitle } from '../../shared/layout/useDocumentTitle';
import {
  ENCODINGS,
  type Encoding,
  EXPORT_FORMATS,
  EXPORT_PROFILES_QUERY_KEY,
  type ExportColumn,
  type ExportFormat,
  type ExportProfile,
  type FieldDef,
  FIXED_SOURCES,
  saveExportProfile,
  useExportProfiles,
  useItemFields,
} from '../items/api';
import { inLanguage } from '../items/format';

/** Moves the entry at `index` one place up (-1) or down (1). */
export function moveColumn<T>(list: T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= list.length) return list;
  const copy = [...list];
  [copy[index], copy[target]] = [copy[target], copy[index]];
  return copy;
}

/** What a column source is called on screen: the item field's label, or the fixed source's name. */
function useSourceLabel(fields: FieldDef[]) {
  const { dt, exists, language } = useDynamicT();
  return (source: string) => {
    const field = fields.find((candidate) => candidate.key === source);
    if (field) return inLanguage(field.label, language);
    return exists(`exportProfiles.sources.${source}`) ? dt(`exportProfiles.sources.${source}`) : source;
  };
}

function ProfileEditor({ initial, fields, canEdit }: { initial: ExportProfile; fields: FieldDef[]; canEdit: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const sourceLabel = useSourceLabel(fields);
  const [profile, setProfile] = useState(initial);
  const [adding, setAdding] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [other, setOther] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<ProblemDetail | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [dirty, setDirty] = useState(false);

  const change = (next: Partial<ExportProfile>) => {
    setProfile((current) => ({ ...current, ...next }));
    setDirty(true);
    setSaved(false);
  };
  const setColumns = (columns: ExportColumn[]) => change({ columns });

  const sources = [...FIXED_SOURCES, ...fields.filter((field) => !field.retired).map((field) => field.key)];
  const unused = sources.filter((source) => !profile.columns.some((column) => column.source === source));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!profile.name.trim()) missing.name = t('exportProfiles.error.name');
    profile.columns.forEach((column, index) => {
      if (!column.header.trim()) missing[`columns[${index}].header`] = t('exportProfiles.error.header');
    });
    if (profile.columns.length === 0) missing.columns = t('exportProfiles.error.columns');
    setErrors(missing);
    setOther([]);
    setProblem(null);
    if (Object.keys(missing).length > 0) return;
    setSaving(true);
    try {
      const answer = await saveExportProfile(profile);
      setProfile(answer ?? profile);
      setDirty(false);
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: EXPORT_PROFILES_QUERY_KEY });
    } catch (error) {
      if (isApiError(error) && error.problem.errors?.length) {
        const placed: Record<string, string> = {};
        const rest: FieldError[] = [];
        for (const fieldError of error.problem.errors) {
          const known = /^(name|format|encoding|columns(\[\d+\]\.(source|header))?)$/.test(fieldError.field ?? '');
          if (known && !(fieldError.field in placed)) placed[fieldError.field] = fieldError.message;
          else rest.push(fieldError);
        }
        setErrors(placed);
        setOther(rest);
      } else setProblem(problemOf(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void save(event)} noValidate>
      <fieldset disabled={!canEdit} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack data-testid="profile-editor">
          <Group align="flex-start">
            <TextInput
              label={t('exportProfiles.name')}
              value={profile.name}
              onChange={(event) => change({ name: event.currentTarget.value })}
              error={errors.name}
              required
              w={320}
              data-testid="profile-name"
            />
            <NativeSelect
              label={t('exportProfiles.format')}
              data={EXPORT_FORMATS.map((format) => ({ value: format, label: t(`exportProfiles.formats.${format}`) }))}
              value={profile.format}
              onChange={(event) => change({ format: event.currentTarget.value as ExportFormat })}
              error={errors.format}
              data-testid="profile-format"
            />
            <NativeSelect
              label={t('exportProfiles.encoding')}
              description={profile.format === 'XLSX' ? t('exportProfiles.encodingNotApplicable') : t('exportProfiles.encodingHint')}
              data={ENCODINGS.map((encoding) => ({ value: encoding, label: t(`exportProfiles.encodings.${encoding}`) }))}
              value={profile.encoding}
              onChange={(event) => change({ encoding: event.currentTarget.value as Encoding })}
              disabled={profile.format === 'XLSX'}
              error={errors.encoding}
              data-testid="profile-encoding"
            />
          </Group>
          <Title order={2} size="h4">
            {t('exportProfiles.columns')}
          </Title>
          {errors.columns && (
            <Text c="red" size="sm">
              {errors.columns}
            </Text>
          )}
          <Table withTableBorder data-testid="profile-columns">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={48}>#</Table.Th>
                <Table.Th>{t('exportProfiles.source')}</Table.Th>
                <Table.Th>{t('exportProfiles.header')}</Table.Th>
                <Table.Th w={130} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {profile.columns.map((column, index) => (
                <Table.Tr key={`${index}-${column.source}`} data-testid="profile-column" data-source={column.source}>
                  <Table.Td>{index + 1}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{sourceLabel(column.source)}</Text>
                    <Code fz="xs">{column.source}</Code>
                    {errors[`columns[${index}].source`] && (
                      <Text c="red" size="xs">
                        {errors[`columns[${index}].source`]}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('exportProfiles.headerOf', { source: sourceLabel(column.source) })}
                      value={column.header}
                      onChange={(event) => {
                        const header = event.currentTarget.value;
                        setColumns(profile.columns.map((candidate, at) => (at === index ? { ...candidate, header } : candidate)));
                      }}
                      error={errors[`columns[${index}].header`]}
                      data-testid="column-header"
                    />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon variant="subtle" onClick={() => setColumns(moveColumn(profile.columns, index, -1))} disabled={index === 0} aria-label={t('exportProfiles.moveUp', { source: sourceLabel(column.source) })} data-testid="column-up">
                        <IconArrowUp size={16} />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        onClick={() => setColumns(moveColumn(profile.columns, index, 1))}
                        disabled={index === profile.columns.length - 1}
                        aria-label={t('exportProfiles.moveDown', { source: sourceLabel(column.source) })}
                        data-testid="column-down"
                      >
                        <IconArrowDown size={16} />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        onClick={() => setColumns(profile.columns.filter((_, at) => at !== index))}
                        aria-label={t('exportProfiles.remove', { source: sourceLabel(column.source) })}
                        data-testid="column-remove"
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {canEdit && unused.length > 0 && (
            <Group align="end">
              <NativeSelect
                label={t('exportProfiles.addColumn')}
                data={[{ value: '', label: t('exportProfiles.chooseSource') }, ...unused.map((source) => ({ value: source, label: `${sourceLabel(source)} (${source})` }))]}
                value={adding}
                onChange={(event) => setAdding(event.currentTarget.value)}
                data-testid="column-source"
              />
              <Button
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                disabled={!adding}
                onClick={() => {
                  setColumns([...profile.columns, { source: adding, header: sourceLabel(adding) }]);
                  setAdding('');
                }}
                data-testid="column-add"
              >
                {t('exportProfiles.add')}
              </Button>
            </Group>
          )}
          {other.length > 0 && (
            <Alert color="red" title={t('exportProfiles.otherErrors')}>
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
          {problem && <ProblemDetails problem={problem} />}
          {canEdit && (
            <Group justify="space-between">
              <div role="status" aria-live="polite">
                {saved && !dirty && (
                  <Group gap={6} data-testid="profile-saved">
                    <IconCheck size={16} color="var(--mantine-color-teal-7)" aria-hidden />
                    <Text size="sm" c="teal.9" fw={600}>
                      {t('exportProfiles.saved')}
                    </Text>
                  </Group>
                )}
                {dirty && (
                  <Text size="sm" c="orange.9" fw={600}>
                    {t('exportProfiles.unsaved')}
                  </Text>
                )}
              </div>
              <Button type="submit" loading={saving} disabled={!dirty} data-testid="profile-save">
                {t('exportProfiles.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}

/** `/settings/exports`: 出力設定 — which columns each export profile writes, in which order, format and encoding. */
export function ExportProfilesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('exportProfiles.title'));
  const profiles = useExportProfiles();
  const fields = useItemFields();
  const me = useMe();
  const canEdit = !!me.data?.roles.includes('admin');
  const [params, setParams] = useSearchParams();
  const selectedId = params.get('profile') ?? profiles.data?.[0]?.id;
  const selected = profiles.data?.find((profile) => profile.id === selectedId);

  return (
    <Stack>
      <Title order={1}>{t('exportProfiles.title')}</Title>
      <Text c="dimmed">{t('exportProfiles.intro')}</Text>
      {!canEdit && (
        <Alert color="gray" data-testid="profiles-read-only">
          {t('exportProfiles.readOnly')}
        </Alert>
      )}
      {profiles.isError && <QueryProblem error={profiles.error} onRetry={() => void profiles.refetch()} />}
      {fields.isError && <QueryProblem error={fields.error} onRetry={() => void fields.refetch()} />}
      {profiles.data && fields.data && (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 3 }}>
            <Paper withBorder p="xs" radius="md" component="nav" aria-label={t('exportProfiles.list')}>
              {profiles.data.map((profile) => (
                <NavLink
                  key={profile.id}
                  label={profile.name}
                  description={t(`exportProfiles.formats.${profile.format}`)}
                  active={profile.id === selectedId}
                  onClick={() => setParams({ profile: profile.id })}
                  rightSection={
                    <Badge size="xs" variant="light">
                      {profile.columns.length}
                    </Badge>
                  }
                  data-testid="profile-pick"
                />
              ))}
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 9 }}>
            <Paper withBorder p="md" radius="md">
              {selected ? (
                <ProfileEditor key={selected.id} initial={selected} fields={fields.data.config.fields} canEdit={canEdit} />
              ) : (
                <Text c="dimmed">{t('exportProfiles.none')}</Text>
              )}
            </Paper>
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
