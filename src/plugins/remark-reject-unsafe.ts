import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { failAt } from './source-position';

/** Link targets a transcript may use: the web, mail, and places on this site. */
const SAFE_URL = /^(?:https?:|mailto:|[#/.?]|[^:]*$)/i;

/**
 * Keeps a transcript from ever running code or loading anything from elsewhere. Astro's
 * pipeline passes raw HTML straight through, so raw HTML (comments included), images and
 * links with a scheme other than http(s) or mailto stop the build instead:
 *
 * ```md
 * Thank you.<script>alert(1)</script>
 * ```
 *
 * fails with `content/transcripts/x.md:31: raw HTML is not allowed in a transcript: "<script>"`.
 * Transcripts are text; an editor who needs a literal `<` writes `\<`.
 */
export default function remarkRejectUnsafe() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type === 'html') {
        failAt(file, node, `raw HTML is not allowed in a transcript: "${node.value.slice(0, 40)}" (write \\< for a literal <)`);
      }
      if (node.type === 'image' || node.type === 'imageReference') {
        failAt(file, node, 'images are not allowed in a transcript');
      }
      if ((node.type === 'link' || node.type === 'definition') && !SAFE_URL.test(node.url.trim())) {
        failAt(file, node, `unsafe link target "${node.url.slice(0, 40)}": only http(s), mailto and site links are allowed`);
      }
    });
  };
}
