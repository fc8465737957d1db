import type { TagView } from '@atende/contract';

/** A tag row as read from "Tags". */
export interface TagRecord {
  id: number;
  companyId: number;
  name: string;
  color: string;
  createdAt: Date;
  updatedAt: Date;
}

// The short form carried inside contacts and tickets; services name it from here.
export type { TagRef } from '@atende/contract';

export function presentTag(tag: TagRecord): TagView {
  return {
    id: tag.id,
    name: tag.name,
    color: tag.color,
    createdAt: new Date(tag.createdAt).toISOString(),
    updatedAt: new Date(tag.updatedAt).toISOString(),
  };
}
