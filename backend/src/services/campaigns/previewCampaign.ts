import type { CampaignPreview, CampaignTarget, CampaignVariant } from '@atende/contract';
import { sampleAudienceContact } from '../../db/campaignAudience.js';
import { companyTimezone } from '../../db/companies.js';
import type { UserRecord } from '../../db/users.js';
import { renderTemplate } from '../../lib/templateVariables.js';
import { findContactInCompany } from '../contacts/findContactInCompany.js';
import { assertTargetInCompany } from './campaignAccess.js';

export interface PreviewCampaignInput {
  actor: UserRecord;
  messages: CampaignVariant[];
  target: CampaignTarget;
  /** The contact to fill the variables with; otherwise the first eligible contact of the target. */
  contactId?: number;
}

/**
 * The variants as one recipient would read them, with the quick replies' variables filled in now (the greeting in
 * the company's clock; {{attendant}} is whoever creates the campaign). Without a contact the contact's
 * variables come out empty, as they would for a contact without a name. {{protocol}} comes out empty too: which
 * ticket a message joins (or opens, or only logs into) is decided when it is sent (sendNextCampaignMessage.ts).
 */
export async function previewCampaign({ actor, messages, target, contactId }: PreviewCampaignInput): Promise<CampaignPreview> {
  const { companyId } = actor;
  await assertTargetInCompany(companyId, target);
  const contact = contactId === undefined ? await sampleAudienceContact(companyId, target) : await findContactInCompany(companyId, contactId);
  const timezone = await companyTimezone(companyId);
  if (timezone === undefined) throw new Error(`company ${companyId} of an authenticated user is gone`);
  const at = new Date();
  const bodies = messages.map((m) =>
    renderTemplate(m.body, { contactName: contact?.name ?? null, contactNumber: contact?.number ?? null, attendantName: actor.name, timezone, at }),
  );
  return { contact: contact ? { id: contact.id, name: contact.name, number: contact.number } : null, bodies };
}
