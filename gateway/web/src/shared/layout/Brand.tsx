import { Group, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

function Mark() {
  return (
    <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--mantine-color-indigo-7)" />
      <path d="M8 13h16v11a2 2 0 0 1-2 2H10a2 2 0 0 1-2-2z" fill="#fff" />
      <path d="M6 10a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v3H6z" fill="var(--mantine-color-indigo-2)" />
      <rect x="13" y="16" width="6" height="2.5" rx="1.25" fill="var(--mantine-color-indigo-7)" />
    </svg>
  );
}

/**
 * Product name (アズカリ / Azukari) linking home; `suffix` names the face (e.g. 管理画面).
 * `compact` shows only the mark on phones (the link keeps its accessible name).
 */
export function Brand({ suffix, compact = false }: { suffix?: string; compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <UnstyledButton component={Link} to="/" aria-label={[t('app.name'), suffix].filter(Boolean).join(' ')}>
      <Group gap={8} wrap="nowrap">
        <Mark />
        <Text fw={800} fz="lg" lh={1} style={{ whiteSpace: 'nowrap' }} visibleFrom={compact ? 'xs' : undefined}>
          {t('app.name')}
        </Text>
        {suffix && (
          <Text size="sm" c="dimmed" lh={1} visibleFrom="xs" style={{ whiteSpace: 'nowrap' }}>
            {suffix}
          </Text>
        )}
      </Group>
    </UnstyledButton>
  );
}
