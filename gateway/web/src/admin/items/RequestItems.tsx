import { Anchor, Button, Card, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { problemOf } from '../../shared/api/problem';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { createItem, useItemFields, useItemList } from './api';
import { itemName } from './format';
import { MissingMarker, PriceCells } from './parts';

/** Asks for what the item is called, creates it and opens it in the editor. */
function AddItemDialog({ requestId, onClose }: { requestId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const create = useMutation({
    mutationFn: () => createItem(requestId, name.trim() ? { name: name.trim() } : {}),
    onSuccess: (item) => {
      void queryClient.invalidateQueries({ queryKey: ['admin', 'items'] });
      navigate(`/items/${item.id}`);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t('adminItems.request.addTitle')} centered>
      <form onSubmit={submit}>
        <Stack gap="sm" data-testid="add-item-dialog">
          <TextInput
            label={t('adminItems.request.name')}
            description={t('adminItems.request.nameHint')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            maxLength={200}
            data-autofocus
            data-testid="add-item-name"
          />
          {create.isError && <ProblemDetails problem={problemOf(create.error)} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('adminItems.request.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="add-item-confirm">
              {t('adminItems.request.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * The items of one request, compact, for the request detail page: number, name, missing required
 * fields and the auction figures, each opening the item editor; staff add items here.
 */
export function RequestItems({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const search = new URLSearchParams({ requestId, size: '100', sort: 'number,asc' }).toString();
  const list = useItemList(search);
  const fields = useItemFields();
  const [adding, setAdding] = useState(false);
  const items = list.data?.content ?? [];
  const total = list.data?.page.totalElements ?? 0;

  return (
    <Card withBorder data-testid="request-items">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('adminItems.request.title', { count: total })}
          </Title>
          <Group gap="xs">
            {total > 0 && (
              <Anchor component={Link} to={`/items?requestId=${encodeURIComponent(requestId)}`} size="sm">
                {t('adminItems.request.openList')}
              </Anchor>
            )}
            <Button size="xs" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)} data-testid="add-item">
              {t('adminItems.request.add')}
            </Button>
          </Group>
        </Group>
        {list.isError && <QueryProblem error={list.error} onRetry={() => void list.refetch()} />}
        {list.data && items.length === 0 && <Text c="dimmed">{t('adminItems.request.none')}</Text>}
        {items.length > 0 && (
          <Table striped highlightOnHover verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('adminItems.column.number')}</Table.Th>
                <Table.Th>{t('adminItems.column.name')}</Table.Th>
                <Table.Th>{t('adminItems.column.missing')}</Table.Th>
                <Table.Th ta="right">{t('adminItems.column.currentBid')}</Table.Th>
                <Table.Th ta="right">{t('adminItems.column.hammerPrice')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.id} data-testid="request-item-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/items/${item.id}`} ff="monospace" size="sm">
                      {item.number}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{itemName(item)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <MissingMarker item={item} fields={fields.data?.config.fields} />
                  </Table.Td>
                  <PriceCells item={item} />
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {total > items.length && (
          <Text size="sm" c="dimmed">
            {t('adminItems.request.more', { count: total - items.length })}
          </Text>
        )}
      </Stack>
      {adding && <AddItemDialog requestId={requestId} onClose={() => setAdding(false)} />}
    </Card>
  );
}
