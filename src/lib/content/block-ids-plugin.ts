import type { HastPluginEntry } from 'satteri';
import { blockId } from '../paths.ts';

const BLOCK_TAGS = ['p', 'ol', 'ul', 'blockquote'];

/**
 * A Sätteri hast plugin that gives each top-level block of a Markdown/MDX body the id
 * `afsnit-N`, counted as letterBlocks() counts them, so a goal page can link to the
 * paragraph that discusses the goal. A factory, so the count restarts per document.
 */
export const blockIdsPlugin: HastPluginEntry = () => {
  let index = 0;
  return {
    name: 'block-ids',
    element: {
      filter: BLOCK_TAGS,
      visit(node, ctx) {
        if (ctx.parent(node)?.type !== 'root') return;
        index += 1;
        ctx.setProperty(node, 'id', blockId(index));
      },
    },
  };
};
