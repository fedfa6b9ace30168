import { Anchor, Badge, Center, Group, Image, Loader, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchDocumentContent, type StaffDocument } from './api';

/**
 * One document's content beside the profile: the image, or the PDF embedded with a link to open it.
 * Fetched once per screen (each fetch is a recorded look), never cached beyond it.
 */
export function DocumentViewer({ memberId, document }: { memberId: string; document: StaffDocument }) {
  const { t } = useTranslation();
  const content = useQuery({
    queryKey: ['members', memberId, 'documents', document.id, 'content'],
    queryFn: () => fetchDocumentContent(memberId, document.id),
    staleTime: Infinity,
    gcTime: 0,
  });
  const url = useMemo(() => (content.data ? URL.createObjectURL(content.data) : null), [content.data]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  const isPdf = document.contentType === 'application/pdf';
  const label = `${t(`documents.kind.${document.kind}`)} (${t(`documents.side.${document.side}`)})`;

  let body;
  if (content.isPending) {
    body = (
      <Center h={160}>
        <Loader size="sm" aria-label={t('verification.review.loadingImage')} />
      </Center>
    );
  } else if (!url) {
    body = <Text c="red">{t('verification.review.imageFailed')}</Text>;
  } else if (isPdf) {
    body = (
      <Stack gap="xs">
        <object data={url} type="application/pdf" width="100%" height={420} aria-label={label}>
          <Text>{t('verification.review.pdf')}</Text>
        </object>
      </Stack>
    );
  } else {
    body = <Image src={url} alt={label} fit="contain" mah={420} radius="sm" />;
  }

  return (
    <Paper withBorder radius="md" p="sm" data-testid="review-document">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>{label}</Text>
          <Group gap="xs">
            <Badge variant="light" tt="none">
              {t(`documents.review.${document.review}`)}
            </Badge>
            {url && (
              <Anchor href={url} target="_blank" rel="noopener" size="sm">
                {t('verification.review.openDocument')}
              </Anchor>
            )}
          </Group>
        </Group>
        {body}
      </Stack>
    </Paper>
  );
}
