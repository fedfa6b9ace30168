import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconMail, IconTimeline } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { useDocumentTitle } from '../../shared/layout/useDocumentTitle';
import { StatusChange } from '../accountstatus/StatusChange';
import { MemberChangeRequests } from '../changerequest/MemberChangeRequests';
import { MergeDuplicate, MergedBanner } from '../merge/MergeDuplicate';
import { PrivacyCard } from '../privacy/PrivacyCard';
import { StartRequestButton } from '../requests/StartRequest';
import { VerificationSummary } from '../verification/VerificationSummary';
import { EntityHistory } from '../audit/EntityHistory';
import { formatPhone, fullName, useMember } from './api';

function Fields({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <Table variant="vertical" withTableBorder>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={180}>{label}</Table.Th>
            <Table.Td>{value || '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * 会員詳細: everything staff know about one member, with the status change, verification summary
 * and change requests of their own features.
 */
export function MemberDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const record = useMember(id);
  const member = record.data?.member;
  useDocumentTitle(member ? fullName(member.profile.familyName, member.profile.givenName) || member.email : t('directory.detail.title'));
  const date = (value: string | null | undefined) => (value ? new Date(value).toLocaleString(i18n.language) : '');

  if (record.isError) return <QueryProblem error={record.error} onRetry={() => record.refetch()} />;
  if (!member) return <Text>{t('directory.detail.loading')}</Text>;
  const { profile } = member;
  const address = profile.address;

  return (
    <Stack data-testid="member-detail">
      <Anchor component={Link} to="/members">
        {t('directory.detail.back')}
      </Anchor>
      <Group>
        <Title order={1}>{fullName(profile.familyName, profile.givenName) || t('directory.list.noName')}</Title>
        <Badge size="lg" variant="light" data-testid="member-status">
          {t(`directory.status.${member.status}`, member.status)}
        </Badge>
        {!member.mergedInto && member.status !== 'WITHDRAWN' && <MergeDuplicate memberId={member.id} onMerged={() => void record.refetch()} />}
        {!member.mergedInto && member.status !== 'WITHDRAWN' && (
          <StartRequestButton variant="light" member={{ id: member.id, name: fullName(profile.familyName, profile.givenName) || member.email || member.id }} />
        )}
        <Button component={Link} to={`/timeline?memberId=${encodeURIComponent(member.id)}`} variant="default" leftSection={<IconTimeline size={16} />} data-testid="member-timeline">
          {t('timeline.title')}
        </Button>
        <Button component={Link} to={`/mail/deliveries?memberId=${encodeURIComponent(member.id)}`} variant="default" leftSection={<IconMail size={16} />} data-testid="member-mails">
          {t('mailAdmin.deliveries.title')}
        </Button>
      </Group>
      {member.mergedInto && <MergedBanner survivorId={member.mergedInto} />}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('directory.detail.account')}
          </Title>
          <Fields
            rows={[
              [t('directory.column.email'), member.email],
              [t('directory.column.emailConfirmed'), t(`directory.emailConfirmed.${member.emailConfirmed}`)],
              [t('directory.column.status'), t(`directory.status.${member.status}`, member.status)],
              [t('directory.detail.statusReason'), member.statusReason],
              [t('directory.column.verification'), t(`directory.verification.${member.verification.state}`, member.verification.state)],
              [t('directory.detail.verificationReason'), member.verification.reason],
              [t('directory.detail.verificationDecidedAt'), date(member.verification.decidedAt)],
              [t('directory.column.createdAt'), date(member.createdAt)],
              [t('directory.column.updatedAt'), date(member.updatedAt)],
              [t('directory.detail.id'), <Text ff="monospace" size="sm">{member.id}</Text>],
            ]}
          />
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('directory.detail.profile')}
          </Title>
          <Fields
            rows={[
              [t('directory.detail.name'), fullName(profile.familyName, profile.givenName)],
              [t('directory.detail.nameKana'), fullName(profile.familyNameKana, profile.givenNameKana)],
              [t('directory.detail.birthDate'), profile.birthDate],
              [t('directory.column.phone'), formatPhone(profile.phone)],
              [t('directory.detail.occupation'), profile.occupation],
              [t('directory.column.address'), [address.postalCode && `〒${address.postalCode}`, address.prefecture, address.city, address.line1, address.line2].filter(Boolean).join(' ')],
            ]}
          />
          {member.missingFields.length > 0 && (
            <Text size="sm" c="orange" mt="xs" data-testid="member-missing">
              {t('directory.detail.missing', { count: member.missingFields.length })}
            </Text>
          )}
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('directory.detail.payoutAccount')}
          </Title>
          {member.payoutAccount ? (
            <Fields
              rows={[
                [t('directory.detail.bank'), `${member.payoutAccount.bankName} ${member.payoutAccount.branchName}`],
                [t('directory.detail.accountType'), member.payoutAccount.accountType],
                [t('directory.detail.accountNumber'), <span data-testid="masked-account">{member.payoutAccount.maskedAccountNumber}</span>],
                [t('directory.detail.holderKana'), member.payoutAccount.holderKana],
              ]}
            />
          ) : (
            <Text c="dimmed">{t('directory.detail.noPayoutAccount')}</Text>
          )}
        </Card>
        <Card withBorder data-testid="slot-status-change">
          <Title order={2} size="h4" mb="sm">
            {t('directory.detail.statusChange')}
          </Title>
          <StatusChange key={member.version} member={member} onChanged={() => void record.refetch()} />
        </Card>
        <Card withBorder data-testid="slot-verification">
          <Title order={2} size="h4" mb="sm">
            {t('directory.detail.verification')}
          </Title>
          <VerificationSummary memberId={member.id} />
        </Card>
        <Card withBorder data-testid="slot-change-requests">
          <Title order={2} size="h4" mb="sm">
            {t('directory.detail.changeRequests')}
          </Title>
          <MemberChangeRequests memberId={member.id} />
        </Card>
        <Card withBorder data-testid="slot-privacy">
          <Title order={2} size="h4" mb="sm">
            {t('privacy.admin.title')}
          </Title>
          <PrivacyCard key={member.version} member={member} onErased={() => void record.refetch()} />
        </Card>
        <Card withBorder data-testid="slot-history">
          <EntityHistory entityType="member" entityId={member.id} />
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
