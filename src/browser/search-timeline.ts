import type { readStrings } from './ui-strings';

/** What the mentions-over-time chart shows: results per year, for the years searched. */
export interface Timeline {
  /** Results per year among the years searched (Pagefind's filter counts). */
  perYear: Record<string, number>;
  /** Years searched, in whole or in part. */
  searched: readonly string[];
  /** Years not searched, or not all of them. */
  remaining: readonly string[];
  /** The address of the same search narrowed to a year. */
  yearHref(year: string): string;
}

const SVG = 'http://www.w3.org/2000/svg';
/** The chart's drawing size in SVG units; it scales to the width of the page. */
const WIDTH = 600;
const HEIGHT = 120;
const LABEL = 16;

/**
 * Draws the mentions-over-time chart into `figure`: an SVG bar per year, oldest on the left,
 * each bar a link that narrows the search to its year, and the same figures as a table, the
 * chart's accessible form (the SVG is hidden from assistive technology; the table's year links
 * do the same as the bars). A year not searched yet is drawn as a low dashed outline, with no
 * count; a year searched in part (a large year's shards each hold part of it) as a dashed bar
 * of its results so far, "at least" that many.
 *
 * `{ perYear: { 2021: 3, 2022: 7 }, searched: ['2022', '2021'], remaining: ['2021', '2020'] }`
 * draws an outline for 2020, a dashed bar 3 units high for 2021 ("at least 3"), a bar 7 units
 * high for 2022, and a table of three rows.
 */
export function drawTimeline(figure: HTMLElement, timeline: Timeline, strings: ReturnType<typeof readStrings>): void {
  const years = [...new Set([...timeline.searched, ...timeline.remaining])].sort();
  const reached = new Set(timeline.searched);
  const partly = new Set(timeline.searched.filter((year) => timeline.remaining.includes(year)));
  const countOf = (year: string) => timeline.perYear[year] ?? 0;
  const highest = Math.max(1, ...timeline.searched.map(countOf));
  const slot = WIDTH / Math.max(1, years.length);
  const caption = (year: string) =>
    partly.has(year) ? strings.count('search.timelineYearSoFar', countOf(year), { year }) : reached.has(year) ? strings.count('search.timelineYear', countOf(year), { year }) : strings.text('search.timelineNotSearched', { year });

  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT + LABEL}`);
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('timeline-chart');
  years.forEach((year, index) => {
    const link = document.createElementNS(SVG, 'a');
    link.setAttribute('href', timeline.yearHref(year));
    link.setAttribute('tabindex', '-1');
    link.dataset['year'] = year;
    const title = document.createElementNS(SVG, 'title');
    title.textContent = caption(year);
    // A year not counted yet is a low dashed outline: there may be something there.
    const height = reached.has(year) ? Math.max(countOf(year) > 0 ? 2 : 0, (countOf(year) / highest) * HEIGHT) : HEIGHT / 4;
    const bar = document.createElementNS(SVG, 'rect');
    bar.setAttribute('x', String(index * slot + slot * 0.15));
    bar.setAttribute('width', String(slot * 0.7));
    bar.setAttribute('y', String(HEIGHT - height));
    bar.setAttribute('height', String(height));
    bar.classList.add(reached.has(year) ? 'timeline-bar' : 'timeline-unsearched');
    if (partly.has(year)) bar.classList.add('timeline-partial');
    const label = document.createElementNS(SVG, 'text');
    label.setAttribute('x', String(index * slot + slot / 2));
    label.setAttribute('y', String(HEIGHT + LABEL - 3));
    label.textContent = years.length > 12 ? `’${year.slice(2)}` : year;
    // A hit area the height of the chart, so that a year with few results is easy to click.
    const area = document.createElementNS(SVG, 'rect');
    area.setAttribute('x', String(index * slot));
    area.setAttribute('width', String(slot));
    area.setAttribute('height', String(HEIGHT + LABEL));
    area.classList.add('timeline-area');
    link.append(title, area, bar, label);
    svg.append(link);
  });

  const table = document.createElement('table');
  table.createCaption().textContent = strings.text('search.timelineCaption');
  const head = table.createTHead().insertRow();
  for (const heading of [strings.text('search.year'), strings.text('search.timelineResults')]) {
    const cell = document.createElement('th');
    cell.scope = 'col';
    cell.textContent = heading;
    head.append(cell);
  }
  const body = table.createTBody();
  for (const year of [...years].reverse()) {
    const row = body.insertRow();
    const yearCell = document.createElement('th');
    yearCell.scope = 'row';
    const link = document.createElement('a');
    link.href = timeline.yearHref(year);
    link.dataset['year'] = year;
    link.textContent = year;
    yearCell.append(link);
    const cell = row.insertCell();
    const count = countOf(year).toLocaleString(document.documentElement.lang || undefined);
    cell.textContent = partly.has(year) ? strings.text('search.timelineAtLeast', { count }) : reached.has(year) ? count : strings.text('search.timelineNotCounted');
    row.prepend(yearCell);
  }
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = strings.text('search.timelineTable');
  details.append(summary, table);

  const target = figure.querySelector('.timeline-body');
  target?.replaceChildren(svg, details);
  const countAll = figure.querySelector<HTMLButtonElement>('.timeline-count-all');
  if (countAll) countAll.hidden = timeline.remaining.length === 0;
}
