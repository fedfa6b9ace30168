import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = { NOT_SUBMITTED: 'gray', PENDING: 'blue', VERIFIED: 'teal', REJECTED: 'red' };

export function VerificationStateBadge({ state }: { state: string }) {
  const { t } = useTranslation();
  const known = state in COLORS;
  return (
    <Badge variant="light" color={COLORS[state] ?? 'gray'} tt="none" data-testid="verification-badge" data-state={state}>
      {known ? t(`verification.state.${state as 'PENDING'}`) : state}
    </Badge>
  );
}
