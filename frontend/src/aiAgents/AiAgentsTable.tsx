import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import ForumOutlined from '@mui/icons-material/ForumOutlined';
import KeyOutlined from '@mui/icons-material/KeyOutlined';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { RowAction, RowActions } from '../common/RowAction';
import type { AiAgent } from './aiAgentsApi';

interface AiAgentsTableProps {
  agents: AiAgent[];
  /** Admins act on the rows; others only read them. */
  canWrite: boolean;
  onTest(agent: AiAgent): void;
  onEdit(agent: AiAgent): void;
  onDelete(agent: AiAgent): void;
}

const hideOnPhone = { display: { xs: 'none', sm: 'table-cell' } };

/** Where the agent's requests go, as a person recognises it: "api.openai.com", "localhost:11434". */
export function hostOf(baseUrl: string): string {
  return URL.canParse(baseUrl) ? new URL(baseUrl).host : baseUrl;
}

export function AiAgentsTable({ agents, canWrite, onTest, onEdit, onDelete }: AiAgentsTableProps) {
  const { t } = useTranslation();
  return (
    <TableContainer>
      <Table aria-label={t('aiAgents.listLabel')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('aiAgents.name')}</TableCell>
            <TableCell sx={hideOnPhone}>{t('aiAgents.model')}</TableCell>
            <TableCell sx={{ display: { xs: 'none', md: 'table-cell' } }}>{t('aiAgents.server')}</TableCell>
            <TableCell sx={hideOnPhone}>{t('aiAgents.apiKey')}</TableCell>
            <TableCell>{t('aiAgents.status')}</TableCell>
            {canWrite ? <TableCell align="right">{t('common.actions')}</TableCell> : null}
          </TableRow>
        </TableHead>
        <TableBody>
          {agents.map((agent) => {
            const name = { name: agent.name };
            return (
              <TableRow key={agent.id} hover>
                <TableCell>
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    {agent.name}
                  </Typography>
                  {/* On a phone the hidden columns' essentials move under the name. */}
                  <Typography variant="caption" color="text.secondary" sx={{ display: { xs: 'block', sm: 'none' } }}>
                    {`${agent.model} · ${hostOf(agent.baseUrl)}`}
                  </Typography>
                </TableCell>
                <TableCell sx={hideOnPhone}>
                  <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
                    {agent.model}
                  </Typography>
                </TableCell>
                <TableCell sx={{ display: { xs: 'none', md: 'table-cell' } }}>
                  <Typography variant="body2" color="text.secondary" title={agent.baseUrl}>
                    {hostOf(agent.baseUrl)}
                  </Typography>
                </TableCell>
                <TableCell sx={hideOnPhone}>
                  {agent.hasApiKey ? (
                    <Chip size="small" icon={<KeyOutlined />} label={t('aiAgents.keySaved')} variant="outlined" />
                  ) : (
                    <Typography variant="body2" color="text.secondary">
                      {t('aiAgents.noKey')}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    color={agent.enabled ? 'success' : 'default'}
                    label={agent.enabled ? t('aiAgents.enabledChip') : t('aiAgents.disabledChip')}
                  />
                </TableCell>
                {canWrite ? (
                  <TableCell align="right">
                    <RowActions>
                      <RowAction label={t('aiAgents.testAgent', name)} onClick={() => onTest(agent)} icon={<ForumOutlined fontSize="small" />} />
                      <RowAction label={t('aiAgents.editAgent', name)} onClick={() => onEdit(agent)} icon={<EditOutlined fontSize="small" />} />
                      <RowAction label={t('aiAgents.deleteAgent', name)} onClick={() => onDelete(agent)} icon={<DeleteOutline fontSize="small" />} danger />
                    </RowActions>
                  </TableCell>
                ) : null}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
