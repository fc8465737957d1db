import type { TagView } from '@atende/contract';
import type { TagRecord } from '../db/tags.js';

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
