import type { TagRecord } from '../db/tags.js';

export interface TagView {
  id: number;
  name: string;
  color: string;
  createdAt: string;
  updatedAt: string;
}

/** The short form carried inside contacts (and later tickets). */
export type TagRef = Pick<TagView, 'id' | 'name' | 'color'>;

export function presentTag(tag: TagRecord): TagView {
  return {
    id: tag.id,
    name: tag.name,
    color: tag.color,
    createdAt: new Date(tag.createdAt).toISOString(),
    updatedAt: new Date(tag.updatedAt).toISOString(),
  };
}
