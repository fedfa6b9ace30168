import { Anchor, Badge, Button, Group, Pagination, Select, Stack, Table, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSearch, IconSelector } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { useDocumentTitle } from '../../shared/layout/useDocumentTitle';
import { PREFECTURES } from '../../member/profile/prefectures';
import { formatPhone, fullName, type MemberSummary, SORTABLE, STATUSES, useMemberList, VERIFICATION_STATES } from './api';

type SortColumn = (typeof SORTABLE)[number];

/**
 * 会員一覧: search by name, kana, phone, email or postal code, filter by status, verification,
 * email confirmation and prefecture, sort by a column and page; everything is in the URL, so a
 * search can be bookmarked or sent to a colleague. A row opens the member.
 */
export function MemberListPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('directory.list.title'));
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const [typed, setTyped] = useState(params.get('q') ?? '');
  const list = useMemberList(params);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };

  const search = (event: FormEvent) => {
    event.preventDefault();
    update({ q: typed.trim() || null });
  };

  const [sortField, sortDirection] = (params.get('sort') ?? 'createdAt,desc').split(',');
  const sortBy = (column: SortColumn) => {
    const direction = sortField === column && sortDirection === 'asc' ? 'desc' : 'asc';
    update({ sort: `${column},${direction}` });
  };

  const header = (column: SortColumn) => {
    const Icon = sortField !== column ? IconSelector : sortDirection === 'asc' ? IconChevronUp : IconChevronDown;
    return (
      <Table.Th aria-sort={sortField === column ? (sortDirection === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <UnstyledButton onClick={() => sortBy(column)} data-testid={`sort-${column}`}>
          <Group gap={4} wrap="nowrap">
            {t(`directory.column.${column}`)}
            <Icon size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Table.Th>
    );
  };

  const prefectureOptions = PREFECTURES.map((p) => ({ value: p.name, label: i18n.language === 'en' ? p.romaji : p.name }));
  const page = list.data?.page;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('directory.list.title')}</Title>
        <Button component={Link} to="/members/import" variant="light">
          {t('directory.import.open')}
        </Button>
      </Group>
      <form onSubmit={search} role="search">
        <Group align="end">
          <TextInput
            label={t('directory.list.search')}
            description={t('directory.list.searchHint')}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            leftSection={<IconSearch size={16} aria-hidden />}
            w={360}
            data-testid="member-search"
          />
          <Button type="submit">{t('directory.list.searchButton')}</Button>
        </Group>
      </form>
      <Group>
        <Select
          label={t('directory.column.status')}
          placeholder={t('directory.filter.any')}
          data={STATUSES.map((s) => ({ value: s, label: t(`directory.status.${s}`) }))}
          value={params.get('status')}
          onChange={(value) => update({ status: value })}
          clearable
          data-testid="filter-status"
        />
        <Select
          label={t('directory.column.verification')}
          placeholder={t('directory.filter.any')}
          data={VERIFICATION_STATES.map((s) => ({ value: s, label: t(`directory.verification.${s}`) }))}
          value={params.get('verification')}
          onChange={(value) => update({ verification: value })}
          clearable
        />
        <Select
          label={t('directory.column.emailConfirmed')}
          placeholder={t('directory.filter.any')}
          data={[
            { value: 'true', label: t('directory.emailConfirmed.true') },
            { value: 'false', label: t('directory.emailConfirmed.false') },
          ]}
          value={params.get('emailConfirmed')}
          onChange={(value) => update({ emailConfirmed: value })}
          clearable
        />
        <Select
          label={t('directory.column.prefecture')}
          placeholder={t('directory.filter.any')}
          data={prefectureOptions}
          value={params.get('prefecture')}
          onChange={(value) => update({ prefecture: value })}
          clearable
          searchable
        />
      </Group>
      {list.isError && <QueryProblem error={list.error} onRetry={() => list.refetch()} />}
      {list.data && (
        <>
          <Text size="sm" c="dimmed" data-testid="member-total">
            {t('directory.list.total', { count: page?.totalElements ?? 0 })}
          </Text>
          <Table highlightOnHover striped data-testid="member-table">
            <Table.Thead>
              <Table.Tr>
                {header('nameKana')}
                <Table.Th>{t('directory.column.email')}</Table.Th>
                <Table.Th>{t('directory.column.phone')}</Table.Th>
                <Table.Th>{t('directory.column.address')}</Table.Th>
                {header('status')}
                <Table.Th>{t('directory.column.verification')}</Table.Th>
                {header('createdAt')}
                {header('updatedAt')}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.content.map((member: MemberSummary) => (
                <Table.Tr
                  key={member.id}
                  onClick={() => navigate(`/members/${member.id}`)}
                  style={{ cursor: 'pointer' }}
                  data-testid="member-row"
                >
                  <Table.Td>
                    <Anchor component={Link} to={`/members/${member.id}`} onClick={(e) => e.stopPropagation()}>
                      {member.erasedAt ? t('privacy.admin.erasedName') : fullName(member.familyName, member.givenName) || t('directory.list.noName')}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {fullName(member.familyNameKana, member.givenNameKana)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {member.email}
                    {!member.emailConfirmed && (
                      <Badge ml="xs" size="xs" color="orange" variant="light">
                        {t('directory.emailConfirmed.false')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{formatPhone(member.phone)}</Table.Td>
                  <Table.Td>{[member.postalCode && `〒${member.postalCode}`, member.prefecture].filter(Boolean).join(' ')}</Table.Td>
                  <Table.Td>
                    <Badge variant="light">{t(`directory.status.${member.status}`, member.status)}</Badge>
                  </Table.Td>
                  <Table.Td>{t(`directory.verification.${member.verification}`, member.verification)}</Table.Td>
                  <Table.Td>{new Date(member.createdAt).toLocaleDateString(i18n.language)}</Table.Td>
                  <Table.Td>{member.updatedAt && new Date(member.updatedAt).toLocaleDateString(i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {list.data.content.length === 0 && <Text data-testid="member-none">{t('directory.list.none')}</Text>}
          {page && page.totalPages > 1 && (
            <Pagination
              total={page.totalPages}
              value={page.number + 1}
              onChange={(value) => update({ page: String(value - 1) })}
              getControlProps={(control) => ({ 'aria-label': t(`directory.list.${control}Page`) })}
            />
          )}
        </>
      )}
    </Stack>
  );
}
