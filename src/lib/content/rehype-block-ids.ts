import { blockId } from './letter-blocks.ts';

interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

const BLOCK_TAGS = new Set(['p', 'ol', 'ul', 'blockquote']);

/**
 * Gives each top-level block of an MDX body the id `afsnit-N`, counted as letterBlocks()
 * counts them, so a goal page can link to the paragraph that discusses the goal.
 */
export function rehypeBlockIds(): (tree: Node) => void {
  return (tree) => {
    let index = 0;
    for (const node of tree.children ?? []) {
      if (node.type !== 'element' || !node.tagName || !BLOCK_TAGS.has(node.tagName)) continue;
      index += 1;
      node.properties = { ...node.properties, id: blockId(index) };
    }
  };
}
