import Typography from '@mui/material/Typography';

/** A heading inside a long form dialog, naming the fields below it. */
export function FormSection({ children }: { children: string }) {
  return (
    <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, pt: 1 }}>
      {children}
    </Typography>
  );
}
