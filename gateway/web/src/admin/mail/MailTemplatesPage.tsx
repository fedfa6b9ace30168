import { Alert, Badge, Button, Center, Code, Grid, Group, Loader, NavLink, Paper, ScrollArea, Stack, Text, Textarea, TextInput, Title, Tooltip } from '@mantine/core';
import { IconDeviceFloppy, IconMailForward, IconRestore } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isApiError, problemOf, type ProblemDetail } from '../../shared/api/problem';
import { useMe } from '../../shared/auth/me';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { useDynamicT } from '../../shared/i18n/useDynamicT';
import { useDocumentTitle } from '../../shared/layout/useDocumentTitle';
import { previewTemplate, resetTemplate, saveTemplate, TEMPLATES_KEY, type TemplateParts, testSend, useMailTemplate, useMailTemplates, type VersionedTemplate } from './api';

type Part = keyof TemplateParts;
type TemplateProblem = ProblemDetail & { code?: string; placeholder?: string; part?: string };

/** Words for a kind: the console's translation when there is one, else the kind itself. */
export function useKindLabel() {
  const { dt, exists } = useDynamicT();
  return (kind: string) => (exists(`mailAdmin.kinds.${kind}`) ? dt(`mailAdmin.kinds.${kind}`) : kind);
}

/** メールテンプレート: admins pick a kind and language, edit subject/text/HTML with a live preview. */
export function MailTemplatesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('mailAdmin.templates.title'));
  const { data: me } = useMe();
  if (me && !me.roles.includes('admin')) {
    return (
      <Stack gap="md">
        <Title order={1}>{t('mailAdmin.templates.title')}</Title>
        <Alert color="gray" data-testid="templates-admin-only">
          {t('mailAdmin.templates.adminOnly')}
        </Alert>
      </Stack>
    );
  }
  return <MailTemplates />;
}

