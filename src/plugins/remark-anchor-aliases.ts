import type { VFile } from 'vfile';
import { failAtFrontmatter } from './source-position';

/**
 * Checks the transcript's `anchorAliases` against the turns `remark-speaker-turns` read, and
 * so runs after it. Aliases keep published turn links working after a turn's anchor changes,
 * as TheyWorkForYou's `gidredirect` does. With this front matter
 *
 * ```yaml
 * anchorAliases:
 *   alyona-syrova-1: alyona-syrova-stv-1
 * ```
 *
 * the transcript page gives the turn `alyona-syrova-stv-1` an empty target for the old anchor
 * (`<span class="turn-alias" id="alyona-syrova-1">`, see `src/components/Turn.astro`), so
 * `#alyona-syrova-1` scrolls to that turn with no script. An alias whose target is not a turn
 * of this transcript, or whose old anchor is still a turn, stops the build with the front
 * matter line.
 */
export default function remarkAnchorAliases() {
  return (_tree: unknown, file: VFile) => {
    const aliases = Object.entries(file.data.anchorAliases ?? {});
    if (aliases.length === 0) return;
    const turns = new Set((file.data.turns ?? []).map((turn) => turn.anchor));
    for (const [oldAnchor, newAnchor] of aliases) {
      if (turns.has(oldAnchor)) {
        failAtFrontmatter(file, ['anchorAliases', oldAnchor], `anchor alias "${oldAnchor}" is still a turn of this transcript: an alias is only for an anchor that no longer exists`);
      }
      if (!turns.has(newAnchor)) {
        const known = [...turns].join(', ');
        failAtFrontmatter(file, ['anchorAliases', oldAnchor], `anchor alias "${oldAnchor}" points to "${newAnchor}", which is not a turn of this transcript (turns: ${known})`);
      }
    }
  };
}
