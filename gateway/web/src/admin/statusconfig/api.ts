import { useQuery } from '@tanstack/react-query';
import { apiExchange } from '../../shared/api/client';
import type { RequestTypeConfig, StatusDef, Transition } from '../requests/api';

export const typeConfigKey = (type: string) => ['requests', 'types', 'config', type] as const;

export interface VersionedConfig {
  config: RequestTypeConfig;
  etag: string;
}

function versioned(answer: { data: RequestTypeConfig; headers: Headers }): VersionedConfig {
  return { config: answer.data, etag: answer.headers.get('ETag') ?? `"${answer.data.version}"` };
}

/** One type's configuration with its ETag, to edit (`GET /api/requests/types/{type}`). */
export function useTypeConfig(type: string | null) {
  return useQuery({
    queryKey: typeConfigKey(type ?? ''),
    queryFn: async () => versioned(await apiExchange<RequestTypeConfig>(`/api/requests/types/${encodeURIComponent(type ?? '')}`)),
    enabled: !!type,
  });
}

/** Replaces a type's statuses and transitions (admin, `If-Match`); answers with the stored configuration. */
export async function saveTypeConfig(type: string, etag: string, body: { statuses: StatusDef[]; transitions: Transition[] }): Promise<VersionedConfig> {
  return versioned(await apiExchange<RequestTypeConfig>(`/api/requests/types/${encodeURIComponent(type)}`, { method: 'PUT', headers: { 'If-Match': etag }, body }));
}
