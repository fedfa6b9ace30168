import { Button, Group, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemOf } from '../../shared/api/problem';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import type { StartedJob } from '../items/api';
import { JobProgress } from '../items/JobProgress';
import { type AuditExportFormat, type AuditFilter, startAuditExport } from './api';

/**
 * Export of the current search as CSV or XLSX: audit-service writes the file in the background, the
 * dialog follows its progress and offers the download (the items export's progress part). Mount it
 * only while open, so every opening starts afresh.
 */
export function AuditExportDialog({ filter, onClose }: { filter: AuditFilter; onClose: () => void }) {
  const { t } = useTranslation();
  const [format, setFormat] = useState<AuditExportFormat>('XLSX');
  const [started, setStarted] = useState<StartedJob | null>(null);
  const start = useMutation({ mutationFn: () => startAuditExport(filter, format), onSuccess: setStarted });
  return (
    <Modal opened onClose={onClose} title={t('audit.export.title')} centered>
      <Stack data-testid="audit-export-dialog">
        <Text size="sm">{t('audit.export.scope')}</Text>
        <SegmentedControl
          value={format}
          onChange={(value) => setFormat(value as AuditExportFormat)}
          data={[
            { value: 'XLSX', label: t('audit.export.xlsx') },
            { value: 'CSV', label: t('audit.export.csv') },
          ]}
          disabled={started !== null}
          data-testid="audit-export-format"
        />
        {start.isError && <ProblemDetails problem={problemOf(start.error)} />}
        {started && <JobProgress started={started} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('audit.export.close')}
          </Button>
          {!started && (
            <Button onClick={() => start.mutate()} loading={start.isPending} data-testid="audit-export-start">
              {t('audit.export.start')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
