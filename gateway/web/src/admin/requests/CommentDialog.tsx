import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { problemOf, type ProblemDetail } from '../../shared/api/problem';
import { ProblemDetails } from '../../shared/components/ProblemDetails';

export interface CommentDialogProps {
  title: string;
  label: string;
  description?: ReactNode;
  cancelLabel: string;
  confirmLabel: string;
  testIds: { dialog: string; input: string; confirm: string };
  onClose: () => void;
  /** Sends the trimmed comment (null when left empty); what it throws is shown and the dialog stays open. */
  onConfirm: (comment: string | null) => Promise<void>;
  /** A sentence for a refusal staff can act on (see useRequestProblemText); the problem details follow it. */
  explain?: (problem: ProblemDetail) => string | null;
  /** Shown under a refusal, e.g. a button that loads the latest version. */
  onProblem?: (problem: ProblemDetail) => ReactNode;
}

/**
 * Like the shared ReasonDialog, but the comment is optional: a status move with or without a word
 * about it for the history. Mount it only while open so every opening starts empty.
 */
export function CommentDialog({ title, label, description, cancelLabel, confirmLabel, testIds, onClose, onConfirm, explain, onProblem }: CommentDialogProps) {
  const [comment, setComment] = useState('');
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<ProblemDetail | null>(null);
  const submit = async () => {
    setSending(true);
    setProblem(null);
    try {
      await onConfirm(comment.trim() === '' ? null : comment.trim());
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setSending(false);
    }
  };
  const explanation = problem && explain ? explain(problem) : null;
  return (
    <Modal opened onClose={onClose} title={title} centered size="lg">
      <Stack gap="sm" data-testid={testIds.dialog}>
        {description}
        <Textarea
          label={label}
          value={comment}
          onChange={(event) => setComment(event.currentTarget.value)}
          rows={3}
          maxLength={1000}
          data-autofocus
          data-testid={testIds.input}
        />
        {explanation && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert" data-testid="comment-dialog-refusal">
            {explanation}
          </Alert>
        )}
        {problem && onProblem?.(problem)}
        {problem && <ProblemDetails problem={problem} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={sending}>
            {cancelLabel}
          </Button>
          <Button loading={sending} onClick={() => void submit()} data-testid={testIds.confirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