function MailTemplates() {
  const { t } = useTranslation();
  const templates = useMailTemplates();
  const kindLabel = useKindLabel();
  const [params, setParams] = useSearchParams();

  if (templates.isError) return <QueryProblem error={templates.error} onRetry={() => void templates.refetch()} />;
  if (!templates.data) {
    return (
      <Center py="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  const kind = params.get('kind') ?? templates.data[0]?.kind;
  const language = params.get('language') ?? 'ja';

  return (
    <Stack gap="md">
      <Title order={1}>{t('mailAdmin.templates.title')}</Title>
      <Text c="dimmed">{t('mailAdmin.templates.intro', { example: '{{name}}' })}</Text>
      <Grid>
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Paper withBorder p="xs" data-testid="template-list">
            {templates.data.map((template) => (
              <NavLink
                key={`${template.kind}.${template.language}`}
                data-testid={`template-${template.kind}-${template.language}`}
                active={template.kind === kind && template.language === language}
                label={kindLabel(template.kind)}
                description={template.updatedBy ? t('mailAdmin.templates.editedBy', { name: template.updatedBy }) : t('mailAdmin.templates.shipped')}
                rightSection={<Badge variant="light">{template.language}</Badge>}
                onClick={() => setParams({ kind: template.kind, language: template.language })}
              />
            ))}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>{kind && <TemplateEditor key={`${kind}.${language}`} kind={kind} language={language} />}</Grid.Col>
      </Grid>
    </Stack>
  );
}

function TemplateEditor({ kind, language }: { kind: string; language: string }) {
  const { t, i18n } = useTranslation();
  const { dt } = useDynamicT();
  const queryClient = useQueryClient();
  const kindLabel = useKindLabel();
  const loaded = useMailTemplate(kind, language);
  const [draft, setDraft] = useState<TemplateParts | null>(null);
  const [etag, setEtag] = useState('');
  const [preview, setPreview] = useState<TemplateParts | null>(null);
  const [previewProblem, setPreviewProblem] = useState<TemplateProblem | null>(null);
  const [problem, setProblem] = useState<TemplateProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [to, setTo] = useState('');
  const focused = useRef<{ part: Part; element: HTMLInputElement | HTMLTextAreaElement | null }>({ part: 'text', element: null });

  const start = (versioned: VersionedTemplate) => {
    const { subject, text, html } = versioned.template;
    setDraft({ subject, text, html });
    setEtag(versioned.etag);
  };
  useEffect(() => {
    if (loaded.data && !draft) start(loaded.data);
  }, [loaded.data, draft]);

  // Live preview of the draft, a moment after the last keystroke.
  useEffect(() => {
    if (!draft) return undefined;
    const timer = setTimeout(() => {
      previewTemplate(kind, language, draft)
        .then((rendered) => {
          setPreview(rendered);
          setPreviewProblem(null);
        })
        .catch((error: unknown) => setPreviewProblem(problemOf(error) as TemplateProblem));
    }, 300);
    return () => clearTimeout(timer);
  }, [draft, kind, language]);

  if (loaded.isError) return <QueryProblem error={loaded.error} onRetry={() => void loaded.refetch()} />;
  if (!draft || !loaded.data) {
    return (
      <Center py="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  const template = loaded.data.template;

  const edit = (part: Part, value: string) => {
    setDraft({ ...draft, [part]: value });
    setNotice(null);
  };
  const insert = (name: string) => {
    const { part, element } = focused.current;
    const token = `{{${name}}}`;
    const value = draft[part];
    const at = element?.selectionStart ?? value.length;
    const end = element?.selectionEnd ?? at;
    edit(part, value.slice(0, at) + token + value.slice(end));
  };
  const track = (part: Part) => (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
    focused.current = { part, element: event.currentTarget };
  };
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    setNotice(null);
    try {
      await action();
    } catch (error) {
      setProblem(problemOf(error) as TemplateProblem);
      if (isApiError(error) && error.status === 409) void loaded.refetch();
    } finally {
      setBusy(false);
    }
  };
  const save = () =>
    run(async () => {
      const saved = await saveTemplate(kind, language, etag, draft);
      queryClient.setQueryData([...TEMPLATES_KEY, kind, language], saved);
      void queryClient.invalidateQueries({ queryKey: TEMPLATES_KEY, exact: true });
      start(saved);
      setNotice(t('mailAdmin.templates.saved'));
    });
  const reset = () =>
    run(async () => {
      const restored = await resetTemplate(kind, language, etag);
      queryClient.setQueryData([...TEMPLATES_KEY, kind, language], restored);
      void queryClient.invalidateQueries({ queryKey: TEMPLATES_KEY, exact: true });
      start(restored);
      setNotice(t('mailAdmin.templates.resetDone'));
    });
  const sendTest = () =>
    run(async () => {
      const sent = await testSend(kind, language, to.trim());
      setNotice(t('mailAdmin.templates.testSent', { to: sent.to }));
    });

  const problemText = (p: TemplateProblem) =>
    p.code === 'unknown-placeholder'
      ? t('mailAdmin.error.unknownPlaceholder', { name: p.placeholder, part: dt(`mailAdmin.part.${p.part ?? 'text'}`) })
      : p.code === 'template-syntax'
        ? t('mailAdmin.error.syntax', { part: dt(`mailAdmin.part.${p.part ?? 'text'}`), detail: p.detail })
        : null;
  const describe = (description: Record<string, string>) => description[i18n.language] ?? description.ja ?? Object.values(description)[0];

  return (
    <Stack gap="sm" data-testid="template-editor">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {kindLabel(kind)} <Badge variant="light">{language}</Badge>
        </Title>
        <Group>
          <Button leftSection={<IconRestore size={16} />} variant="default" onClick={() => void reset()} disabled={busy} data-testid="template-reset">
            {t('mailAdmin.templates.reset')}
          </Button>
          <Button leftSection={<IconDeviceFloppy size={16} />} onClick={() => void save()} loading={busy} data-testid="template-save">
            {t('mailAdmin.templates.save')}
          </Button>
        </Group>
      </Group>
      {template.updatedBy && (
        <Text size="sm" c="dimmed">
          {t('mailAdmin.templates.lastEdit', { name: template.updatedBy, at: template.updatedAt ? new Date(template.updatedAt).toLocaleString(i18n.language) : '' })}
        </Text>
      )}
      {notice && (
        <Alert color="green" data-testid="template-notice">
          {notice}
        </Alert>
      )}
      {problem &&
        (problemText(problem) ? (
          <Alert color="red" data-testid="template-problem">
            {problemText(problem)}
          </Alert>
        ) : (
          <ProblemDetails problem={problem} />
        ))}
      <Grid>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Stack gap="xs">
            <TextInput label={t('mailAdmin.part.subject')} value={draft.subject} onChange={(e) => edit('subject', e.currentTarget.value)} onFocus={track('subject')} onSelect={track('subject')} data-testid="template-subject" />
            <Textarea label={t('mailAdmin.part.text')} value={draft.text} onChange={(e) => edit('text', e.currentTarget.value)} onFocus={track('text')} onSelect={track('text')} rows={10} data-testid="template-text" styles={{ input: { fontFamily: 'monospace' } }} />
            <Textarea label={t('mailAdmin.part.html')} value={draft.html} onChange={(e) => edit('html', e.currentTarget.value)} onFocus={track('html')} onSelect={track('html')} rows={10} data-testid="template-html" styles={{ input: { fontFamily: 'monospace' } }} />
            <Paper withBorder p="xs">
              <Text fw={600} size="sm" mb={4}>
                {t('mailAdmin.templates.placeholders')}
              </Text>
              <Group gap={6}>
                {template.placeholders.map((placeholder) => (
                  <Tooltip key={placeholder.name} label={`${describe(placeholder.description)} — ${t('mailAdmin.templates.sample')}: ${String(placeholder.sample)}`} multiline w={280}>
                    <Button size="compact-xs" variant="light" onClick={() => insert(placeholder.name)} data-testid={`placeholder-${placeholder.name}`}>
                      {`{{${placeholder.name}}}`}
                    </Button>
                  </Tooltip>
                ))}
              </Group>
            </Paper>
            <Group align="flex-end">
              <TextInput label={t('mailAdmin.templates.testTo')} placeholder={t('mailAdmin.templates.testToPlaceholder')} value={to} onChange={(e) => setTo(e.currentTarget.value)} data-testid="template-test-to" style={{ flex: 1 }} />
              <Button leftSection={<IconMailForward size={16} />} variant="light" onClick={() => void sendTest()} disabled={busy} data-testid="template-test-send">
                {t('mailAdmin.templates.testSend')}
              </Button>
            </Group>
            <Text size="xs" c="dimmed">
              {t('mailAdmin.templates.testNote')}
            </Text>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Stack gap="xs" data-testid="template-preview">
            <Text fw={600}>{t('mailAdmin.templates.preview')}</Text>
            {previewProblem && (
              <Alert color="orange" data-testid="template-preview-problem">
                {problemText(previewProblem) ?? previewProblem.detail}
              </Alert>
            )}
            {preview && (
              <>
                <Paper withBorder p="xs">
                  <Text size="xs" c="dimmed">
                    {t('mailAdmin.part.subject')}
                  </Text>
                  <Text data-testid="preview-subject">{preview.subject}</Text>
                </Paper>
                <Paper withBorder p="xs">
                  <Text size="xs" c="dimmed">
                    {t('mailAdmin.part.text')}
                  </Text>
                  <ScrollArea.Autosize mah={260}>
                    <Code block data-testid="preview-text">
                      {preview.text}
                    </Code>
                  </ScrollArea.Autosize>
                </Paper>
                <Paper withBorder p={0}>
                  {/* The rendered HTML in a sandbox without scripts: exactly as a mail client would show it. */}
                  <iframe title={t('mailAdmin.part.html')} sandbox="" srcDoc={preview.html} style={{ width: '100%', height: 320, border: 0 }} data-testid="preview-html" />
                </Paper>
              </>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
