import Close from '@mui/icons-material/Close';
import Description from '@mui/icons-material/DescriptionOutlined';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from './messageRules';

/** Files waiting to be sent (picked, pasted or dropped): a thumbnail or an icon, name, size, remove. */
export function AttachmentPreview({ files, onRemove }: { files: File[]; onRemove(file: File): void }) {
  const { t } = useTranslation();
  if (files.length === 0) return null;
  return (
    <Stack role="list" aria-label={t('chat.attachments.label')} direction="row" sx={{ gap: 1, flexWrap: 'wrap', mb: 1 }}>
      {files.map((file, index) => (
        <Stack
          key={`${file.name}-${file.size}-${index}`}
          role="listitem"
          direction="row"
          spacing={1}
          sx={{ alignItems: 'center', p: 0.5, pr: 0, borderRadius: 1, bgcolor: 'action.hover', maxWidth: '100%' }}
        >
          <Thumbnail file={file} />
          <Box sx={{ minWidth: 0, maxWidth: 200 }}>
            <Typography variant="body2" noWrap title={file.name}>
              {file.name}
            </Typography>
            <FileSize bytes={file.size} />
          </Box>
          <IconButton size="small" aria-label={t('chat.attachments.remove', { name: file.name })} onClick={() => onRemove(file)}>
            <Close fontSize="small" />
          </IconButton>
        </Stack>
      ))}
    </Stack>
  );
}

function FileSize({ bytes }: { bytes: number }) {
  const { i18n } = useTranslation();
  return (
    <Typography variant="caption" color="text.secondary">
      {formatBytes(bytes, i18n.language)}
    </Typography>
  );
}

function Thumbnail({ file }: { file: File }) {
  const [url, setUrl] = useState<string | null>(null);
  const image = file.type.startsWith('image/');
  useEffect(() => {
    if (!image || typeof URL.createObjectURL !== 'function') return;
    const created = URL.createObjectURL(file);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- an object URL is made and revoked with the file, outside any render
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [file, image]);
  if (image && url) return <Box component="img" src={url} alt={file.name} sx={{ width: 48, height: 48, objectFit: 'cover', borderRadius: 1 }} />;
  return (
    <Box sx={{ width: 48, height: 48, display: 'grid', placeItems: 'center' }}>
      <Description color="action" />
    </Box>
  );
}
