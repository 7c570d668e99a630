import { SITE_LANG } from '../consts';

const numberFormat = new Intl.NumberFormat(SITE_LANG);
const percentFormat = new Intl.NumberFormat(SITE_LANG, { style: 'percent', maximumFractionDigits: 1 });

/** "12,345": counts as readers read them. */
export function formatCount(count: number): string {
  return numberFormat.format(count);
}

/** "56.2%" from a share between 0 and 1. */
export function formatPercent(share: number): string {
  return percentFormat.format(share);
}
