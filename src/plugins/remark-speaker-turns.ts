import type { Element, ElementContent, Properties } from 'hast';
import type { Heading, Parent, Root, RootContent } from 'mdast';
import type {} from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import type { TurnRecord } from '../schemas/turn';
import { turnAnchor } from '../utils/turn-anchor';
import { countWords } from '../utils/word-count';
import { failAt, warnAbout } from './source-position';

/** A speaker turn: the `## key` heading and every block up to the next one. */
export interface SpeakerTurn extends Parent {
  type: 'speakerTurn';
  children: RootContent[];
}

declare module 'mdast' {
  interface RootContentMap {
    speakerTurn: SpeakerTurn;
  }
}

export interface SpeakerTurnsOptions {
  /** Screen-reader text of each turn's `#` permalink (default: `'Link to this turn'`). */
  permalinkLabel?: string;
}

interface DeclaredSpeaker {
  key: string;
  name: string;
  role?: string | undefined;
}

/**
 * Turns a transcript body into speaker turns. Every level-2 heading names the key of the
 * speaker who talks until the next level-2 heading; nothing may come before the first one.
 *
 * ```md
 * ## vladimir-putin
 *
 * Mr President, colleagues, ladies and gentlemen,
 * ```
 *
 * becomes
 *
 * ```html
 * <section class="turn" id="vladimir-putin-1" data-speaker="vladimir-putin" data-turn="1">
 *   <header class="turn-header">
 *     <h2 class="turn-speaker" id="vladimir-putin-1-speaker">
 *       <span class="turn-speaker-name">Vladimir Putin</span>
 *       <span class="turn-speaker-role">President of Russia</span>
 *     </h2>
 *     <a class="turn-permalink" href="#vladimir-putin-1">…</a>
 *     <turn-actions></turn-actions>
 *   </header>
 *   <div class="turn-body"><p>Mr President, colleagues, ladies and gentlemen,</p></div>
 * </section>
 * ```
 *
 * The role shows on a speaker's first turn only. `<turn-actions>` stays empty in the HTML: the
 * page's script fills it with the turn's buttons (copy link, cite, share a quote), so a reader
 * without JavaScript never meets a button that does nothing. Names and roles come from the front
 * matter's `speakers`; a heading naming an undeclared key, an empty turn, or text before the
 * first turn stops the build with the file and line. The turns are also reported to the page
 * as `frontmatter.turns` ({@link TurnRecord}), so no other page has to render them again.
 */
export default function remarkSpeakerTurns(options: SpeakerTurnsOptions = {}) {
  const permalinkLabel = options.permalinkLabel ?? 'Link to this turn';

  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter;
    const speakers = declaredSpeakers(frontmatter?.['speakers']);
    const turns: SpeakerTurn[] = [];
    const records: TurnRecord[] = [];
    const turnsBySpeaker = new Map<string, number>();

    for (const node of tree.children) {
      if (node.type === 'heading' && node.depth === 2) {
        const key = toString(node).trim();
        const speaker = speakers.get(key);
        if (!speaker) {
          const known = [...speakers.keys()].join(', ') || 'none';
          failAt(file, node, `turn speaker "${key}" is not declared in the front matter's speakers (declared: ${known})`);
        }
        const countForSpeaker = (turnsBySpeaker.get(key) ?? 0) + 1;
        turnsBySpeaker.set(key, countForSpeaker);
        const anchor = turnAnchor(key, countForSpeaker);
        turns.push(startTurn(node, speaker, anchor, turns.length + 1, countForSpeaker === 1, permalinkLabel));
        records.push({ anchor, speaker: key, position: turns.length, countForSpeaker, paragraphs: [], words: 0 });
        continue;
      }
      const turn = turns.at(-1);
      const record = records.at(-1);
      if (!turn || !record) {
        failAt(file, node, 'text before the first turn: a transcript body starts with a "## speaker-key" heading');
      }
      bodyOf(turn).children.push(node);
      const text = toString(node);
      record.paragraphs.push(text);
      record.words += countWords(text);
    }

    turns.forEach((turn, index) => {
      if (bodyOf(turn).children.length === 0) {
        failAt(file, headerOf(turn).children[0], `empty turn: "${records[index]?.speaker}" has a heading but no text`);
      }
    });
    for (const key of speakers.keys()) {
      if (!turnsBySpeaker.has(key)) warnAbout(file, `speaker "${key}" is declared but never speaks`);
    }

    tree.children = turns;
    if (frontmatter) frontmatter['turns'] = records;
  };
}

function declaredSpeakers(value: unknown): Map<string, DeclaredSpeaker> {
  const speakers = new Map<string, DeclaredSpeaker>();
  if (!Array.isArray(value)) return speakers;
  for (const item of value as DeclaredSpeaker[]) {
    speakers.set(item.key, { key: item.key, name: item.name.replace(/\u00a0/g, ' '), role: item.role?.replace(/\u00a0/g, ' ') });
  }
  return speakers;
}

function headerOf(turn: SpeakerTurn): Parent {
  return turn.children[0] as SpeakerTurn;
}

function bodyOf(turn: SpeakerTurn): Parent {
  return turn.children[1] as SpeakerTurn;
}

/** A block that becomes one HTML element around its (Markdown) children. */
function container(hName: string, hProperties: Properties, children: RootContent[] = []): SpeakerTurn {
  return { type: 'speakerTurn', children, data: { hName, hProperties } };
}

function startTurn(
  heading: Heading,
  speaker: DeclaredSpeaker,
  anchor: string,
  position: number,
  isFirstForSpeaker: boolean,
  permalinkLabel: string,
): SpeakerTurn {
  const headingChildren: ElementContent[] = [span('turn-speaker-name', speaker.name)];
  if (isFirstForSpeaker && speaker.role) {
    headingChildren.push({ type: 'text', value: ' ' }, span('turn-speaker-role', speaker.role));
  }
  // An explicit id keeps rehype-slug from giving this heading a slug such as
  // "vladimir-putin-1", which would clash with the turn anchors.
  heading.data = { hProperties: { id: `${anchor}-speaker`, className: ['turn-speaker'] }, hChildren: headingChildren };

  const permalink = container('a', { className: ['turn-permalink'], href: `#${anchor}` });
  permalink.data = {
    ...permalink.data,
    hChildren: [
      { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
      span('sr-only', permalinkLabel, { dataPagefindIgnore: '' }),
    ],
  };
  const actions = container('turn-actions', {});
  const header = container('header', { className: ['turn-header'] }, [heading, permalink, actions]);
  const body = container('div', { className: ['turn-body'] });
  return container('section', { id: anchor, className: ['turn'], dataSpeaker: speaker.key, dataTurn: position }, [header, body]);
}

function span(className: string, text: string, properties: Properties = {}): Element {
  return { type: 'element', tagName: 'span', properties: { className: [className], ...properties }, children: [{ type: 'text', value: text }] };
}
