/**
 * Whether the company may still spend tokens on its AI agents this month. The monthly token budget (a company
 * setting, the usage panel, the admins' alert) is a later step of issue 13; until it lands, nothing limits the
 * spending, and this is the one place the AI step asks — it hands the ticket over with cause `budget` when the
 * answer is no.
 */
export async function budgetAllows(_companyId: number): Promise<boolean> {
  return true;
}
