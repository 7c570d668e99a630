const SVG = 'http://www.w3.org/2000/svg';

/**
 * A 16 px icon drawn as one stroked path on a 20 × 20 grid, hidden from assistive technology
 * (its control has a name of its own), in the text's colour:
 *
 * `strokeIcon('M7.5 4.5 13 10l-5.5 5.5', 2)` →
 * `<svg aria-hidden="true" viewBox="0 0 20 20" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M7.5 4.5 13 10l-5.5 5.5"/></svg>`
 */
export function strokeIcon(path: string, strokeWidth: number): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  const attributes = { 'aria-hidden': 'true', viewBox: '0 0 20 20', width: '16', height: '16', fill: 'none', stroke: 'currentColor', 'stroke-width': String(strokeWidth), 'stroke-linecap': 'round', 'stroke-linejoin': 'round' };
  for (const [name, value] of Object.entries(attributes)) svg.setAttribute(name, value);
  const line = document.createElementNS(SVG, 'path');
  line.setAttribute('d', path);
  svg.append(line);
  return svg;
}
