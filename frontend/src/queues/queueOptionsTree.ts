import type { QueueOption } from './queueTypes';

export interface OptionNode {
  option: QueueOption;
  /** "1", "1.2": what the contact types at each level, joined, so admins can talk about an option. */
  number: string;
  children: OptionNode[];
}

const inMenuOrder = (a: QueueOption, b: QueueOption) => a.position - b.position || a.id - b.id;

/** The flat list the API returns as a tree, each level in the order the chatbot numbers it. */
export function buildOptionTree(options: readonly QueueOption[]): OptionNode[] {
  const byParent = new Map<number | null, QueueOption[]>();
  for (const option of options) {
    const siblings = byParent.get(option.parentId) ?? [];
    siblings.push(option);
    byParent.set(option.parentId, siblings);
  }
  const level = (parentId: number | null, prefix: string, seen: Set<number>): OptionNode[] =>
    (byParent.get(parentId) ?? [])
      .sort(inMenuOrder)
      .filter((option) => !seen.has(option.id)) // the server forbids loops; never recurse forever anyway
      .map((option, index) => {
        const number = prefix ? `${prefix}.${index + 1}` : String(index + 1);
        return { option, number, children: level(option.id, number, new Set(seen).add(option.id)) };
      });
  return level(null, '', new Set());
}

export function countDescendants(node: OptionNode): number {
  return node.children.reduce((sum, child) => sum + 1 + countDescendants(child), 0);
}

/** Where a new option goes: after the last of its siblings. */
export function nextPosition(siblings: readonly OptionNode[]): number {
  return siblings.reduce((max, node) => Math.max(max, node.option.position + 1), 0);
}

/**
 * Moving one option up or down renumbers its level 0, 1, 2… (positions may all be 0 after creation through
 * the API), and returns only the options whose position actually changes.
 */
export function positionsAfterMove(siblings: readonly OptionNode[], index: number, delta: -1 | 1): { id: number; position: number }[] {
  const target = index + delta;
  if (target < 0 || target >= siblings.length) return [];
  const order = siblings.map((node) => node.option);
  [order[index], order[target]] = [order[target]!, order[index]!];
  return order.flatMap((option, position) => (option.position === position ? [] : [{ id: option.id, position }]));
}
