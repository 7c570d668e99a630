import { z } from 'zod';
import { turnAnchorSchema } from './transcript';

/**
 * `content/anchors.json`: every turn anchor ever published, per transcript slug, in the order
 * they were first published. Entries are only ever added (`npm run anchors:update`); the build
 * fails while a listed anchor has neither a turn nor an `anchorAliases` entry.
 */
export const anchorsManifestSchema = z.record(z.string().min(1), z.array(turnAnchorSchema));

export type AnchorsManifest = z.output<typeof anchorsManifestSchema>;
