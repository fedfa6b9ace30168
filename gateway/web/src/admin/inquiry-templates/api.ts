import { useQuery } from '@tanstack/react-query';
import { apiExchange, apiFetch } from '../../shared/api/client';

/** A reply template shared by the team; `version` goes back in `If-Match`. */
export interface ReplyTemplate {
  id: string;
  name: string;
  category: string;
  subject: string | null;
  body: string;
  keywords: string[];
  updatedAt: string;
  version: number;
}

/** What staff write into a template. */
export interface TemplateContent {
  name: string;
  category: string;
  subject: string | null;
  body: string;
  keywords: string[];
}

export interface TemplateSuggestion {
  templateId: string;
  name: string;
  score: number;
}

/** The placeholders a template may use, written `{{name}}`. */
export const PLACEHOLDERS = ['customerName', 'requestNumber', 'itemNames', 'status', 'shopName'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export const TEMPLATES_KEY = ['admin', 'inquiry-templates'] as const;

export function useTemplates() {
  return useQuery({ queryKey: TEMPLATES_KEY, queryFn: () => apiFetch<ReplyTemplate[]>('/api/inquiries/templates') });
}

export async function saveTemplate(content: TemplateContent, existing?: { id: string; version: number }): Promise<ReplyTemplate> {
  if (!existing) return apiFetch<ReplyTemplate>('/api/inquiries/templates', { method: 'POST', body: content });
  const answer = await apiExchange<ReplyTemplate>(`/api/inquiries/templates/${encodeURIComponent(existing.id)}`, {
    method: 'PUT',
    body: content,
    headers: { 'If-Match': `"${existing.version}"` },
  });
  return answer.data;
}

export function removeTemplate(template: { id: string; version: number }): Promise<void> {
  return apiFetch<void>(`/api/inquiries/templates/${encodeURIComponent(template.id)}`, {
    method: 'DELETE',
    headers: { 'If-Match': `"${template.version}"` },
  });
}

export function useSuggestions(inquiryId: string, subject: string, body: string) {
  return useQuery({
    queryKey: [...TEMPLATES_KEY, 'suggestions', inquiryId, subject, body],
    queryFn: () =>
      apiFetch<TemplateSuggestion[]>('/api/inquiries/template-suggestions', { method: 'POST', body: { inquiryId, subject, body } }),
  });
}

export function renderTemplate(inquiryId: string, templateId: string): Promise<{ subject: string | null; text: string }> {
  return apiFetch(`/api/inquiries/${encodeURIComponent(inquiryId)}/templates/${encodeURIComponent(templateId)}/render`, {
    method: 'POST',
  });
}

/** The text with each known placeholder replaced by a sample value (the editor's live preview). */
export function fillPlaceholders(text: string, values: Record<Placeholder, string>): string {
  return text.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (whole, name: string) =>
    (PLACEHOLDERS as readonly string[]).includes(name) ? values[name as Placeholder] : whole,
  );
}

/** The placeholders in the text that are not known, as the server would refuse them. */
export function unknownPlaceholders(text: string): string[] {
  const unknown: string[] = [];
  for (const match of text.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)) {
    if (!(PLACEHOLDERS as readonly string[]).includes(match[1]) && !unknown.includes(match[1])) unknown.push(match[1]);
  }
  return unknown;
}

/** Templates grouped by category, categories and names in order. */
export function byCategory(templates: ReplyTemplate[]): [string, ReplyTemplate[]][] {
  const groups = new Map<string, ReplyTemplate[]>();
  for (const template of [...templates].sort((a, b) => a.category.localeCompare(b.category, 'ja') || a.name.localeCompare(b.name, 'ja'))) {
    groups.set(template.category, [...(groups.get(template.category) ?? []), template]);
  }
  return [...groups.entries()];
}
