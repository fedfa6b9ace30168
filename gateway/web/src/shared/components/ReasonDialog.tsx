import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { problemOf, type ProblemDetail } from '../api/problem';
import { ProblemDetails } from './ProblemDetails';

export interface ReasonDialogProps {
  opened: boolean;
  title: string;
  label: string;
  /** Shown when the reason is left empty; nothing is sent then. */
  requiredMessage: string;
  cancelLabel: string;
  confirmLabel: string;
  confirmColor?: string;
  testIds: { dialog: string; input: string; confirm: string };
  onClose: () => void;
  /** Sends the trimmed reason; what it throws is shown in the dialog, which stays open. */
  onConfirm: (reason: string) => Promise<void>;
}

/**
 * Asks staff for the reason a member will read (a status change, a rejected change request) and
 * refuses an empty one before asking the server. Mount it only while open so every opening starts
 * empty.
 */
export function ReasonDialog({ opened, title, label, requiredMessage, cancelLabel, confirmLabel, confirmColor, testIds, onClose, onConfirm }: ReasonDialogProps) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<ProblemDetail | null>(null);
  const submit = async () => {
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    setSending(true);
    setProblem(null);
    try {
      await onConfirm(reason.trim());
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setSending(false);
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Stack gap="sm" data-testid={testIds.dialog}>
        <Textarea
          label={label}
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setMissing(false);
          }}
          error={missing ? requiredMessage : undefined}
          required
          rows={3}
          maxLength={500}
          data-autofocus
          data-testid={testIds.input}
        />
        {problem && <ProblemDetails problem={problem} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={sending}>
            {cancelLabel}
          </Button>
          <Button color={confirmColor} loading={sending} onClick={() => void submit()} data-testid={testIds.confirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
