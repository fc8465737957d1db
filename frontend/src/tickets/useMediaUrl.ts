import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { apiBlob } from '../api/client';

/**
 * Media needs the bearer token, so an <img src> cannot point at the API: the file is fetched once and shown
 * through an object URL, released when the component goes away.
 */
export function useMediaUrl(messageId: number, enabled: boolean) {
  const file = useQuery({
    queryKey: ['media', messageId],
    queryFn: ({ signal }) => apiBlob(`/api/messages/${messageId}/media`, signal),
    enabled,
    staleTime: Infinity,
    retry: 1,
  });
  const url = useMemo(() => (file.data ? URL.createObjectURL(file.data) : null), [file.data]);
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  return { url, isError: file.isError, isPending: file.isPending && enabled };
}
