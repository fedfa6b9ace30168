import { ActionIcon, Button, Card, FileButton, Group, Image, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconPhotoPlus, IconTrash } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemOf } from '../../shared/api/problem';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { deletePhoto, type ItemView, photoUrl, uploadPhoto } from './api';

const ACCEPT = 'image/jpeg,image/png,image/heic,image/heif,.heic,.heif';

/** The item's photos: look at them (a click opens the full image), add one, delete one. */
export function PhotosCard({ item, onChanged }: { item: ItemView; onChanged: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<string | null>(null);
  const upload = useMutation({
    mutationFn: (file: File) => uploadPhoto(item.id, file),
    onSuccess: () => onChanged(),
  });
  const remove = useMutation({
    mutationFn: (photoId: string) => deletePhoto(item.id, photoId),
    onSuccess: () => {
      setConfirming(null);
      return onChanged();
    },
  });
  const failure = upload.error ?? remove.error;

  return (
    <Card withBorder data-testid="item-photos">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('adminItems.photos.title', { count: item.photos.length })}
          </Title>
          <FileButton onChange={(file) => file && upload.mutate(file)} accept={ACCEPT}>
            {(props) => (
              <Button {...props} size="xs" variant="light" leftSection={<IconPhotoPlus size={16} aria-hidden />} loading={upload.isPending} data-testid="photo-upload">
                {t('adminItems.photos.upload')}
              </Button>
            )}
          </FileButton>
        </Group>
        <Text size="xs" c="dimmed">
          {t('adminItems.photos.hint')}
        </Text>
        {item.photos.length === 0 && <Text c="dimmed">{t('adminItems.photos.none')}</Text>}
        <SimpleGrid cols={3} spacing="xs">
          {item.photos.map((photo, index) => (
            <Stack key={photo.id} gap={4} data-testid="photo">
              <a href={photoUrl(item.id, photo.id)} target="_blank" rel="noreferrer">
                <Image src={photoUrl(item.id, photo.id)} alt={t('adminItems.photos.alt', { number: item.number, index: index + 1 })} h={110} fit="cover" radius="sm" />
              </a>
              <Group justify="space-between" gap={4} wrap="nowrap">
                <Text size="xs" c="dimmed">
                  {Math.max(1, Math.round(photo.size / 1024)).toLocaleString()} KB
                </Text>
                {confirming === photo.id ? (
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-xs" color="red" onClick={() => remove.mutate(photo.id)} loading={remove.isPending} data-testid="photo-delete-confirm">
                      {t('adminItems.photos.delete')}
                    </Button>
                    <Button size="compact-xs" variant="default" onClick={() => setConfirming(null)}>
                      {t('adminItems.photos.keep')}
                    </Button>
                  </Group>
                ) : (
                  <Tooltip label={t('adminItems.photos.delete')}>
                    <ActionIcon variant="subtle" color="red" onClick={() => setConfirming(photo.id)} aria-label={t('adminItems.photos.deleteOne', { index: index + 1 })} data-testid="photo-delete">
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                )}
              </Group>
            </Stack>
          ))}
        </SimpleGrid>
        {failure && <ProblemDetails problem={problemOf(failure)} />}
      </Stack>
    </Card>
  );
}
