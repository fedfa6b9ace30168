import { Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDynamicT } from '../i18n/useDynamicT';

/** One changed field: its value before and after (account numbers masked by the service). */
export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

const ACCOUNT_TYPES = ['ORDINARY', 'CURRENT', 'SAVINGS'];

/** A field's label and value as the member (or staff) reads them; the same in both faces. */
export function useFieldChangeText() {
  const { t } = useTranslation();
  const { dt, exists } = useDynamicT();
  const label = (field: string) => (exists(`profile.field.${field}`) ? dt(`profile.field.${field}`) : field);
  const value = (field: string, raw: string | null) => {
    if (raw === null || raw === '') return t('changeRequest.noValue');
    if (field === 'accountType' && ACCOUNT_TYPES.includes(raw)) return dt(`profile.accountType.${raw}`);
    return raw;
  };
  return { label, value };
}

/** Each field of a change (request): current → requested, the requested value highlighted. Both faces use it. */
export function FieldChangeList({ changes, testId }: { changes: FieldChange[]; testId?: string }) {
  const { t } = useTranslation();
  const { label, value } = useFieldChangeText();
  // On a phone, four columns squeeze names into one character per line: each field gets its own lines.
  const narrow = useMediaQuery('(max-width: 36em)');
  if (narrow) {
    return (
      <Stack gap="xs" data-testid={testId}>
        {changes.map((change) => (
          <div key={change.field} data-field={change.field}>
            <Text size="sm" fw={600}>
              {label(change.field)}
            </Text>
            <Group gap={6} wrap="wrap">
              <Text size="sm" c="dimmed" data-testid="change-before">
                {value(change.field, change.before)}
              </Text>
              <IconArrowRight size={14} aria-hidden />
              <Text size="sm" fw={700} px={6} bg="yellow.1" style={{ borderRadius: 4 }} data-testid="change-after">
                {value(change.field, change.after)}
              </Text>
            </Group>
          </div>
        ))}
      </Stack>
    );
  }
  return (
    <Table withRowBorders={false} verticalSpacing={4} horizontalSpacing="xs" data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('changeRequest.field')}</Table.Th>
          <Table.Th>{t('changeRequest.before')}</Table.Th>
          <Table.Th aria-hidden />
          <Table.Th>{t('changeRequest.after')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changes.map((change) => (
          <Table.Tr key={change.field} data-field={change.field}>
            <Table.Td>
              <Text size="sm" fw={600}>
                {label(change.field)}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" c="dimmed" data-testid="change-before">
                {value(change.field, change.before)}
              </Text>
            </Table.Td>
            <Table.Td aria-hidden>
              <IconArrowRight size={14} />
            </Table.Td>
            <Table.Td>
              <Text size="sm" fw={700} px={6} bg="yellow.1" style={{ borderRadius: 4, display: 'inline-block' }} data-testid="change-after">
                {value(change.field, change.after)}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
