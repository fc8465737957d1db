import Close from '@mui/icons-material/Close';
import Download from '@mui/icons-material/Download';
import ZoomIn from '@mui/icons-material/ZoomIn';
import ZoomOut from '@mui/icons-material/ZoomOut';
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

const ZOOMS = [1, 1.5, 2, 3, 4];

interface ImageViewerProps {
  open: boolean;
  url: string;
  alt: string;
  fileName: string;
  onClose(): void;
}

/** The full image over the chat, with zoom steps and a download; full screen on a phone. */
export function ImageViewer({ open, url, alt, fileName, onClose }: ImageViewerProps) {
  const { t } = useTranslation();
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const [zoom, setZoom] = useState(0);
  const titleId = useId();
  const close = () => {
    setZoom(0);
    onClose();
  };
  return (
    <Dialog
      open={open}
      onClose={close}
      fullScreen={phone}
      maxWidth={false}
      aria-labelledby={titleId}
      slotProps={{ paper: { sx: phone ? {} : { width: 'min(90vw, 1100px)', height: '88vh' } } }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', px: 1, py: 0.5, gap: 0.5 }}>
        <Typography id={titleId} variant="subtitle1" sx={{ flex: 1, pl: 1 }} noWrap>
          {t('chat.viewer.title')}
        </Typography>
        <IconButton aria-label={t('chat.viewer.zoomOut')} onClick={() => setZoom((z) => Math.max(0, z - 1))} disabled={zoom === 0}>
          <ZoomOut />
        </IconButton>
        <IconButton aria-label={t('chat.viewer.zoomIn')} onClick={() => setZoom((z) => Math.min(ZOOMS.length - 1, z + 1))} disabled={zoom === ZOOMS.length - 1}>
          <ZoomIn />
        </IconButton>
        <IconButton aria-label={t('chat.viewer.download')} component="a" href={url} download={fileName}>
          <Download />
        </IconButton>
        <IconButton aria-label={t('common.close')} onClick={close}>
          <Close />
        </IconButton>
      </Stack>
      <Box sx={{ overflow: 'auto', bgcolor: 'grey.900', flex: 1, minHeight: 0, display: 'grid', placeItems: zoom === 0 ? 'center' : 'start' }}>
        <Box
          component="img"
          src={url}
          alt={alt}
          sx={{
            display: 'block',
            // At 1x the image fits the box; each step enlarges it past it and the box scrolls.
            ...(zoom === 0 ? { maxWidth: '100%', maxHeight: '100%', objectFit: 'contain' } : { width: `${ZOOMS[zoom]! * 100}%`, maxWidth: 'none' }),
          }}
        />
      </Box>
    </Dialog>
  );
}
