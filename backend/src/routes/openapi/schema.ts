import { z } from 'zod';

export const docsAssetParams = z.object({ asset: z.string().max(64) });
