import { Alert, Badge, Button, Grid, Group, NavLink, Paper, Stack, TagsInput, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemOf } from '../../shared/api/problem';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { useDocumentTitle } from '../../shared/layout/useDocumentTitle';
import {
  byCategory,
  fillPlaceholders,
  type Placeholder,
  PLACEHOLDERS,
  type ReplyTemplate,
  removeTemplate,
  saveTemplate,
  type TemplateContent,
  TEMPLATES_KEY,
  unknownPlaceholders,
  useTemplates,
} from './api';

const EMPTY: TemplateContent = { name: '', category: '', subject: null, body: '', keywords: [] };

/** What the live preview fills in. */
function useSample(): Record<Placeholder, string> {
  const { t } = useTranslation();
  return {
    customerName: t('inquiryTemplates.sample.customerName'),
    requestNumber: 'R-000123',
    itemNames: t('inquiryTemplates.sample.itemNames'),
    status: t('inquiryTemplates.sample.status'),
    shopName: 'Azukari',
  };
}

function Editor({ template, onDone }: { template: ReplyTemplate | null; onDone: (saved: ReplyTemplate | null) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const sample = useSample();
  const [content, setContent] = useState<TemplateContent>(
    template ? { name: template.name, category: template.category, subject: template.subject, body: template.body, keywords: template.keywords } : EMPTY,
  );
  const body = useRef<HTMLTextAreaElement>(null);
  const save = useMutation({
    mutationFn: () => saveTemplate(content, template ? { id: template.id, version: template.version } : undefined),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: TEMPLATES_KEY });
      onDone(saved);
    },
  });
  const remove = useMutation({
    mutationFn: () => removeTemplate(template!),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: TEMPLATES_KEY });
      onDone(null);
    },
  });
  const insert = (name: Placeholder) => {
    const area = body.current;
    const token = `{{${name}}}`;
    const start = area?.selectionStart ?? content.body.length;
    const end = area?.selectionEnd ?? content.body.length;
    setContent({ ...content, body: content.body.slice(0, start) + token + content.body.slice(end) });
  };
  const unknown = unknownPlaceholders(`${content.subject ?? ''}\n${content.body}`);
  const complete = content.name.trim() && content.category.trim() && content.body.trim();

  return (
    <Paper withBorder p="md" radius="md" data-testid="template-editor">
      <Stack gap="sm">
        <Group grow>
          <TextInput label={t('inquiryTemplates.name')} required value={content.name} onChange={(e) => setContent({ ...content, name: e.currentTarget.value })} />
          <TextInput
            label={t('inquiryTemplates.category')}
            required
            value={content.category}
            onChange={(e) => setContent({ ...content, category: e.currentTarget.value })}
          />
        </Group>
        <TextInput
          label={t('inquiryTemplates.subject')}
          value={content.subject ?? ''}
          onChange={(e) => setContent({ ...content, subject: e.currentTarget.value || null })}
        />
        <Group gap="xs" aria-label={t('inquiryTemplates.insert')}>
          <Text size="sm">{t('inquiryTemplates.insert')}</Text>
          {PLACEHOLDERS.map((name) => (
            <Button key={name} size="compact-xs" variant="light" onClick={() => insert(name)} data-testid={`insert-${name}`}>
              {t(`inquiryTemplates.placeholder.${name}`)}
            </Button>
          ))}
        </Group>
        <Textarea
          ref={body}
          label={t('inquiryTemplates.body')}
          required
          rows={10}
          value={content.body}
          onChange={(e) => setContent({ ...content, body: e.currentTarget.value })}
          data-testid="template-body"
        />
        <TagsInput
          label={t('inquiryTemplates.keywords')}
          description={t('inquiryTemplates.keywordsHint')}
          value={content.keywords}
          onChange={(keywords) => setContent({ ...content, keywords })}
        />
        {unknown.length > 0 && (
          <Alert color="red" data-testid="unknown-placeholders">
            {t('inquiryTemplates.unknown', { names: unknown.map((name) => `{{${name}}}`).join(', ') })}
          </Alert>
        )}
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('inquiryTemplates.preview')}
          </Text>
          <Paper bg="gray.0" p="sm" radius="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="template-preview">
            {fillPlaceholders(content.body, sample)}
          </Paper>
        </Stack>
        {save.isError && <ProblemDetails problem={problemOf(save.error)} />}
        {remove.isError && <ProblemDetails problem={problemOf(remove.error)} />}
        <Group justify="space-between">
          <Group>
            <Button onClick={() => save.mutate()} loading={save.isPending} disabled={!complete || unknown.length > 0} data-testid="template-save">
              {t('inquiryTemplates.save')}
            </Button>
            <Button variant="default" onClick={() => onDone(template)}>
              {t('inquiryTemplates.cancel')}
            </Button>
          </Group>
          {template && (
            <Button
              color="red"
              variant="light"
              leftSection={<IconTrash size={16} />}
              onClick={() => window.confirm(t('inquiryTemplates.confirmRemove', { name: template.name })) && remove.mutate()}
              data-testid="template-remove"
            >
              {t('inquiryTemplates.remove')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

/**
 * `/settings/inquiry-templates`: the team's reply templates by category; an editor with placeholder
 * buttons and a live sample of the filled text. A change is everyone's at once.
 */
export function InquiryTemplatesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('inquiryTemplates.title'));
  const templates = useTemplates();
  const [selected, setSelected] = useState<string | 'new' | null>(null);
  const current = templates.data?.find((template) => template.id === selected) ?? null;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('inquiryTemplates.title')}</Title>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setSelected('new')} data-testid="template-new">
          {t('inquiryTemplates.new')}
        </Button>
      </Group>
      <Text c="dimmed">{t('inquiryTemplates.description')}</Text>
      {templates.isError && <QueryProblem error={templates.error} onRetry={() => templates.refetch()} />}
      <Grid>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="xs" data-testid="template-list">
            {byCategory(templates.data ?? []).map(([category, list]) => (
              <Paper key={category} withBorder p="xs" radius="md">
                <Badge variant="light" mb={4}>
                  {category}
                </Badge>
                {list.map((template) => (
                  <NavLink
                    key={template.id}
                    label={template.name}
                    active={template.id === selected}
                    onClick={() => setSelected(template.id)}
                    data-testid="template-item"
                  />
                ))}
              </Paper>
            ))}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          {selected === 'new' && <Editor key="new" template={null} onDone={(saved) => setSelected(saved?.id ?? null)} />}
          {current && <Editor key={`${current.id}-${current.version}`} template={current} onDone={(saved) => setSelected(saved?.id ?? null)} />}
          {!selected && <Text c="dimmed">{t('inquiryTemplates.pick')}</Text>}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
