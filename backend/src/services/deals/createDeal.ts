import { ctx } from '../../context.js';
import { insertDeal, selectDeal, type DealRow, type DealSource } from '../../db/deals.js';
import { insertDealEvent } from '../../db/dealTimeline.js';
import { firstPipelineId, selectPipeline } from '../../db/pipelines.js';
import type { UserRecord } from '../../db/users.js';
import { domainEvents } from '../../events/bus.js';
import { AppError } from '../../errors/AppError.js';
import { findContactInCompany } from '../contacts/findContactInCompany.js';
import { visibleTicket } from '../tickets/visibleTicket.js';
import { allowedOwner } from './dealAccess.js';
import { lockColumns, lostReasonFor, openGap, stageInCompany } from './dealPlacement.js';

export interface CreateDealInput {
  title: string;
  value: number;
  pipelineId?: number;
  stageId?: number;
  position?: number;
  contactId?: number | null;
  ticketId?: number | null;
  ownerId?: number | null;
  expectedCloseAt?: Date | null;
  lostReason?: string | null;
}

/**
 * A new card: in the stage given, or the first stage of the pipeline (the company's first pipeline by default),
 * at the top of its column unless a position is given. "Criar negócio" from a chat sends the ticket: the deal
 * links it (source 'ticket') and takes its contact when none is given. Its owner is the creator unless a
 * supervisor or admin names someone else.
 */
export async function createDeal(actor: UserRecord, input: CreateDealInput): Promise<DealRow> {
  const { companyId } = actor;
  const ticket = input.ticketId ? await visibleTicket(actor, input.ticketId) : undefined;
  const contactId = input.contactId ?? ticket?.contactId ?? null;
  if (contactId !== null) await findContactInCompany(companyId, contactId);
  const stage = input.stageId !== undefined ? await stageInCompany(companyId, input.stageId) : await firstStage(companyId, input.pipelineId);
  if (input.pipelineId !== undefined && stage.pipelineId !== input.pipelineId) throw AppError.notFound('ERR_STAGE_NOT_FOUND', 'Stage not found');
  const lostReason = lostReasonFor(stage, input.lostReason, null);
  const ownerId = await allowedOwner(actor, input.ownerId === undefined ? actor.id : input.ownerId);
  const source: DealSource = ticket ? 'ticket' : 'manual';
  return ctx().sequelize.transaction(async (transaction) => {
    await lockColumns(transaction, [stage.id]);
    const position = await openGap(transaction, stage.id, input.position);
    const id = await insertDeal(
      transaction,
      companyId,
      { pipelineId: stage.pipelineId, stageId: stage.id, position, closedAt: stage.kind !== 'open', lostReason },
      {
        title: input.title,
        value: input.value,
        contactId,
        ownerId,
        expectedCloseAt: input.expectedCloseAt ?? null,
        source,
        ticketId: ticket?.id ?? null,
        campaignId: null,
      },
    );
    await insertDealEvent(transaction, { companyId, dealId: id, kind: 'created', userId: actor.id, toStageId: stage.id });
    const deal = (await selectDeal(companyId, id, { transaction }))!;
    domainEvents.publishAfterCommit(transaction, 'deal.changed', { companyId, action: 'created', deal });
    return deal;
  });
}

async function firstStage(companyId: number, pipelineId: number | undefined) {
  const id = pipelineId ?? (await firstPipelineId(companyId));
  const pipeline = id === undefined ? undefined : await selectPipeline(companyId, id);
  if (!pipeline) throw AppError.notFound('ERR_PIPELINE_NOT_FOUND', 'Pipeline not found');
  const stage = pipeline.stages.find((s) => s.kind === 'open') ?? pipeline.stages[0];
  if (!stage) throw AppError.notFound('ERR_STAGE_NOT_FOUND', 'Stage not found');
  return stage;
}
