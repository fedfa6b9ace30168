import { Alert, Button, Group, List, Modal, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, type ProblemDetail } from '../../shared/api/problem';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { eraseMember, type PrivacyOfMember } from './api';

const ERASED = ['names', 'birthDate', 'contact', 'address', 'occupation', 'email', 'payoutAccount', 'documentImages', 'changeRequests', 'registrations', 'login'] as const;
const KEPT = ['id', 'verification', 'documentMetadata', 'status', 'transactions'] as const;

/** Whether what the admin typed is the member's address (spaces and case do not matter). */
export function emailMatches(typed: string, email: string | null): boolean {
  return !!email && typed.trim().toLowerCase() === email.trim().toLowerCase();
}

/**
 * 個人情報の削除: says what is erased and what the law makes the shop keep, asks for a reason and for
 * the member's address typed out, then erases with the version the admin saw. Nothing is sent
 * until both are there; a problem (e.g. 409 when the member changed meanwhile, 503 when the login
 * service is down) is shown in the dialog.
 */
export function ErasureDialog<T extends PrivacyOfMember>({
  member,
  opened,
  onClose,
  onErased,
}: {
  member: PrivacyOfMember;
  opened: boolean;
  onClose: () => void;
  onErased: (member: T) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [typedEmail, setTypedEmail] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<ProblemDetail | null>(null);

  useEffect(() => {
    if (opened) {
      setReason('');
      setTypedEmail('');
      setMissingReason(false);
      setProblem(null);
    }
  }, [opened]);

  const matches = emailMatches(typedEmail, member.email);
  const submit = async () => {
    if (reason.trim() === '') {
      setMissingReason(true);
      return;
    }
    if (!matches) return;
    setSending(true);
    setProblem(null);
    try {
      onErased(await eraseMember<T>(member, reason.trim()));
    } catch (error) {
      setProblem(isApiError(error) ? error.problem : { detail: String(error) });
    } finally {
      setSending(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('privacy.erasure.title')} size="lg" centered>
      <Stack gap="sm" data-testid="erasure-dialog">
        <Alert color="red" icon={<IconAlertTriangle />} data-testid="erasure-warning">
          {t('privacy.erasure.warning')}
        </Alert>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <div>
            <Title order={3} size="h5">
              {t('privacy.erasure.erasedTitle')}
            </Title>
            <List size="sm" data-testid="erasure-erased">
              {ERASED.map((key) => (
                <List.Item key={key}>{t(`privacy.erasure.erased.${key}`)}</List.Item>
              ))}
            </List>
          </div>
          <div>
            <Title order={3} size="h5">
              {t('privacy.erasure.keptTitle')}
            </Title>
            <List size="sm" data-testid="erasure-kept">
              {KEPT.map((key) => (
                <List.Item key={key}>{t(`privacy.erasure.kept.${key}`)}</List.Item>
              ))}
            </List>
          </div>
        </SimpleGrid>
        <Textarea
          label={t('privacy.erasure.reasonLabel')}
          description={t('privacy.erasure.reasonHint')}
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setMissingReason(false);
          }}
          error={missingReason ? t('privacy.erasure.reasonRequired') : undefined}
          required
          rows={2}
          maxLength={500}
          data-autofocus
          data-testid="erasure-reason"
        />
        <TextInput
          label={t('privacy.erasure.emailLabel')}
          description={
            <Text span size="xs">
              {t('privacy.erasure.emailHint')} <Text span ff="monospace" size="xs" fw={700}>{member.email}</Text>
            </Text>
          }
          value={typedEmail}
          onChange={(event) => setTypedEmail(event.currentTarget.value)}
          error={typedEmail !== '' && !matches ? t('privacy.erasure.emailMismatch') : undefined}
          autoComplete="off"
          data-testid="erasure-email"
        />
        {problem && <ProblemDetails problem={problem} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={sending}>
            {t('privacy.erasure.cancel')}
          </Button>
          <Button color="red" loading={sending} disabled={!matches} onClick={() => void submit()} data-testid="erasure-confirm">
            {t('privacy.erasure.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
