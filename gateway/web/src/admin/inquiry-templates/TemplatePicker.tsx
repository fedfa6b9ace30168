import { Badge, Button, Group, Loader, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch, IconSparkles } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemOf } from '../../shared/api/problem';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { byCategory, renderTemplate, useSuggestions, useTemplates } from './api';

export interface TemplatePickerProps {
  inquiryId: string;
  /** The inquiry's subject and the customer's message, for suggestions. */
  subject: string;
  body: string;
  /** Called with the template filled for this inquiry's customer. */
  onPick: (text: string) => void;
}

/**
 * Picks a reply template for an inquiry: suggestions from its subject and body first (best match
 * on top), then every template by category, with a filter. A pick fills the template from live data.
 */
export function TemplatePicker({ inquiryId, subject, body, onPick }: TemplatePickerProps) {
  const { t } = useTranslation();
  const templates = useTemplates();
  const suggestions = useSuggestions(inquiryId, subject, body);
  const [filter, setFilter] = useState('');
  const render = useMutation({
    mutationFn: (templateId: string) => renderTemplate(inquiryId, templateId),
    onSuccess: (rendered) => onPick(rendered.text),
  });
  const groups = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const all = templates.data ?? [];
    return byCategory(needle ? all.filter((template) => `${template.name} ${template.category} ${template.body}`.toLowerCase().includes(needle)) : all);
  }, [templates.data, filter]);

  return (
    <Stack gap="xs" data-testid="template-picker">
      {suggestions.data && suggestions.data.length > 0 && (
        <Stack gap={4}>
          <Group gap={4}>
            <IconSparkles size={16} aria-hidden />
            <Text size="sm" fw={600}>
              {t('inquiryTemplates.picker.suggested')}
            </Text>
          </Group>
          <Group gap="xs">
            {suggestions.data.map((suggestion, index) => (
              <Button
                key={suggestion.templateId}
                size="xs"
                variant={index === 0 ? 'filled' : 'light'}
                onClick={() => render.mutate(suggestion.templateId)}
                data-testid="template-suggestion"
              >
                {suggestion.name}
              </Button>
            ))}
          </Group>
        </Stack>
      )}
      <TextInput
        size="xs"
        leftSection={<IconSearch size={14} />}
        placeholder={t('inquiryTemplates.picker.filter')}
        aria-label={t('inquiryTemplates.picker.filter')}
        value={filter}
        onChange={(event) => setFilter(event.currentTarget.value)}
      />
      {templates.isPending && <Loader size="sm" />}
      <ScrollArea.Autosize mah={240}>
        <Stack gap={6}>
          {groups.map(([category, list]) => (
            <Stack key={category} gap={2}>
              <Badge variant="light" size="sm">
                {category}
              </Badge>
              {list.map((template) => (
                <Button
                  key={template.id}
                  variant="subtle"
                  size="xs"
                  justify="flex-start"
                  onClick={() => render.mutate(template.id)}
                  data-testid="template-option"
                >
                  {template.name}
                </Button>
              ))}
            </Stack>
          ))}
        </Stack>
      </ScrollArea.Autosize>
      {render.isError && <ProblemDetails problem={problemOf(render.error)} />}
    </Stack>
  );
}
