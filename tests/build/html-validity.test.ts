import { join } from 'node:path';
import { FileSystemConfigLoader, formatterFactory, HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { DIST } from '../helpers/built-site';
import { sitePages } from '../helpers/site-pages';

// The project's .htmlvalidate.json: html-validate's recommended rules, none turned off.
const validator = new HtmlValidate(new FileSystemConfigLoader());
const format = formatterFactory('text');

describe('every built page is valid HTML (html-validate:recommended)', () => {
  test.each(sitePages().pages)('$path', async ({ file }) => {
    const report = await validator.validateFile(join(DIST, file));
    expect(report.valid, format(report.results)).toBe(true);
  });
});
