import { AppError } from '../../errors/AppError.js';
import { budgetAllows } from './budgetAllows.js';

/**
 * For calls a person asks for (the playground, the attendant's assist): 409 ERR_AI_BUDGET_SPENT when the
 * company's monthly token budget is used up, before anything is sent to the endpoint.
 */
export async function requireAiBudget(companyId: number): Promise<void> {
  if (!(await budgetAllows(companyId))) throw AppError.conflict('ERR_AI_BUDGET_SPENT', 'The monthly AI token budget of the company is used up');
}
