import { Alert, Anchor, Badge, Button, Group, List, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError, type ProblemDetail } from '../../shared/api/problem';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { useDynamicT } from '../../shared/i18n/useDynamicT';
import { formatPhone, fullName, type MemberSummary } from '../members/api';
import { fetchPreview, merge, searchMembers, type Blocker, type FieldPlan, type MergePreview, type MergeResult } from './api';

type Step = 'search' | 'preview' | 'confirm' | 'done';

/** A field's label: the profile's wording where there is one. */
function useFieldLabel() {
  const { dt, exists } = useDynamicT();
  return (field: string) => (exists(`profile.field.${field}`) ? dt(`profile.field.${field}`) : exists(`merge.field.${field}`) ? dt(`merge.field.${field}`) : field);
}

function BlockerList({ blockers }: { blockers: Blocker[] }) {
  const { t } = useTranslation();
  const { dt, exists } = useDynamicT();
  return (
    <Alert color="red" title={t('merge.blockersTitle')} data-testid="merge-blockers">
      <List size="sm" spacing="xs">
        {blockers.map((blocker) => (
          <List.Item key={blocker.code} data-code={blocker.code}>
            <Text size="sm" fw={600}>
              {exists(`merge.blocker.${blocker.code}`) ? dt(`merge.blocker.${blocker.code}`) : blocker.detail}
            </Text>
            <Text size="sm">{exists(`merge.hint.${blocker.code}`) ? dt(`merge.hint.${blocker.code}`) : blocker.hint}</Text>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

function PlanTable({ fields }: { fields: FieldPlan[] }) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const none = <Text c="dimmed">—</Text>;
  return (
    <Table withTableBorder withColumnBorders data-testid="merge-plan">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('merge.column.field')}</Table.Th>
          <Table.Th>{t('merge.column.survivor')}</Table.Th>
          <Table.Th>{t('merge.column.duplicate')}</Table.Th>
          <Table.Th>{t('merge.column.result')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {fields.map((plan) => (
          <Table.Tr
            key={plan.field}
            data-field={plan.field}
            data-conflict={plan.conflict || undefined}
            data-taken={plan.taken || undefined}
            bg={plan.conflict ? 'var(--mantine-color-yellow-light)' : plan.taken ? 'var(--mantine-color-teal-light)' : undefined}
          >
            <Table.Td fw={600}>{label(plan.field)}</Table.Td>
            <Table.Td>{plan.survivor ?? none}</Table.Td>
            <Table.Td>{plan.duplicate ?? none}</Table.Td>
            <Table.Td>
              <Group gap={6}>
                {plan.result ?? none}
                {plan.taken && (
                  <Badge size="xs" color="teal" variant="light">
                    {t('merge.taken')}
                  </Badge>
                )}
                {plan.conflict && (
                  <Badge size="xs" color="yellow" variant="filled">
                    {t('merge.conflict')}
                  </Badge>
                )}
                {plan.withheld && (
                  <Badge size="xs" color="gray" variant="light">
                    {t('merge.withheld')}
                  </Badge>
                )}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * 名寄せ on the member detail page: staff look up the other record of the same person, see both side
 * by side with the merged values and conflicts, read why a merge cannot go ahead if it cannot, and
 * confirm. The record of the page is the survivor unless staff turn the direction round (the hint
 * when the other record is the verified one).
 */
export function MergeDuplicate({ memberId, onMerged }: { memberId: string; onMerged?: (result: MergeResult) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(false);
  const [step, setStep] = useState<Step>('search');
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<MemberSummary[] | null>(null);
  const [preview, setPreview] = useState<MergePreview | null>(null);
  const [result, setResult] = useState<MergeResult | null>(null);
  const [problem, setProblem] = useState<ProblemDetail | null>(null);
  const [busy, setBusy] = useState(false);

  const fail = (error: unknown) => setProblem(isApiError(error) ? error.problem : { detail: String(error) });
  const open = () => {
    setOpened(true);
    setStep('search');
    setFound(null);
    setPreview(null);
    setResult(null);
    setProblem(null);
  };
  const search = async (event: FormEvent) => {
    event.preventDefault();
    if (query.trim() === '') return;
    setBusy(true);
    setProblem(null);
    try {
      const page = await searchMembers(query.trim());
      setFound(page.content.filter((member) => member.id !== memberId));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };
  const showPreview = async (survivorId: string, duplicateId: string) => {
    setBusy(true);
    setProblem(null);
    try {
      setPreview(await fetchPreview(survivorId, duplicateId));
      setStep('preview');
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };
  const confirm = async () => {
    if (!preview) return;
    setBusy(true);
    setProblem(null);
    try {
      const merged = await merge(preview);
      setResult(merged);
      setStep('done');
      await queryClient.invalidateQueries({ queryKey: ['admin'] });
      onMerged?.(merged);
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const survivorName = (record: MergePreview['survivor']) => fullName(record.profile.familyName, record.profile.givenName) || record.email || record.id;
  const blocked = (preview?.blockers.length ?? 0) > 0;

  return (
    <>
      <Button variant="light" onClick={open} data-testid="merge-open">
        {t('merge.action')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('merge.title')} size="xl" centered>
        <Stack gap="md" data-testid="merge-dialog">
          {step === 'search' && (
            <>
              <Text size="sm">{t('merge.searchIntro')}</Text>
              <form onSubmit={(event) => void search(event)}>
                <Group align="flex-end">
                  <TextInput
                    label={t('merge.searchLabel')}
                    placeholder={t('merge.searchPlaceholder')}
                    value={query}
                    onChange={(event) => setQuery(event.currentTarget.value)}
                    style={{ flex: 1 }}
                    data-autofocus
                    data-testid="merge-search-input"
                  />
                  <Button type="submit" loading={busy} data-testid="merge-search">
                    {t('merge.search')}
                  </Button>
                </Group>
              </form>
              {found && found.length === 0 && (
                <Text c="dimmed" data-testid="merge-no-match">
                  {t('merge.noMatch')}
                </Text>
              )}
              {found && found.length > 0 && (
                <Table data-testid="merge-candidates">
                  <Table.Tbody>
                    {found.map((candidate) => (
                      <Table.Tr key={candidate.id} data-testid="merge-candidate">
                        <Table.Td>{fullName(candidate.familyName, candidate.givenName) || '—'}</Table.Td>
                        <Table.Td>{fullName(candidate.familyNameKana, candidate.givenNameKana)}</Table.Td>
                        <Table.Td>{formatPhone(candidate.phone)}</Table.Td>
                        <Table.Td>{candidate.email}</Table.Td>
                        <Table.Td>
                          <Button size="xs" variant="light" onClick={() => void showPreview(memberId, candidate.id)} data-testid="merge-choose">
                            {t('merge.choose')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </>
          )}

          {step === 'preview' && preview && (
            <>
              <Text size="sm" data-testid="merge-direction">
                {t('merge.direction', { duplicate: survivorName(preview.duplicate), survivor: survivorName(preview.survivor) })}
              </Text>
              {preview.resuming && (
                <Alert color="blue" data-testid="merge-resuming">
                  {t('merge.resuming')}
                </Alert>
              )}
              <PlanTable fields={preview.fields} />
              <Text size="sm" data-testid="merge-moves">
                {t('merge.moves', { documents: preview.documents, changeRequests: preview.changeRequests })}
              </Text>
              {blocked && <BlockerList blockers={preview.blockers} />}
              <Group justify="space-between">
                <Button variant="subtle" onClick={() => void showPreview(preview.duplicate.id, preview.survivor.id)} loading={busy} data-testid="merge-swap">
                  {t('merge.swap')}
                </Button>
                <Group>
                  <Button variant="default" onClick={() => setStep('search')}>
                    {t('merge.back')}
                  </Button>
                  <Button disabled={blocked} onClick={() => setStep('confirm')} data-testid="merge-next">
                    {t('merge.next')}
                  </Button>
                </Group>
              </Group>
            </>
          )}

          {step === 'confirm' && preview && (
            <>
              <Title order={3} size="h5">
                {t('merge.confirmTitle')}
              </Title>
              <Text data-testid="merge-confirm-text">
                {t('merge.confirmText', { duplicate: survivorName(preview.duplicate), survivor: survivorName(preview.survivor) })}
              </Text>
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setStep('preview')} disabled={busy}>
                  {t('merge.back')}
                </Button>
                <Button color="red" loading={busy} onClick={() => void confirm()} data-testid="merge-confirm">
                  {t('merge.confirm')}
                </Button>
              </Group>
            </>
          )}

          {step === 'done' && result && (
            <Alert color="teal" title={t('merge.doneTitle')} data-testid="merge-done">
              <Anchor component={Link} to={`/members/${result.survivor.id}`} onClick={() => setOpened(false)} data-testid="merge-survivor-link">
                {t('merge.openSurvivor', { name: survivorName(result.survivor) })}
              </Anchor>
            </Alert>
          )}

          {problem && (
            <>
              {Array.isArray((problem as { blockers?: unknown }).blockers) && <BlockerList blockers={(problem as { blockers: Blocker[] }).blockers} />}
              <ProblemDetails problem={problem} />
            </>
          )}
        </Stack>
      </Modal>
    </>
  );
}

/** Shown on a merged record's detail page: it only points to the record that stays. */
export function MergedBanner({ survivorId }: { survivorId: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="gray" variant="filled" title={t('merge.banner.title')} data-testid="merged-banner">
      <Text size="sm">{t('merge.banner.text')}</Text>
      <Anchor component={Link} to={`/members/${survivorId}`} c="white" fw={700} underline="always" data-testid="merged-banner-link">
        {t('merge.banner.link', { id: survivorId })}
      </Anchor>
    </Alert>
  );
}
