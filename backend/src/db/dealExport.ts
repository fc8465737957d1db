import { many } from './sql.js';

// The deals export (services/exports/exportDeals.ts): a pipeline's deals (or every pipeline's), read in keyset
// batches by id, so a large sales history is never held at once.

export interface DealExportRow {
  id: number;
  title: string;
  pipeline: string;
  stage: string;
  stageKind: string;
  /** Cents. */
  value: string;
  owner: string | null;
  contact: string | null;
  number: string | null;
  source: string;
  expectedCloseAt: string | null;
  closedAt: string | null;
  lostReason: string | null;
  createdAt: string;
}

export interface DealExportBatch {
  companyId: number;
  pipelineId?: number;
  /** Attendants: only the deals they own (services/deals/dealAccess.ts). */
  ownerId?: number;
  timezone: string;
  afterId: number;
  size: number;
}

const LOCAL = (expression: string, name: string) => `to_char(${expression} AT TIME ZONE :timezone, 'YYYY-MM-DD HH24:MI:SS') AS "${name}"`;

/** One batch of deals after `afterId`, in id order, with names and times in the company's clock. */
export function dealExportBatch(b: DealExportBatch): Promise<DealExportRow[]> {
  return many<DealExportRow>(
    `SELECT d.id, d.title, p.name AS pipeline, s.name AS stage, s.kind AS "stageKind", d.value::text AS value, u.name AS owner,
            c.name AS contact, c.number, d.source, to_char(d."expectedCloseAt" AT TIME ZONE :timezone, 'YYYY-MM-DD') AS "expectedCloseAt",
            ${LOCAL('d."closedAt"', 'closedAt')}, d."lostReason", ${LOCAL('d."createdAt"', 'createdAt')}
     FROM "Deals" d
     JOIN "Pipelines" p ON p.id = d."pipelineId"
     JOIN "PipelineStages" s ON s.id = d."stageId"
     LEFT JOIN "Users" u ON u.id = d."ownerId"
     LEFT JOIN "Contacts" c ON c.id = d."contactId"
     WHERE d."companyId" = :companyId AND d.id > :afterId
       ${b.pipelineId === undefined ? '' : 'AND d."pipelineId" = :pipelineId'}
       ${b.ownerId === undefined ? '' : 'AND d."ownerId" = :ownerId'}
     ORDER BY d.id LIMIT :size`,
    { ...b },
  );
}
