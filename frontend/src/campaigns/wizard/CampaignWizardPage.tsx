import { CampaignWizard } from './CampaignWizard';

/** /campaigns/new: the wizard over a draft that does not exist yet (the first save creates it). */
export function CampaignWizardPage() {
  return <CampaignWizard />;
}
