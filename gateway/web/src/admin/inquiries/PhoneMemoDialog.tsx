import { Alert, Badge, Button, Group, Kbd, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { IconPhonePlus } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiFetch } from '../../shared/api/client';
import { problemOf, type ProblemDetail } from '../../shared/api/problem';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import type { Page } from '../members/api';
import { INQUIRIES_KEY, type InquiryView, logPhoneMemo } from './api';
import { MemberSearch, type PickedMember } from './MemberSearch';

/** The keyboard shortcut that opens the phone memo anywhere in the console. */
export const PHONE_MEMO_HOTKEY = 'alt+M';

function MemoForm({ onDone }: { onDone: (created: InquiryView) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [member, setMember] = useState<PickedMember | null>(null);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [inquiryId, setInquiryId] = useState<string | null>(null);
  const [subject, setSubject] = useState('');
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<ProblemDetail | null>(null);
  const open = useQuery({
    queryKey: [...INQUIRIES_KEY, 'of-member', member?.id],
    queryFn: () => apiFetch<Page<InquiryView>>(`/api/inquiries?${new URLSearchParams({ memberId: member!.id, size: '10', sort: 'lastMessageAt,desc' })}`),
    enabled: !!member,
  });
  const submit = async () => {
    if (!text.trim() || (!inquiryId && !subject.trim()) || (!member && !phone.trim() && !name.trim())) {
      setMissing(true);
      return;
    }
    setSending(true);
    setProblem(null);
    try {
      const created = await logPhoneMemo({
        memberId: member?.id ?? null,
        phone: member ? null : phone.trim() || null,
        name: member ? null : name.trim() || null,
        inquiryId,
        subject: subject.trim(),
        text: text.trim(),
      });
      await queryClient.invalidateQueries({ queryKey: INQUIRIES_KEY });
      onDone(created);
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setSending(false);
    }
  };
  return (
    <Stack gap="sm" data-testid="phone-memo-dialog">
      {member ? (
        <Group gap="xs">
          <Badge size="lg" variant="light" tt="none" data-testid="memo-member">
            {member.name}
          </Badge>
          <Button size="compact-xs" variant="subtle" onClick={() => setMember(null)}>
            {t('inquiries.memo.otherCustomer')}
          </Button>
        </Group>
      ) : (
        <>
          <MemberSearch testId="memo-member-search" onPick={setMember} />
          <Text size="xs" c="dimmed">
            {t('inquiries.memo.orUnknown')}
          </Text>
          <Group grow>
            <TextInput label={t('inquiries.memo.name')} value={name} onChange={(event) => setName(event.currentTarget.value)} data-testid="memo-name" />
            <TextInput label={t('inquiries.memo.phone')} type="tel" value={phone} onChange={(event) => setPhone(event.currentTarget.value)} data-testid="memo-phone" />
          </Group>
        </>
      )}
      {member && (open.data?.content.length ?? 0) > 0 && (
        <Select
          label={t('inquiries.memo.into')}
          clearable
          placeholder={t('inquiries.memo.newInquiry')}
          data={open.data!.content.map((inquiry) => ({ value: inquiry.id, label: `${inquiry.number} · ${inquiry.subject}` }))}
          value={inquiryId}
          onChange={setInquiryId}
          data-testid="memo-into"
        />
      )}
      {!inquiryId && <TextInput label={t('inquiries.memo.subject')} required maxLength={200} value={subject} onChange={(event) => setSubject(event.currentTarget.value)} data-testid="memo-subject" />}
      <Textarea label={t('inquiries.memo.text')} required rows={4} maxLength={5000} value={text} onChange={(event) => setText(event.currentTarget.value)} data-testid="memo-text" />
      {missing && (
        <Text c="red" size="sm" data-testid="memo-missing">
          {t('inquiries.memo.missing')}
        </Text>
      )}
      {problem && <ProblemDetails problem={problem} />}
      <Group justify="flex-end">
        <Button loading={sending} onClick={() => void submit()} data-testid="memo-save">
          {t('inquiries.memo.save')}
        </Button>
      </Group>
    </Stack>
  );
}

/** 電話メモ: a header button (and Alt+M) that logs a call in a few seconds from any console page. */
export function PhoneMemoButton() {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [created, setCreated] = useState<InquiryView | null>(null);
  useHotkeys([[PHONE_MEMO_HOTKEY, open]]);
  return (
    <>
      <Button size="xs" variant="light" leftSection={<IconPhonePlus size={16} aria-hidden />} onClick={open} title={`${t('inquiries.memo.button')} (Alt+M)`} data-testid="phone-memo-button">
        {t('inquiries.memo.button')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('inquiries.memo.title')} size="lg">
        {opened && (
          <MemoForm
            onDone={(inquiry) => {
              setCreated(inquiry);
              close();
            }}
          />
        )}
        <Text size="xs" c="dimmed" mt="sm">
          {t('inquiries.memo.shortcut')} <Kbd>Alt</Kbd> + <Kbd>M</Kbd>
        </Text>
      </Modal>
      {created && (
        <Alert
          pos="fixed"
          bottom={16}
          right={16}
          style={{ zIndex: 300 }}
          color="teal"
          withCloseButton
          onClose={() => setCreated(null)}
          data-testid="phone-memo-saved"
        >
          {t('inquiries.memo.saved')}{' '}
          <Link to={`/inquiries/${encodeURIComponent(created.id)}`} onClick={() => setCreated(null)}>
            {created.number}
          </Link>
        </Alert>
      )}
    </>
  );
}
