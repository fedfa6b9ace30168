import { ActionIcon, Alert, Anchor, Button, FileButton, Group, Image, Loader, Stack, Text } from '@mantine/core';
import { IconCamera, IconPhoto, IconX } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, problemOf } from '../../shared/api/problem';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { ACCEPTED_PHOTOS, deletePhoto, type MemberItem, MAX_PHOTO_BYTES, photoUrl, uploadPhoto } from './api';

/** A refused photo in the member's words, where the rule is known (type, size, empty). */
function photoProblemKey(error: unknown): 'type' | 'tooLarge' | 'empty' | null {
  if (!isApiError(error)) return null;
  const code = String((error.problem as { code?: unknown }).code ?? '');
  if (error.status === 415 || /type/i.test(code)) return 'type';
  if (error.status === 413 || /large|size/i.test(code)) return 'tooLarge';
  if (/empty/i.test(code)) return 'empty';
  return null;
}

/**
 * The item's photos as thumbnails (each opens the full photo), and, while the member may still edit
 * the item, a button that opens the phone's camera, one that picks photos already taken, and remove.
 */
export function ItemPhotos({ item, editable, onChanged }: { item: MemberItem; editable: boolean; onChanged: () => Promise<unknown> | void }) {
  const { t } = useTranslation();
  const camera = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<{ done: number; total: number } | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tooLarge, setTooLarge] = useState(false);

  const upload = async (files: File[]) => {
    setError(null);
    setTooLarge(false);
    if (files.length === 0) return;
    if (files.some((file) => file.size > MAX_PHOTO_BYTES)) {
      setTooLarge(true);
      return;
    }
    setBusy({ done: 0, total: files.length });
    try {
      for (const [index, file] of files.entries()) {
        await uploadPhoto(item.id, file);
        setBusy({ done: index + 1, total: files.length });
      }
    } catch (cause) {
      setError(cause);
    } finally {
      await onChanged();
      setBusy(null);
      if (camera.current) camera.current.value = '';
    }
  };

  const remove = async (photoId: string) => {
    if (!window.confirm(t('items.photos.confirmRemove'))) return;
    setError(null);
    setRemoving(photoId);
    try {
      await deletePhoto(item.id, photoId);
      await onChanged();
    } catch (cause) {
      setError(cause);
    } finally {
      setRemoving(null);
    }
  };

  const knownKey = tooLarge ? 'tooLarge' : photoProblemKey(error);
  const disabled = busy !== null || removing !== null;
  return (
    <Stack gap="xs" data-testid="item-photos">
      {item.photos.length > 0 ? (
        <Group gap="xs">
          {item.photos.map((photo, index) => (
            <div key={photo.id} style={{ position: 'relative' }} data-testid="item-photo">
              <Anchor href={photoUrl(item.id, photo.id)} target="_blank" rel="noopener" aria-label={t('items.photos.open', { number: index + 1 })}>
                <Image src={photoUrl(item.id, photo.id)} alt={t('items.photos.alt', { number: index + 1 })} w={80} h={80} fit="cover" radius="sm" loading="lazy" />
              </Anchor>
              {editable && (
                <ActionIcon
                  size="sm"
                  radius="xl"
                  color="dark"
                  variant="filled"
                  style={{ position: 'absolute', top: 4, right: 4 }}
                  aria-label={t('items.photos.remove', { number: index + 1 })}
                  loading={removing === photo.id}
                  disabled={disabled}
                  onClick={() => void remove(photo.id)}
                  data-testid="item-photo-remove"
                >
                  <IconX size={14} />
                </ActionIcon>
              )}
            </div>
          ))}
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t('items.photos.none')}
        </Text>
      )}
      {editable && (
        <>
          {/* capture: the phone opens its camera at once; the other button picks photos already taken. */}
          <input
            ref={camera}
            type="file"
            accept={ACCEPTED_PHOTOS}
            capture="environment"
            hidden
            data-testid="item-photo-camera"
            onChange={(event) => void upload(Array.from(event.currentTarget.files ?? []))}
          />
          <Group gap="xs" grow>
            <Button variant="light" size="sm" leftSection={<IconCamera size={18} />} disabled={disabled} onClick={() => camera.current?.click()}>
              {t('items.photos.takePhoto')}
            </Button>
            <FileButton multiple accept={ACCEPTED_PHOTOS} onChange={(files) => void upload(files)} disabled={disabled} inputProps={{ 'data-testid': 'item-photo-choose' } as object}>
              {(props) => (
                <Button variant="default" size="sm" leftSection={<IconPhoto size={18} />} {...props}>
                  {t('items.photos.choose')}
                </Button>
              )}
            </FileButton>
          </Group>
        </>
      )}
      {busy && (
        <Group gap="xs" role="status" data-testid="item-photo-uploading">
          <Loader size="xs" aria-hidden />
          <Text size="sm">{t('items.photos.uploading', { done: busy.done, total: busy.total })}</Text>
        </Group>
      )}
      {knownKey ? (
        <Alert color="red" variant="light" data-testid="item-photo-error" p="xs">
          {t(`items.photos.error.${knownKey}`)}
        </Alert>
      ) : (
        error !== null && <ProblemDetails problem={problemOf(error)} />
      )}
    </Stack>
  );
}
