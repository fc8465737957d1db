import AddCircleOutline from '@mui/icons-material/AddCircleOutlineOutlined';
import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { OptionNode } from './queueOptionsTree';
import { RowAction, RowActions } from '../common/RowAction';

export interface OptionTreeActions {
  onAddChild(parent: OptionNode): void;
  onEdit(node: OptionNode): void;
  onMove(siblings: OptionNode[], index: number, delta: -1 | 1): void;
  onDelete(node: OptionNode): void;
  /** Where a leaf option sends the ticket, when it names a queue or an attendant. */
  targetName(node: OptionNode): string | null;
}

interface OptionTreeItemProps extends OptionTreeActions {
  node: OptionNode;
  siblings: OptionNode[];
  index: number;
}

/** One option and, nested below it, its sub-options: a list inside the list item. */
export function OptionTreeItem({ node, siblings, index, ...actions }: OptionTreeItemProps) {
  const { t } = useTranslation();
  const title = { title: node.option.title };
  const target = node.children.length === 0 ? actions.targetName(node) : null;
  return (
    <Box component="li" aria-label={`${node.number}. ${node.option.title}`} sx={{ listStyle: 'none' }}>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={1}
        sx={{ py: 1, px: 1.5, alignItems: { sm: 'center' }, borderRadius: 1, '&:hover': { bgcolor: 'action.hover' } }}
      >
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            <Box component="span" sx={{ color: 'primary.main', mr: 1 }}>
              {node.number}
            </Box>
            {node.option.title}
          </Typography>
          {node.option.message ? (
            <Typography variant="caption" color="text.secondary" noWrap component="p">
              {node.option.message}
            </Typography>
          ) : null}
          {target ? (
            <Typography variant="caption" color="primary" component="p">
              {t('queues.options.goesTo', { target })}
            </Typography>
          ) : null}
        </Box>
        <RowActions>
          <RowAction label={t('queues.options.addChild', title)} onClick={() => actions.onAddChild(node)} icon={<AddCircleOutline fontSize="small" />} />
          <RowAction label={t('queues.options.edit', title)} onClick={() => actions.onEdit(node)} icon={<EditOutlined fontSize="small" />} />
          <RowAction
            label={t('queues.options.moveUp', title)}
            onClick={() => actions.onMove(siblings, index, -1)}
            disabled={index === 0}
            icon={<ArrowUpward fontSize="small" />}
          />
          <RowAction
            label={t('queues.options.moveDown', title)}
            onClick={() => actions.onMove(siblings, index, 1)}
            disabled={index === siblings.length - 1}
            icon={<ArrowDownward fontSize="small" />}
          />
          <RowAction label={t('queues.options.delete', title)} onClick={() => actions.onDelete(node)} icon={<DeleteOutline fontSize="small" />} danger />
        </RowActions>
      </Stack>
      {node.children.length > 0 ? (
        <Box component="ul" sx={{ m: 0, pl: { xs: 2, sm: 3 }, borderLeft: 2, borderColor: 'divider', ml: 2 }}>
          {node.children.map((child, childIndex) => (
            <OptionTreeItem key={child.option.id} node={child} siblings={node.children} index={childIndex} {...actions} />
          ))}
        </Box>
      ) : null}
    </Box>
  );
}
