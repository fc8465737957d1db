import AudioFile from '@mui/icons-material/AudioFileOutlined';
import Description from '@mui/icons-material/DescriptionOutlined';
import Movie from '@mui/icons-material/MovieOutlined';
import Box from '@mui/material/Box';
import type { QuickReplyMedia } from '@atende/contract';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { apiBlob } from '../../api/client';

/**
 * What a quick reply's file looks like, small: the image itself (fetched with the bearer token — the file is
 * never at a public address), or an icon for audio, video and documents. The file name is said beside it by the
 * caller.
 */
export function QuickReplyMediaThumb({ id, media, size = 40 }: { id: number; media: QuickReplyMedia; size?: number }) {
  const image = media.mediaType === 'image';
  const file = useQuery({
    queryKey: ['quick-replies', 'media', id, media.fileName, media.size],
    queryFn: ({ signal }) => apiBlob(`/api/quick-replies/${id}/media`, signal),
    enabled: image,
    staleTime: Infinity,
    retry: 1,
  });
  const url = useMemo(() => (file.data && typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file.data) : null), [file.data]);
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  const box = { width: size, height: size, borderRadius: 1, flexShrink: 0 };
  if (image && url) return <Box component="img" src={url} alt={media.fileName} sx={{ ...box, objectFit: 'cover' }} />;
  const Icon = media.mediaType === 'audio' || media.mediaType === 'voice' ? AudioFile : media.mediaType === 'video' ? Movie : Description;
  return (
    <Box
      role="img"
      aria-label={media.fileName}
      sx={{ ...box, display: 'grid', placeItems: 'center', bgcolor: 'action.hover', color: 'text.secondary' }}
      data-media-type={media.mediaType}
    >
      <Icon aria-hidden />
    </Box>
  );
}
