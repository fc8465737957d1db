export interface TagView {
  id: number;
  name: string;
  /** "#rrggbb" */
  color: string;
  createdAt: string;
  updatedAt: string;
}

/** The short form carried inside contacts and tickets. */
export type TagRef = Pick<TagView, 'id' | 'name' | 'color'>;
