import { Group, Text } from '@mantine/core';
import { LoginButton } from './LoginButton';
import { LogoutButton } from './LogoutButton';
import { useMe } from './me';

/** Header corner: the member's name and a logout button, or a login button. */
export function AuthControls() {
  const { data: me, isPending, isError } = useMe();
  // While unknown, or when the gateway could not say (the page shows the problem), offer nothing.
  if (isPending || (isError && !me)) return null;
  if (!me) return <LoginButton size="xs" />;
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" visibleFrom="sm" truncate maw={160}>
        {me.name}
      </Text>
      <LogoutButton size="xs" />
    </Group>
  );
}
