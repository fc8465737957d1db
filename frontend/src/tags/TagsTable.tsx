import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { RowAction, RowActions } from '../common/RowAction';
import { TagChip } from './TagChip';
import type { Tag } from './tagsApi';

interface TagsTableProps {
  tags: Tag[];
  onEdit(tag: Tag): void;
  onDelete(tag: Tag): void;
}

export function TagsTable({ tags, onEdit, onDelete }: TagsTableProps) {
  const { t } = useTranslation();
  return (
    <TableContainer>
      <Table aria-label={t('tags.listLabel')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('tags.name')}</TableCell>
            <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>{t('tags.color')}</TableCell>
            <TableCell align="right">{t('common.actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {tags.map((tag) => {
            const name = { name: tag.name };
            return (
              <TableRow key={tag.id} hover>
                <TableCell>
                  <TagChip name={tag.name} color={tag.color} />
                </TableCell>
                <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>
                  <Typography variant="body2" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
                    {tag.color}
                  </Typography>
                </TableCell>
                <TableCell align="right">
                  <RowActions>
                    <RowAction label={t('tags.editTag', name)} onClick={() => onEdit(tag)} icon={<EditOutlined fontSize="small" />} />
                    <RowAction label={t('tags.deleteTag', name)} onClick={() => onDelete(tag)} icon={<DeleteOutline fontSize="small" />} danger />
                  </RowActions>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
