import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { settingsApi, type Settings } from './settingsApi';

export const settingsKey = ['settings'] as const;

export function useSettings({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: settingsKey, queryFn: ({ signal }) => settingsApi.get(signal), enabled });
}

/** Saves every setting at once; the answer (what the server stored) becomes the cached settings. */
export function useSaveSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (settings: Settings) => settingsApi.save(settings),
    onSuccess: (saved) => client.setQueryData(settingsKey, saved),
  });
}
