import { existsSync, readFileSync } from 'node:fs';
import { anchorsManifestSchema, type AnchorsManifest } from '../schemas/anchors-manifest';
import { SourceError } from '../utils/source-error';
import { writeAtomically } from '../utils/write-atomically';

/** The manifest at `file`, or `undefined` when there is none (nothing published from this folder yet). */
export function readAnchorsManifest(file: string): AnchorsManifest | undefined {
  if (!existsSync(file)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SourceError(file, undefined, `the anchors manifest is not valid JSON: ${(error as Error).message}`);
  }
  const result = anchorsManifestSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new SourceError(file, undefined, `the anchors manifest is malformed at ${issue?.path.join('.') || 'the top'}: ${issue?.message}`);
  }
  return result.data;
}

/** The published anchors of a transcript that it no longer has, as a turn or as an alias. */
export function lostAnchors(published: string[], turnAnchors: string[], aliases: Record<string, string>): string[] {
  const current = new Set([...turnAnchors, ...Object.keys(aliases)]);
  return published.filter((anchor) => !current.has(anchor));
}

/**
 * Adds each transcript's anchors that the manifest lacks, after the ones it has; never removes
 * one. Returns the new manifest (slugs sorted) and how many anchors were added.
 */
export function mergeAnchors(manifest: AnchorsManifest, current: Record<string, string[]>): { manifest: AnchorsManifest; added: number } {
  const merged: AnchorsManifest = { ...manifest };
  let added = 0;
  for (const [slug, anchors] of Object.entries(current)) {
    const known = merged[slug] ?? [];
    const fresh = anchors.filter((anchor) => !known.includes(anchor));
    added += fresh.length;
    merged[slug] = [...known, ...fresh];
  }
  const sorted = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
  return { manifest: sorted, added };
}

/** Writes the manifest in full or not at all. */
export function writeAnchorsManifest(file: string, manifest: AnchorsManifest): void {
  writeAtomically(file, `${JSON.stringify(manifest, null, 2)}\n`);
}
