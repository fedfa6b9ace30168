import { Button, Group, Stack, Text } from '@mantine/core';
import { IconDownload, IconEraser } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../shared/auth/me';
import { exportUrl, type PrivacyOfMember } from './api';
import { ErasureDialog } from './ErasureDialog';

/**
 * 個人情報 on the member detail page: staff download everything held about the member as a ZIP
 * (the download is recorded in the audit log); admins may erase the member's personal data.
 */
export function PrivacyCard<T extends PrivacyOfMember>({ member, onErased }: { member: T; onErased?: (member: T) => void }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [open, setOpen] = useState(false);
  const admin = !!me.data?.roles.includes('admin');
  const erasedAt = member.erasedAt;

  return (
    <Stack gap="sm" align="flex-start" data-testid="privacy-card" data-roles-known={me.isSuccess}>
      <Text size="sm" c="dimmed">
        {t('privacy.admin.exportIntro')}
      </Text>
      <Button component="a" href={exportUrl(member.id)} download variant="light" leftSection={<IconDownload size={16} />} data-testid="privacy-export">
        {t('privacy.admin.export')}
      </Button>
      {erasedAt ? (
        <Text size="sm" data-testid="privacy-erased">
          {t('privacy.admin.erasedAt', { date: new Date(erasedAt).toLocaleString(i18n.language) })}
        </Text>
      ) : (
        admin && (
          <Group gap="sm">
            <Button color="red" variant="outline" leftSection={<IconEraser size={16} />} onClick={() => setOpen(true)} data-testid="privacy-erase">
              {t('privacy.admin.erase')}
            </Button>
          </Group>
        )
      )}
      <ErasureDialog<T>
        member={member}
        opened={open}
        onClose={() => setOpen(false)}
        onErased={(erased) => {
          setOpen(false);
          onErased?.(erased);
        }}
      />
    </Stack>
  );
}
