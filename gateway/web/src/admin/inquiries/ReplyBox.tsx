import { Alert, Button, Card, Group, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconLock, IconSend } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CSRF_HEADER, csrfToken } from '../../shared/api/csrf';
import type { Me } from '../../shared/auth/me';
import { TemplatePicker } from '../inquiry-templates/TemplatePicker';
import { codeOf, type InquiryDetail, LOCK_RENEW_MS, releaseLock, sendReply, takeLock, takeOverLock } from './api';
import { isLive, useInquiryProblemText } from './parts';

type After = 'keep' | 'PENDING_CUSTOMER' | 'DONE';

const lockKey = (lock: InquiryDetail['lock']) => (lock ? `${lock.holderId}@${lock.since}` : null);

/** Lets go of the lock when the tab closes (a normal request may be cut off as the page unloads). */
function releaseOnUnload(inquiryId: string) {
  const headers: Record<string, string> = {};
  const token = csrfToken();
  if (token) headers[CSRF_HEADER] = token;
  void fetch(`/api/inquiries/${encodeURIComponent(inquiryId)}/lock`, { method: 'DELETE', headers, credentials: 'same-origin', keepalive: true }).catch(() => {});
}

export interface ReplyBoxProps {
  inquiry: InquiryDetail;
  etag: string;
  me: Me;
  /** Reload the inquiry (after a reply, or a refusal that means the page is out of date). */
  onChanged: () => Promise<void> | void;
}

/**
 * The reply box. Opening it takes the reply lock (everyone else sees "A is replying"), renews it every
 * 30 s while open and lets go of it on close, on leaving the page or closing the tab. While someone
 * else holds the lock replying is disabled; admins may take it over. The server has the last word:
 * `reply-locked` and `already-answered` refusals are explained and the page reloads.
 */
