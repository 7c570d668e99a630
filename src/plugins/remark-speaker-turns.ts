import type { Heading, List, PhrasingContent, Root, RootContent } from 'mdast';
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import type { Speaker } from '../schemas/transcript';
import type { Block, HeadingBlock, Turn } from '../schemas/turn';
import { turnAnchor } from '../utils/turn-anchor';
import { plainLines } from '../utils/turn-text';
import { countWords } from '../utils/words';
import { headingIds } from './heading-ids';
import { failAt, warnAbout } from './source-position';

declare module 'vfile' {
  interface DataMap {
    /** The transcript's speakers, as the schema normalised them: what `## key` headings name. */
    speakers: readonly Speaker[];
    /** Old turn anchors mapped to the turns that now hold their words (see `anchorAliases`). */
    anchorAliases: Readonly<Record<string, string>>;
    /** The transcript's turns, as `remark-speaker-turns` read them. */
    turns: Turn[];
  }
}

/**
 * Reads a transcript body as speaker turns ({@link Turn}), into `file.data.turns`. Every
 * level-2 heading names the key of a speaker in `file.data.speakers`, who talks until the next
 * level-2 heading; nothing may come before the first one.
 *
 * ```md
 * ## vladimir-putin
 *
 * Mr President, colleagues,
 *
 * ### Economy
 *
 * - lower inflation
 * - higher wages
 * ```
 *
 * becomes
 *
 * ```js
 * [{
 *   anchor: 'vladimir-putin-1', speaker: 'vladimir-putin', position: 1, countForSpeaker: 1, words: 7,
 *   blocks: [
 *     { type: 'paragraph', text: 'Mr President, colleagues,', html: 'Mr President, colleagues,' },
 *     { type: 'heading', depth: 3, id: 'economy', text: 'Economy', html: 'Economy' },
 *     { type: 'list', ordered: false, items: [
 *       [{ type: 'paragraph', text: 'lower inflation', html: 'lower inflation' }],
 *       [{ type: 'paragraph', text: 'higher wages', html: 'higher wages' }],
 *     ] },
 *   ],
 * }]
 * ```
 *
 * Inner headings get their ids from rehype-slug (`heading-ids.ts`). A heading naming an
 * undeclared key, an empty turn, text before the first turn, or a heading above level 3 inside
 * a turn stops the build with the file and line. The tree itself is left as it was: pages
 * render the turns (`src/components/Turn.astro`), not this tree.
 */
export default function remarkSpeakerTurns() {
  return (tree: Root, file: VFile) => {
    const speakers = new Map((file.data.speakers ?? []).map((speaker) => [speaker.key, speaker]));
    const inner: Inner = { headings: [], blocks: [] };
    const turns: Turn[] = [];
    const headings: Heading[] = [];
    const turnsBySpeaker = new Map<string, number>();

    for (const node of tree.children) {
      if (node.type === 'heading' && node.depth === 2) {
        const key = inlineText(node.children).trim();
        if (!speakers.has(key)) {
          const known = [...speakers.keys()].join(', ') || 'none';
          failAt(file, node, `turn speaker "${key}" is not declared in the front matter's speakers (declared: ${known})`);
        }
        const countForSpeaker = (turnsBySpeaker.get(key) ?? 0) + 1;
        turnsBySpeaker.set(key, countForSpeaker);
        turns.push({ anchor: turnAnchor(key, countForSpeaker), speaker: key, position: turns.length + 1, countForSpeaker, blocks: [], words: 0 });
        headings.push(node);
        continue;
      }
      const turn = turns.at(-1);
      if (!turn) failAt(file, node, 'text before the first turn: a transcript body starts with a "## speaker-key" heading');
      turn.blocks.push(...blocksOf(node, file, inner));
    }

    turns.forEach((turn, index) => {
      if (turn.blocks.length === 0) failAt(file, headings[index], `empty turn: "${turn.speaker}" has a heading but no text`);
      turn.words = plainLines(turn.blocks).reduce((sum, line) => sum + countWords(line), 0);
    });
    const ids = headingIds(inner.headings);
    inner.blocks.forEach((block, index) => {
      block.id = ids[index] ?? '';
    });
    for (const key of speakers.keys()) {
      if (!turnsBySpeaker.has(key)) warnAbout(file, `speaker "${key}" is declared but never speaks`);
    }
    file.data.turns = turns;
  };
}

/** The transcript's inner headings as read, and their blocks, whose ids rehype-slug gives once all are read. */
interface Inner {
  headings: Heading[];
  blocks: HeadingBlock[];
}

/** A Markdown block as turn blocks: none for a link definition or a rule, which hold no words. */
function blocksOf(node: RootContent, file: VFile, inner: Inner): Block[] {
  switch (node.type) {
    case 'paragraph':
      return [{ type: 'paragraph', text: inlineText(node.children), html: inlineHtml(node.children) }];
    case 'heading': {
      if (node.depth < 3) failAt(file, node, `a level-${node.depth} heading inside a turn: headings inside a turn start at level 3 ("### …"); "## key" starts a new turn`);
      const block: HeadingBlock = { type: 'heading', depth: node.depth, id: '', text: inlineText(node.children), html: inlineHtml(node.children) };
      inner.headings.push(node);
      inner.blocks.push(block);
      return [block];
    }
    case 'list':
      return [listOf(node, file, inner)];
    case 'blockquote':
      return [{ type: 'quote', blocks: node.children.flatMap((child) => blocksOf(child, file, inner)) }];
    case 'code':
      // An indented line reads as code in Markdown; it is still spoken text.
      return [{ type: 'paragraph', text: node.value, html: toHtml({ type: 'text', value: node.value }) }];
    case 'definition':
    case 'thematicBreak':
      return [];
    default:
      return failAt(file, node, `a "${node.type}" block cannot be part of a turn: write it as a paragraph`);
  }
}

function listOf(node: List, file: VFile, inner: Inner): Block {
  const items = node.children.map((item) => item.children.flatMap((child) => blocksOf(child, file, inner)));
  return { type: 'list', ordered: node.ordered ?? false, ...(node.ordered && typeof node.start === 'number' && node.start !== 1 ? { start: node.start } : {}), items };
}

/** The words of inline Markdown as published: a hard line break is a line break. */
function inlineText(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((node): string => {
      if (node.type === 'text' || node.type === 'inlineCode') return node.value;
      if (node.type === 'break') return '\n';
      if ('children' in node) return inlineText(node.children as PhrasingContent[]);
      return '';
    })
    .join('');
}

/** Inline Markdown as HTML: emphasis, links and breaks kept, text escaped, raw HTML dropped. */
function inlineHtml(nodes: readonly PhrasingContent[]): string {
  return toHtml((toHast({ type: 'paragraph', children: [...nodes] }) as Element).children);
}
