import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Company } from './companiesApi';

interface CompaniesTableProps {
  companies: Company[];
  ownCompanyId: number | null;
  onEdit(company: Company): void;
  onDelete(company: Company): void;
}

export function CompaniesTable({ companies, ownCompanyId, onEdit, onDelete }: CompaniesTableProps) {
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short' });
  return (
    <TableContainer>
      <Table aria-label={t('companies.listLabel')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('companies.name')}</TableCell>
            <TableCell>{t('companies.status')}</TableCell>
            <TableCell sx={{ display: { xs: 'none', md: 'table-cell' } }}>{t('companies.timezone')}</TableCell>
            <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>{t('companies.createdAt')}</TableCell>
            <TableCell align="right">{t('common.actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {companies.map((company) => {
            const name = { name: company.name };
            const own = company.id === ownCompanyId;
            return (
              <TableRow key={company.id} hover sx={{ opacity: company.active ? 1 : 0.6 }}>
                <TableCell>
                  <Typography variant="body2" sx={{ fontWeight: 600, wordBreak: 'break-word' }}>
                    {company.name}
                    {own ? (
                      <Typography component="span" variant="caption" color="text.secondary">
                        {` (${t('companies.yours')})`}
                      </Typography>
                    ) : null}
                  </Typography>
                </TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    variant="outlined"
                    color={company.active ? 'success' : 'default'}
                    label={t(company.active ? 'companies.active' : 'companies.inactive')}
                  />
                </TableCell>
                <TableCell sx={{ display: { xs: 'none', md: 'table-cell' } }}>{company.timezone}</TableCell>
                <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>{date.format(new Date(company.createdAt))}</TableCell>
                <TableCell align="right">
                  <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end' }}>
                    <Tooltip title={t('companies.editCompany', name)}>
                      <IconButton aria-label={t('companies.editCompany', name)} onClick={() => onEdit(company)} size="small">
                        <EditOutlined fontSize="small" />
                      </IconButton>
                    </Tooltip>
                    {own ? null : (
                      <Tooltip title={t('companies.deleteCompany', name)}>
                        <IconButton aria-label={t('companies.deleteCompany', name)} onClick={() => onDelete(company)} size="small" color="error">
                          <DeleteOutline fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    )}
                  </Stack>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