export function ReplyBox({ inquiry, etag, me, onChanged }: ReplyBoxProps) {
  const { t } = useTranslation();
  const explain = useInquiryProblemText();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [after, setAfter] = useState<After>('PENDING_CUSTOMER');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const holding = useRef(false);
  // The lock the page showed when this person opened the box (a takeover opens over someone else's):
  // until the view has caught up it is not a reason to close again.
  const shownAtStart = useRef<string | null>(null);

  const lock = isLive(inquiry.lock) ? inquiry.lock : null;
  const heldByOther = !!lock && lock.holderId !== me.subject;
  const admin = me.roles.includes('admin');
  const lastCustomer = [...inquiry.messages].reverse().find((entry) => entry.kind === 'CUSTOMER');

  const refused = async (error: unknown) => {
    setMessage(explain(error) ?? t('inquiries.problem.generic'));
    const code = codeOf(error);
    if (code === 'reply-locked' || code === 'already-answered') {
      // reply-locked: the lock is someone else's now; already-answered: ours is of no use any more.
      if (code === 'already-answered' && holding.current) await releaseLock(inquiry.id).catch(() => {});
      holding.current = false;
      setOpen(false);
    }
    await onChanged();
  };

  const start = async (takeOver = false) => {
    shownAtStart.current = lockKey(inquiry.lock);
    setBusy(true);
    setMessage(null);
    try {
      await (takeOver ? takeOverLock(inquiry.id) : takeLock(inquiry.id));
      holding.current = true;
      setOpen(true);
      await onChanged();
    } catch (error) {
      await refused(error);
    } finally {
      setBusy(false);
    }
  };

  const close = async () => {
    setOpen(false);
    if (holding.current) {
      holding.current = false;
      await releaseLock(inquiry.id).catch(() => {});
    }
    await onChanged();
  };

  // While open: renew every 30 s; on leaving the page (unmount) or closing the tab, let go.
  useEffect(() => {
    if (!open) return;
    const id = inquiry.id;
    const renew = window.setInterval(() => {
      takeLock(id).catch((error: unknown) => {
        if (codeOf(error) === 'reply-locked') void refused(error);
      });
    }, LOCK_RENEW_MS);
    const unload = () => {
      if (holding.current) releaseOnUnload(id);
    };
    window.addEventListener('pagehide', unload);
    return () => {
      window.clearInterval(renew);
      window.removeEventListener('pagehide', unload);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, inquiry.id]);
  useEffect(
    () => () => {
      if (holding.current) {
        holding.current = false;
        void releaseLock(inquiry.id).catch(() => {});
      }
    },
    [inquiry.id],
  );

  // Someone (an admin) took the lock over while the box was open.
  useEffect(() => {
    if (open && heldByOther && lockKey(lock) !== shownAtStart.current) {
      holding.current = false;
      setOpen(false);
      setMessage(t('inquiries.problem.replyLocked', { name: lock!.holderName }));
    }
  }, [open, heldByOther, lock, t]);

  const send = async () => {
    if (!text.trim()) return;
    setBusy(true);
    setMessage(null);
    try {
      await sendReply(inquiry.id, etag, {
        text: text.trim(),
        inReplyTo: lastCustomer?.id ?? null,
        close: after === 'DONE',
        state: after === 'keep' ? undefined : after,
      });
      holding.current = false; // the server let go of the lock with the reply
      setOpen(false);
      setText('');
      setMessage(t('inquiries.reply.sent'));
      await onChanged();
    } catch (error) {
      await refused(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder data-testid="reply-box" data-open={open}>
      <Title order={2} size="h4" mb="sm">
        {t('inquiries.reply.title')}
      </Title>
      {message && (
        <Alert color={message === t('inquiries.reply.sent') ? 'teal' : 'orange'} mb="sm" role="alert" withCloseButton onClose={() => setMessage(null)} data-testid="reply-message">
          {message}
        </Alert>
      )}
      {heldByOther && (
        <Alert color="orange" variant="light" icon={<IconLock size={18} />} mb="sm" data-testid="reply-locked">
          <Group justify="space-between">
            <Text size="sm" fw={700}>
              {t('inquiries.lock.replyingLong', { name: lock!.holderName })}
            </Text>
            {admin && (
              <Button size="xs" color="orange" loading={busy} onClick={() => void start(true)} data-testid="lock-takeover">
                {t('inquiries.lock.takeOver')}
              </Button>
            )}
          </Group>
        </Alert>
      )}
      {!open ? (
        <Button leftSection={<IconSend size={16} aria-hidden />} disabled={heldByOther} loading={busy} onClick={() => void start()} data-testid="reply-open">
          {t('inquiries.reply.open')}
        </Button>
      ) : (
        <Stack gap="sm">
          <TemplatePicker inquiryId={inquiry.id} subject={inquiry.subject} body={lastCustomer?.text ?? ''} onPick={(picked) => setText((current) => (current ? `${current}\n${picked}` : picked))} />
          <Textarea
            label={t('inquiries.reply.text')}
            resize="vertical"
            rows={6}
            maxLength={20000}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            data-autofocus
            data-testid="reply-text"
          />
          <Group gap="sm" align="center">
            <Text size="sm">{t('inquiries.reply.after')}</Text>
            <SegmentedControl
              size="xs"
              value={after}
              onChange={(value) => setAfter(value as After)}
              data={[
                { value: 'PENDING_CUSTOMER', label: t('inquiries.state.PENDING_CUSTOMER') },
                { value: 'DONE', label: t('inquiries.state.DONE') },
                { value: 'keep', label: t('inquiries.reply.keepState') },
              ]}
              data-testid="reply-after"
            />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void close()} disabled={busy} data-testid="reply-cancel">
              {t('inquiries.reply.cancel')}
            </Button>
            <Button leftSection={<IconSend size={16} aria-hidden />} loading={busy} disabled={!text.trim()} onClick={() => void send()} data-testid="reply-send">
              {t('inquiries.reply.send')}
            </Button>
          </Group>
        </Stack>
      )}
    </Card>
  );
}
