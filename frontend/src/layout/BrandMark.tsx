import Box from '@mui/material/Box';

/** The Atende logo: a speech bubble in the primary color. Decorative; the app name is always written next to it. */
export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <Box component="svg" viewBox="0 0 64 64" aria-hidden sx={{ width: size, height: size, flexShrink: 0 }}>
      <Box component="rect" width="64" height="64" rx="14" sx={{ fill: (theme) => theme.palette.primary.main }} />
      <path d="M32 14c-10 0-18 7.6-18 17 0 3.6 1.2 6.9 3.2 9.6L15 50l9.8-2.6c2.2 1 4.6 1.6 7.2 1.6 10 0 18-7.6 18-17s-8-18-18-18z" fill="#fff" />
      <Box component="g" sx={{ fill: (theme) => theme.palette.primary.main }}>
        <circle cx="24" cy="32" r="2.6" />
        <circle cx="32" cy="32" r="2.6" />
        <circle cx="40" cy="32" r="2.6" />
      </Box>
    </Box>
  );
}
