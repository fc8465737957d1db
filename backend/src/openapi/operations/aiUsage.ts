import type { Operation } from '../operation.js';
import { aiUsageQuery } from '../../routes/aiUsage/schema.js';

export const aiUsageOperations: Operation[] = [
  {
    method: 'GET',
    path: '/api/ai-usage',
    summary: 'AI usage and cost for a period',
    access: 'supervisor',
    query: aiUsageQuery,
    errors: ['ERR_COMPANY_NOT_FOUND', 'ERR_DASHBOARD_RANGE_INVALID', 'ERR_DASHBOARD_RANGE_TOO_LONG'],
  },
];
