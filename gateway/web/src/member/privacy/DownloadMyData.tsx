import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** `GET /api/members/me/privacy-export`: the ZIP of everything the shop holds about the member. */
export const OWN_EXPORT_URL = '/api/members/me/privacy-export';

/** 個人データのダウンロード: in the account section of the profile page, beside leaving the shop. */
export function DownloadMyData() {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="own-data-title" data-testid="own-data-section">
      <Stack gap="xs" align="flex-start">
        <Title order={2} size="h4" id="own-data-title">
          {t('privacy.member.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('privacy.member.intro')}
        </Text>
        <Anchor href={OWN_EXPORT_URL} download data-testid="own-data-download">
          <IconDownload size={16} style={{ verticalAlign: 'text-bottom' }} /> {t('privacy.member.download')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
