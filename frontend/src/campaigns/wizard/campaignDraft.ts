import type { CampaignMedia, CampaignTicketMode, WeeklySchedule } from '@atende/contract';
import { normalizeSchedule, scheduleProblems } from '../../queues/businessHours';
import { toLocalInput } from '../../scheduledMessages/scheduledMessagesApi';
import type { Campaign, CampaignInput, CampaignTarget } from '../campaignsApi';

export const NAME_MAX = 120;
export const BODY_MAX = 4096;
export const MAX_VARIANTS = 5;
export const JITTER_MAX = 300;
/** Above this many messages a minute WhatsApp bans new numbers quickly: the wizard warns. */
export const SAFE_RATE = 20;

export interface ChosenContact {
  id: number;
  name: string;
  number: string;
}

/** The wizard's form: what the admin typed, as typed (numbers as text, the start as a datetime-local value). */
export interface CampaignDraft {
  name: string;
  tagIds: number[];
  contactListIds: number[];
  contacts: ChosenContact[];
  bodies: string[];
  /** A file picked now, uploaded once the draft exists. */
  file: File | null;
  /** The file the saved draft already has; `removeMedia` drops it on save. */
  media: CampaignMedia | null;
  removeMedia: boolean;
  whatsappId: string;
  when: 'now' | 'later';
  scheduledAt: string;
  rate: string;
  jitter: string;
  window: WeeklySchedule | null;
  ticketMode: CampaignTicketMode;
}

export const STEPS = ['audience', 'message', 'sending'] as const;
export type Step = (typeof STEPS)[number];

/** A new campaign: a calm pace (12 a minute, up to 10 s more at random), history only, from the default connection. */
export function emptyDraft(defaultWhatsappId: number | null): CampaignDraft {
  return {
    name: '',
    tagIds: [],
    contactListIds: [],
    contacts: [],
    bodies: [''],
    file: null,
    media: null,
    removeMedia: false,
    whatsappId: defaultWhatsappId === null ? '' : String(defaultWhatsappId),
    when: 'now',
    scheduledAt: '',
    rate: '12',
    jitter: '10',
    window: null,
    ticketMode: 'log',
  };
}

/** A saved draft back in the form; contacts chosen one by one are known by id only until the search finds them. */
export function draftOf(campaign: Campaign): CampaignDraft {
  return {
    name: campaign.name,
    tagIds: campaign.target.tagIds,
    contactListIds: campaign.target.contactListIds,
    contacts: campaign.target.contactIds.map((id) => ({ id, name: `#${id}`, number: '' })),
    bodies: campaign.messages.length > 0 ? campaign.messages.map((m) => m.body) : [''],
    file: null,
    media: campaign.media,
    removeMedia: false,
    whatsappId: campaign.whatsapp ? String(campaign.whatsapp.id) : '',
    when: campaign.scheduledAt ? 'later' : 'now',
    scheduledAt: campaign.scheduledAt ? toLocalInput(campaign.scheduledAt) : '',
    rate: String(campaign.ratePerMinute),
    jitter: String(campaign.jitterSeconds),
    window: campaign.sendingWindow,
    ticketMode: campaign.ticketMode,
  };
}

export function targetOf(draft: CampaignDraft): CampaignTarget {
  return { tagIds: draft.tagIds, contactIds: draft.contacts.map((c) => c.id), contactListIds: draft.contactListIds };
}

export const targetIsEmpty = (target: CampaignTarget) => target.tagIds.length + target.contactIds.length + target.contactListIds.length === 0;

const wholeNumber = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);
export const rateOf = (draft: CampaignDraft) => wholeNumber(draft.rate);
export const jitterOf = (draft: CampaignDraft) => wholeNumber(draft.jitter);

export function inputOf(draft: CampaignDraft): CampaignInput {
  return {
    name: draft.name.trim(),
    whatsappId: draft.whatsappId === '' ? null : Number(draft.whatsappId),
    messages: draft.bodies.map((body) => ({ body: body.trim() })),
    target: targetOf(draft),
    scheduledAt: draft.when === 'later' && draft.scheduledAt ? new Date(draft.scheduledAt).toISOString() : null,
    ratePerMinute: rateOf(draft),
    jitterSeconds: jitterOf(draft),
    sendingWindow: draft.window ? normalizeSchedule(draft.window) : null,
    ticketMode: draft.ticketMode,
    queueId: null,
  };
}

/** Field → i18n key of what is wrong with it ("bodies.1", "rate"…). */
export type DraftErrors = Partial<Record<string, string>>;

/** The checks the server makes too, per step, so mistakes show at their field before anything is sent. */
export function draftErrors(draft: CampaignDraft, now: number): Record<Step, DraftErrors> {
  const audience: DraftErrors = {};
  if (!draft.name.trim()) audience.name = 'validation.required';
  else if (draft.name.trim().length > NAME_MAX) audience.name = 'validation.nameTooLong';
  if (targetIsEmpty(targetOf(draft))) audience.target = 'campaigns.wizard.audienceRequired';

  const message: DraftErrors = {};
  draft.bodies.forEach((body, index) => {
    if (!body.trim()) message[`bodies.${index}`] = 'validation.required';
    else if (body.length > BODY_MAX) message[`bodies.${index}`] = 'campaigns.wizard.bodyTooLong';
  });

  const sending: DraftErrors = {};
  if (draft.whatsappId === '') sending.whatsappId = 'validation.required';
  if (draft.when === 'later') {
    if (!draft.scheduledAt) sending.scheduledAt = 'validation.required';
    else if (new Date(draft.scheduledAt).getTime() <= now) sending.scheduledAt = 'campaigns.wizard.inPast';
  }
  const rate = rateOf(draft);
  if (!Number.isInteger(rate) || rate < 1) sending.rate = 'campaigns.wizard.rateInvalid';
  const jitter = jitterOf(draft);
  if (!Number.isInteger(jitter) || jitter > JITTER_MAX) sending.jitter = 'campaigns.wizard.jitterInvalid';
  if (Object.keys(scheduleProblems(draft.window)).length > 0) sending.window = 'campaigns.wizard.fixErrors';
  return { audience, message, sending };
}
