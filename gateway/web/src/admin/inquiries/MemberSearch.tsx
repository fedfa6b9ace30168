import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../shared/api/client';
import type { MemberSummary, Page } from '../members/api';

export interface PickedMember {
  id: string;
  name: string;
  phone: string | null;
}

export function memberName(member: Pick<MemberSummary, 'familyName' | 'givenName' | 'email'>): string {
  return [member.familyName, member.givenName].filter(Boolean).join(' ') || member.email || '—';
}

/** Finds a member by name, kana, phone or address (member-service's staff list) and picks one. */
export function MemberSearch({ onPick, testId = 'member-search' }: { onPick: (member: PickedMember) => void; testId?: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: ['admin', 'members', 'search', q],
    queryFn: () => apiFetch<Page<MemberSummary>>(`/api/members?${new URLSearchParams({ q, size: '8' })}`),
    enabled: q.length > 0,
  });
  return (
    <Stack gap={4}>
      <Group gap={4} align="flex-end" wrap="nowrap">
        <TextInput
          flex={1}
          label={t('inquiries.member.search')}
          placeholder={t('inquiries.member.searchPlaceholder')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              setQ(text.trim());
            }
          }}
          data-testid={testId}
        />
        <Button variant="default" onClick={() => setQ(text.trim())} data-testid={`${testId}-go`}>
          {t('inquiries.member.find')}
        </Button>
      </Group>
      {found.isSuccess && found.data.content.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('inquiries.member.noneFound')}
        </Text>
      )}
      {found.data?.content.map((member) => (
        <Button
          key={member.id}
          variant="subtle"
          justify="flex-start"
          size="compact-sm"
          onClick={() => onPick({ id: member.id, name: memberName(member), phone: member.phone })}
          data-testid={`${testId}-result`}
        >
          {memberName(member)} {member.phone ? `· ${member.phone}` : ''} {member.email ? `· ${member.email}` : ''}
        </Button>
      ))}
    </Stack>
  );
}
