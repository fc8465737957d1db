import Groups from '@mui/icons-material/GroupsOutlined';
import Logout from '@mui/icons-material/Logout';
import PauseCircleOutline from '@mui/icons-material/PauseCircleOutlined';
import PlayCircleOutline from '@mui/icons-material/PlayCircleOutlined';
import Avatar from '@mui/material/Avatar';
import Badge from '@mui/material/Badge';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useFeedback } from '../common/FeedbackContext';
import { ListEmpty, ListError, ListLoading } from '../common/ListStates';
import { PageHeader } from '../common/PageHeader';
import { initials } from '../common/initials';
import { errorMessage } from '../i18n/errorMessage';
import { useSettings } from '../settings/settingsQuery';
import { PauseDialog } from './PauseDialog';
import { teamApi, teamKey, useTeam, type TeamMember } from './teamApi';

/**
 * Supervisors' and admins' view of the shift (the route is guarded): who is online, who is paused (why, since
 * when) and how many open tickets each holds, live; from here a supervisor pauses someone or logs them out.
 */
export function TeamPage() {
  const { t, i18n } = useTranslation();
  const { user: me } = useAuth();
  const { notify } = useFeedback();
  const client = useQueryClient();
  const team = useTeam();
  const companyCap = useSettings().data?.userMaxOpenTickets ?? null;
  const [pausing, setPausing] = useState<TeamMember | null>(null);
  const [loggingOut, setLoggingOut] = useState<TeamMember | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  const refresh = () => void client.invalidateQueries({ queryKey: teamKey });
  // A supervisor does not act on an admin (the server refuses it too).
  const mayManage = (member: TeamMember) => me !== null && (member.id === me.id || me.profile === 'admin' || me.super || member.profile !== 'admin');

  const resume = async (member: TeamMember) => {
    setBusy(member.id);
    try {
      await teamApi.setAvailability(member.id, { paused: false });
      notify(t('team.resumedUser', { name: member.name }), 'success');
      refresh();
    } catch (error) {
      notify(errorMessage(t, error), 'error');
    } finally {
      setBusy(null);
    }
  };
  const logOut = async (member: TeamMember) => {
    setBusy(member.id);
    try {
      await teamApi.logOut(member.id);
      notify(t('team.loggedOut', { name: member.name }), 'success');
      setLoggingOut(null);
      refresh();
    } catch (error) {
      notify(errorMessage(t, error), 'error');
    } finally {
      setBusy(null);
    }
  };
  const time = (iso: string) => new Date(iso).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' });

  const members = team.data ?? [];
  return (
    <Stack spacing={3} sx={{ maxWidth: 1000, mx: 'auto' }}>
      <PageHeader title={t('team.title')} subtitle={t('team.subtitle')} />
      <Paper variant="outlined">
        {team.isPending ? <ListLoading /> : null}
        {team.isError ? <ListError title={t('team.loadFailed')} error={team.error} onRetry={() => void team.refetch()} /> : null}
        {team.isSuccess && members.length === 0 ? <ListEmpty icon={<Groups sx={{ fontSize: 48 }} />} text={t('team.empty')} /> : null}
        {members.length > 0 ? (
          <TableContainer>
            <Table aria-label={t('team.listLabel')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('team.name')}</TableCell>
                  <TableCell>{t('team.presence')}</TableCell>
                  <TableCell>{t('team.status')}</TableCell>
                  <TableCell align="right">{t('team.openTickets')}</TableCell>
                  <TableCell align="right">{t('team.actions')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {members.map((member) => {
                  const paused = member.pausedAt !== null;
                  const cap = member.maxOpenTickets ?? companyCap;
                  return (
                    <TableRow key={member.id} hover data-testid={`team-member-${member.id}`}>
                      <TableCell>
                        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
                          <Badge
                            overlap="circular"
                            variant="dot"
                            color={member.online ? 'success' : 'default'}
                            anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
                            sx={{ '& .MuiBadge-dot': { border: 2, borderColor: 'background.paper', width: 12, height: 12, borderRadius: '50%' } }}
                          >
                            <Avatar sx={{ width: 32, height: 32, fontSize: 13 }}>{initials(member.name)}</Avatar>
                          </Badge>
                          <div>
                            <Typography variant="body2" sx={{ fontWeight: 600 }}>
                              {member.name}
                              {member.id === me?.id ? (
                                <Typography component="span" variant="caption" color="text.secondary">
                                  {` (${t('team.you')})`}
                                </Typography>
                              ) : null}
                            </Typography>
                            <Typography variant="caption" color="text.secondary">
                              {t(`profiles.${member.profile}`)}
                            </Typography>
                          </div>
                        </Stack>
                      </TableCell>
                      <TableCell>
                        <Chip
                          size="small"
                          variant="outlined"
                          color={member.online ? 'success' : 'default'}
                          label={member.online ? t('team.online') : t('team.offline')}
                        />
                      </TableCell>
                      <TableCell>
                        {paused ? (
                          <Stack spacing={0.25}>
                            <Chip
                              size="small"
                              color="warning"
                              label={member.pauseReason ? t('team.pausedWith', { reason: member.pauseReason }) : t('team.paused')}
                              sx={{ alignSelf: 'flex-start', maxWidth: 240 }}
                            />
                            <Typography variant="caption" color="text.secondary">
                              {t('team.since', { time: time(member.pausedAt!) })}
                            </Typography>
                          </Stack>
                        ) : (
                          <Chip size="small" color="success" label={t('team.available')} />
                        )}
                      </TableCell>
                      <TableCell align="right">
                        <Typography variant="body2" sx={{ fontWeight: 600 }}>
                          {cap === null ? member.openTickets : t('team.ofCap', { count: member.openTickets, cap })}
                        </Typography>
                      </TableCell>
                      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                        {mayManage(member) ? (
                          <>
                            {paused ? (
                              <Tooltip title={t('team.resumeUser', { name: member.name })}>
                                <IconButton
                                  aria-label={t('team.resumeUser', { name: member.name })}
                                  loading={busy === member.id}
                                  onClick={() => void resume(member)}
                                >
                                  <PlayCircleOutline />
                                </IconButton>
                              </Tooltip>
                            ) : (
                              <Tooltip title={t('team.pauseUser', { name: member.name })}>
                                <IconButton aria-label={t('team.pauseUser', { name: member.name })} onClick={() => setPausing(member)}>
                                  <PauseCircleOutline />
                                </IconButton>
                              </Tooltip>
                            )}
                            {member.id !== me?.id ? (
                              <Tooltip title={t('team.logOutUser', { name: member.name })}>
                                <span>
                                  <IconButton
                                    aria-label={t('team.logOutUser', { name: member.name })}
                                    disabled={!member.online}
                                    onClick={() => setLoggingOut(member)}
                                  >
                                    <Logout />
                                  </IconButton>
                                </span>
                              </Tooltip>
                            ) : null}
                          </>
                        ) : null}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </TableContainer>
        ) : null}
      </Paper>
      <PauseDialog
        open={pausing !== null}
        title={pausing ? t('team.pauseUser', { name: pausing.name }) : undefined}
        onClose={() => setPausing(null)}
        onPause={async (reason) => {
          if (!pausing) return;
          await teamApi.setAvailability(pausing.id, { paused: true, reason });
          notify(t('team.pausedUser', { name: pausing.name }), 'success');
          setPausing(null);
          refresh();
        }}
      />
      <ConfirmDialog
        open={loggingOut !== null}
        title={loggingOut ? t('team.logOutTitle', { name: loggingOut.name }) : ''}
        body={loggingOut ? t('team.logOutBody', { name: loggingOut.name }) : ''}
        confirmLabel={t('team.logOut')}
        destructive
        busy={loggingOut !== null && busy === loggingOut.id}
        onConfirm={() => loggingOut && void logOut(loggingOut)}
        onClose={() => setLoggingOut(null)}
      />
    </Stack>
  );
}
