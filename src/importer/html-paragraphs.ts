import type { Element, ElementContent, Root, Text } from 'hast';
import { toText } from 'hast-util-to-text';
import { ImportError } from './import-problem';
import type { Paragraph } from './normalise-text';

/** Elements that hold no words of the text: scripts, styles, media and forms. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'img', 'video', 'audio', 'iframe', 'svg', 'picture', 'source', 'form', 'button', 'input']);
/** Elements that start a paragraph of their own. */
const BLOCKS = new Set(['p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'section', 'article', 'table', 'tr', 'td', 'th', 'figure', 'figcaption', 'hr']);

const isBlock = (node: ElementContent): node is Element => node.type === 'element' && BLOCKS.has(node.tagName);
const isSkipped = (node: ElementContent) => node.type === 'element' && SKIPPED.has(node.tagName);

/**
 * The paragraphs of an article's text, one per `<p>` (or other block), each with the HTML
 * line it starts on; a `<br>` starts a new paragraph, as a new line does in pasted text.
 * White space is folded as a browser shows it; non-breaking spaces, quotes and dashes stay.
 * Then every letter of the element's text must be in a paragraph, in order, or the page is
 * refused at the line where text went missing.
 *
 * `<div class="e-content"><p>Vladimir Putin: Friends,</p><p>Thank you.<br>Good.</p></div>`
 * gives "Vladimir Putin: Friends,", "Thank you." and "Good.".
 */
export function contentParagraphs(container: Element): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  collect(container, paragraphs);
  checkComplete(container, paragraphs);
  return paragraphs;
}

function collect(node: Element, out: Paragraph[]): void {
  let inline: ElementContent[] = [];
  const flush = () => {
    if (inline.length > 0) addBlock({ type: 'element', tagName: 'p', properties: {}, children: inline, position: inline[0]?.position }, out);
    inline = [];
  };
  for (const child of node.children) {
    if (child.type === 'comment' || isSkipped(child)) continue;
    if (isBlock(child)) {
      flush();
      if (child.children.some((grandchild) => isBlock(grandchild))) collect(child, out);
      else addBlock(child, out);
    } else {
      inline.push(child);
    }
  }
  flush();
}

function addBlock(block: Element, out: Paragraph[]): void {
  const line = block.position?.start.line ?? 1;
  const kept: Element = { ...block, children: block.children.filter((child) => !isSkipped(child)) };
  for (const text of toText(kept, { whitespace: 'normal' }).split('\n')) {
    const trimmed = text.replace(/^[ \t\r\f]+|[ \t\r\f]+$/gu, '');
    if (trimmed !== '') out.push({ line, text: trimmed });
  }
}

/** Every non-space character of the element's text, in order, is in the paragraphs. */
function checkComplete(container: Element, paragraphs: Paragraph[]): void {
  const letters: { character: string; line: number }[] = [];
  const walk = (node: Element | Root) => {
    for (const child of node.children) {
      if (child.type === 'element' && !SKIPPED.has(child.tagName)) walk(child);
      if (child.type === 'text') for (const character of dense(child)) letters.push({ character, line: child.position?.start.line ?? 1 });
    }
  };
  walk(container);
  const read = paragraphs.map((paragraph) => paragraph.text.replace(/\s+/gu, '')).join('');
  const index = letters.findIndex((letter, position) => read[position] !== letter.character);
  if (index !== -1 || read.length !== letters.length) {
    const at = letters[index === -1 ? letters.length - 1 : index];
    throw new ImportError(at?.line, 'some text of this part of the page would not be read as a paragraph: check the HTML around this line');
  }
}

function dense(text: Text): string {
  return text.value.replace(/\s+/gu, '');
}
