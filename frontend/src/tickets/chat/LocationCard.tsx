import Place from '@mui/icons-material/PlaceOutlined';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { LocationContent } from '../messagesApi';

/** OpenStreetMap's page for a point: no map tiles in the app, one click away in a new tab. */
export function mapLink({ latitude, longitude }: LocationContent): string {
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`;
}

export function LocationCard({ location }: { location: LocationContent }) {
  const { t } = useTranslation();
  const title = location.name ?? (location.live ? t('chat.liveLocation') : t('chat.location'));
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', maxWidth: 320 }}>
      <Place color="error" />
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="body2" sx={{ fontWeight: 500 }}>
          {title}
        </Typography>
        {location.address ? (
          <Typography variant="body2" color="text.secondary">
            {location.address}
          </Typography>
        ) : null}
        {!location.name && !location.address ? (
          <Typography variant="caption" color="text.secondary">
            {location.latitude.toFixed(5)}, {location.longitude.toFixed(5)}
          </Typography>
        ) : null}
        <Box>
          <Link href={mapLink(location)} target="_blank" rel="noopener noreferrer" variant="body2">
            {t('chat.openMap')}
          </Link>
        </Box>
      </Box>
    </Stack>
  );
}
