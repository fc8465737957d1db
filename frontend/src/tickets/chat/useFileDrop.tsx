import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

/**
 * Files dragged over the chat: an overlay says where they go, dropping hands them to the composer. Text or
 * links dragged around are left alone; nothing happens when the ticket cannot be answered.
 */
export function useFileDrop(enabled: boolean, onFiles: (files: File[]) => void) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  // dragenter/dragleave fire for every child crossed: count them so the overlay does not flicker.
  const depth = useRef(0);

  const handlers = {
    onDragEnter: (event: DragEvent) => {
      if (!enabled || !carriesFiles(event)) return;
      event.preventDefault();
      depth.current += 1;
      setOver(true);
    },
    onDragOver: (event: DragEvent) => {
      if (!enabled || !carriesFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    },
    onDragLeave: () => {
      if (!enabled) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setOver(false);
    },
    onDrop: (event: DragEvent) => {
      if (!enabled || !carriesFiles(event)) return;
      event.preventDefault();
      depth.current = 0;
      setOver(false);
      onFiles(Array.from(event.dataTransfer.files));
    },
  };

  const overlay = over ? (
    <Box
      role="status"
      sx={{
        position: 'absolute',
        inset: 8,
        zIndex: 2,
        display: 'grid',
        placeItems: 'center',
        border: 3,
        borderStyle: 'dashed',
        borderColor: 'primary.main',
        borderRadius: 2,
        bgcolor: 'rgba(255,255,255,0.85)',
        pointerEvents: 'none',
      }}
    >
      <Typography variant="h6" color="primary">
        {t('chat.attachments.dropHere')}
      </Typography>
    </Box>
  ) : null;

  return { handlers, overlay };
}
