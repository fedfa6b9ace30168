import { Button, Group, Modal, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemOf } from '../../shared/api/problem';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { type ExportTarget, startItemExport, type StartedJob, useExportProfiles } from './api';
import { JobProgress } from './JobProgress';

export interface ExportDialogProps {
  onClose: () => void;
  target: ExportTarget;
  /** How many items the target holds (the selection, or the filter's total). */
  count: number;
}

/**
 * 出品データの出力: pick an export profile (its format and encoding shown), start the export of the
 * selected items or of everything matching the filter, follow its progress and download the file.
 * Mount it only while open, so every opening starts afresh.
 */
export function ExportDialog({ onClose, target, count }: ExportDialogProps) {
  const { t } = useTranslation();
  const profiles = useExportProfiles();
  const [chosen, setChosen] = useState<string | null>(null);
  const [started, setStarted] = useState<StartedJob | null>(null);
  const profileId = chosen ?? profiles.data?.[0]?.id ?? null;
  const profile = profiles.data?.find((candidate) => candidate.id === profileId);
  const start = useMutation({
    mutationFn: () => startItemExport(profileId as string, target),
    onSuccess: setStarted,
  });

  return (
    <Modal opened onClose={onClose} title={t('adminItems.export.title')} size="lg" centered>
      <Stack data-testid="export-dialog">
        <Text data-testid="export-scope">
          {'itemIds' in target ? t('adminItems.export.scopeSelected', { count }) : t('adminItems.export.scopeFilter', { count })}
        </Text>
        {profiles.isError && <QueryProblem error={profiles.error} onRetry={() => void profiles.refetch()} />}
        {profiles.data && (
          <>
            <NativeSelect
              label={t('adminItems.export.profile')}
              data={profiles.data.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
              value={profileId ?? ''}
              onChange={(event) => setChosen(event.currentTarget.value)}
              disabled={started !== null}
              data-testid="export-profile"
            />
            {profile && (
              <Table variant="vertical" withTableBorder data-testid="export-profile-summary">
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th w={160}>{t('exportProfiles.format')}</Table.Th>
                    <Table.Td data-testid="export-format">{t(`exportProfiles.formats.${profile.format}`)}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('exportProfiles.encoding')}</Table.Th>
                    <Table.Td data-testid="export-encoding">
                      {profile.format === 'XLSX' ? t('exportProfiles.encodingNotApplicable') : t(`exportProfiles.encodings.${profile.encoding}`)}
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('exportProfiles.columns')}</Table.Th>
                    <Table.Td>{profile.columns.map((column) => column.header).join(' / ')}</Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            )}
            {profiles.data.length === 0 && <Text c="dimmed">{t('adminItems.export.noProfiles')}</Text>}
            <Text size="sm">
              <Link to="/settings/exports">{t('adminItems.export.editProfiles')}</Link>
            </Text>
          </>
        )}
        {start.isError && <ProblemDetails problem={problemOf(start.error)} />}
        {started && <JobProgress started={started} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('adminItems.export.close')}
          </Button>
          {!started && (
            <Button onClick={() => start.mutate()} loading={start.isPending} disabled={!profile || count === 0} data-testid="export-start">
              {t('adminItems.export.start')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
