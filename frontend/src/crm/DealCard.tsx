import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import DriveFileMoveOutlined from '@mui/icons-material/DriveFileMoveOutlined';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { LeadChip } from '../contacts/LeadChip';
import type { DealView, PipelineStageView } from './crmApi';
import { formatCents } from './money';

interface DealCardProps {
  deal: DealView;
  stages: PipelineStageView[];
  /** Moves it to the end of another stage: the way without a mouse, and across columns on a phone. */
  onMoveTo(stage: PipelineStageView): void;
}

/** A deal on the kanban: dragged by its body; its title opens the drawer; the move menu does the same without dragging. */
export function DealCard({ deal, stages, onMoveTo }: DealCardProps) {
  const { t, i18n } = useTranslation();
  const { setNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({ id: deal.id, data: { deal } });
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <Paper
      ref={setNodeRef}
      variant="outlined"
      data-testid={`deal-${deal.id}`}
      aria-label={deal.title}
      {...attributes}
      {...listeners}
      // The role the sortable gives would hide the card's own links and buttons from assistive technology.
      role="listitem"
      sx={{
        p: 1.25,
        cursor: 'grab',
        touchAction: 'manipulation',
        transform: CSS.Transform.toString(transform),
        transition: transition,
        opacity: isDragging ? 0.5 : 1,
      }}
    >
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'flex-start' }}>
        <Link
          component={RouterLink}
          to={`/deals/${deal.id}`}
          underline="hover"
          // Enter on the title opens the deal; it must not reach the card, where Enter and Space pick it up to drag.
          onKeyDown={(event) => event.stopPropagation()}
          sx={{ flex: 1, fontWeight: 600, wordBreak: 'break-word' }}
        >
          {deal.title}
        </Link>
        <IconButton
          size="small"
          aria-label={t('crm.moveOf', { title: deal.title })}
          aria-haspopup="menu"
          onPointerDown={(event) => event.stopPropagation()}
          onKeyDown={(event) => event.stopPropagation()}
          onClick={(event) => setAnchor(event.currentTarget)}
          sx={{ mt: -0.5, mr: -0.5 }}
        >
          <DriveFileMoveOutlined fontSize="small" />
        </IconButton>
      </Stack>
      {deal.contact ? (
        <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center', mt: 0.5 }}>
          <Typography variant="body2" color="text.secondary" noWrap sx={{ minWidth: 0 }}>
            {deal.contact.name}
          </Typography>
          <LeadChip contact={deal.contact} />
        </Stack>
      ) : null}
      <Box sx={{ display: 'flex', justifyContent: 'space-between', mt: 0.5, gap: 1 }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {formatCents(deal.value, i18n.language)}
        </Typography>
        <Typography variant="caption" color="text.secondary" noWrap>
          {deal.owner?.name ?? t('crm.noOwner')}
        </Typography>
      </Box>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {stages
          .filter((stage) => stage.id !== deal.stageId)
          .map((stage) => (
            <MenuItem
              key={stage.id}
              onClick={() => {
                setAnchor(null);
                onMoveTo(stage);
              }}
            >
              {t('crm.moveTo', { stage: stage.name })}
            </MenuItem>
          ))}
      </Menu>
    </Paper>
  );
}
