import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { SpeakerTurn } from './remark-speaker-turns';
import { failAtFrontmatter } from './source-position';

/**
 * Keeps published turn links working after a turn's anchor changes, as TheyWorkForYou's
 * `gidredirect` does. Runs after `remark-speaker-turns`. With this front matter
 *
 * ```yaml
 * anchorAliases:
 *   alyona-syrova-1: alyona-syrova-stv-1
 * ```
 *
 * the turn now anchored `alyona-syrova-stv-1` starts with an empty target for the old anchor:
 *
 * ```html
 * <section class="turn" id="alyona-syrova-stv-1" …>
 *   <span class="turn-alias" id="alyona-syrova-1"></span>
 *   <header class="turn-header">…</header>
 * ```
 *
 * so `#alyona-syrova-1` scrolls to that turn with no script, and `.turn:has(> :target)` can
 * highlight it. An alias whose target is not a turn of this transcript, or whose old anchor is
 * still a turn, stops the build with the front matter line.
 */
export default function remarkAnchorAliases() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter;
    const aliases = Object.entries((frontmatter?.['anchorAliases'] ?? {}) as Record<string, string>);
    if (aliases.length === 0) return;

    const turns = new Map<string, SpeakerTurn>();
    for (const node of tree.children) {
      const id = node.data?.hProperties?.['id'];
      if (node.type === 'speakerTurn' && typeof id === 'string') turns.set(id, node);
    }
    for (const [oldAnchor, newAnchor] of aliases) {
      const target = turns.get(newAnchor);
      if (turns.has(oldAnchor)) {
        failAtFrontmatter(file, ['anchorAliases', oldAnchor], `anchor alias "${oldAnchor}" is still a turn of this transcript: an alias is only for an anchor that no longer exists`);
      }
      if (!target) {
        const known = [...turns.keys()].join(', ');
        failAtFrontmatter(file, ['anchorAliases', oldAnchor], `anchor alias "${oldAnchor}" points to "${newAnchor}", which is not a turn of this transcript (turns: ${known})`);
      }
      target.children.unshift({ type: 'speakerTurn', children: [], data: { hName: 'span', hProperties: { id: oldAnchor, className: ['turn-alias'] } } });
    }
  };
}
