import CampaignOutlined from '@mui/icons-material/CampaignOutlined';
import OpenInNew from '@mui/icons-material/ChevronRight';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { ListEmpty, ListError, ListLoading } from '../common/ListStates';
import { PageHeader } from '../common/PageHeader';
import { RowAction, RowActions } from '../common/RowAction';
import { CampaignActions } from './CampaignActions';
import { CampaignStatusChip } from './CampaignStatusChip';
import { percentHandled } from './campaignStats';
import { useCampaigns, type Campaign } from './campaignsApi';
import { useCampaignEvents } from './useCampaignEvents';

const fromSm = { display: { xs: 'none', sm: 'table-cell' } } as const;
const fromMd = { display: { xs: 'none', md: 'table-cell' } } as const;

/** Every campaign of the company, newest first, live: counts and statuses move as the server sends them. */
export function CampaignsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useCampaigns();
  useCampaignEvents();
  const campaigns = list.data ?? [];

  return (
    <Stack spacing={3} sx={{ maxWidth: 1100, mx: 'auto' }}>
      <PageHeader title={t('campaigns.title')} subtitle={t('campaigns.subtitle')} newLabel={t('campaigns.new')} onNew={() => void navigate('/campaigns/new')} />
      <Paper variant="outlined">
        {list.isPending ? <ListLoading /> : null}
        {list.isError ? <ListError title={t('campaigns.loadFailed')} error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.isSuccess && campaigns.length === 0 ? <ListEmpty icon={<CampaignOutlined sx={{ fontSize: 48 }} />} text={t('campaigns.empty')} /> : null}
        {campaigns.length > 0 ? <CampaignsTable campaigns={campaigns} /> : null}
      </Paper>
    </Stack>
  );
}

function CampaignsTable({ campaigns }: { campaigns: Campaign[] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const date = (iso: string) => new Date(iso).toLocaleDateString(i18n.language, { day: '2-digit', month: '2-digit', year: 'numeric' });
  return (
    <TableContainer>
      <Table aria-label={t('campaigns.listLabel')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('campaigns.name')}</TableCell>
            <TableCell>{t('campaigns.status')}</TableCell>
            <TableCell sx={fromMd}>{t('campaigns.connection')}</TableCell>
            <TableCell sx={{ ...fromSm, width: 200 }}>{t('campaigns.progress')}</TableCell>
            <TableCell sx={fromMd}>{t('campaigns.createdAt')}</TableCell>
            <TableCell align="right">{t('common.actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {campaigns.map((campaign) => (
            <TableRow key={campaign.id} hover>
              <TableCell>
                <Link component={RouterLink} to={`/campaigns/${campaign.id}`} underline="hover" sx={{ fontWeight: 600, wordBreak: 'break-word' }}>
                  {campaign.name}
                </Link>
              </TableCell>
              <TableCell>
                <CampaignStatusChip status={campaign.status} />
              </TableCell>
              <TableCell sx={fromMd}>{campaign.whatsapp?.name ?? t('campaigns.noConnection')}</TableCell>
              <TableCell sx={fromSm}>
                {campaign.stats.total === 0 ? (
                  <Typography variant="body2" color="text.secondary">
                    —
                  </Typography>
                ) : (
                  <Box>
                    <LinearProgress
                      variant="determinate"
                      value={percentHandled(campaign.stats)}
                      color={campaign.status === 'paused' ? 'warning' : campaign.status === 'cancelled' ? 'inherit' : 'primary'}
                      aria-label={t('campaigns.progress')}
                      sx={{ height: 6, borderRadius: 3 }}
                    />
                    <Typography variant="caption" color="text.secondary">
                      {t('campaigns.progressOf', {
                        sent: campaign.stats.sent.toLocaleString(i18n.language),
                        total: campaign.stats.total.toLocaleString(i18n.language),
                      })}
                    </Typography>
                  </Box>
                )}
              </TableCell>
              <TableCell sx={{ ...fromMd, whiteSpace: 'nowrap' }}>{date(campaign.createdAt)}</TableCell>
              <TableCell align="right">
                <RowActions>
                  <CampaignActions campaign={campaign} variant="icons" />
                  <RowAction
                    label={t('campaigns.open', { name: campaign.name })}
                    icon={<OpenInNew fontSize="small" />}
                    onClick={() => void navigate(`/campaigns/${campaign.id}`)}
                  />
                </RowActions>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
