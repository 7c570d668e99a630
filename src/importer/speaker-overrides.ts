import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { yamlLine } from '../utils/transcript-file';
import { speakerKeySchema, speakerSchema } from '../schemas/transcript';
import { SourceError } from '../utils/source-error';
import type { ParsedTranscript } from './parsed-transcript';

/**
 * What an editor may fix by hand, per speaker key the importer found:
 *
 * ```json
 * {
 *   "tayyip-erdogan": { "key": "recep-tayyip-erdogan", "name": "Recep Tayyip Erdogan", "role": "President of Türkiye" },
 *   "question": { "name": "Question from the audience" },
 *   "alyona-syrova": { "role": null }
 * }
 * ```
 *
 * `"role": null` removes a role. Giving two speakers the same key makes them one speaker.
 */
const overridesSchema = z.record(
  z.string(),
  z.strictObject({
    key: speakerKeySchema.optional(),
    name: speakerSchema.shape.name.optional(),
    role: speakerSchema.shape.role.unwrap().nullable().optional(),
  }),
);

export interface SpeakerOverrides {
  filePath: string;
  /** Overrides by the key the importer found, each with the file line of that key. */
  entries: Map<string, { line: number; key?: string | undefined; name?: string | undefined; role?: string | null | undefined }>;
}

/** Reads a `--speakers` JSON file; a problem names the file and line. */
export function readSpeakerOverrides(filePath: string, text: string): SpeakerOverrides {
  try {
    JSON.parse(text);
  } catch (error) {
    const line = /line (\d+)/.exec((error as Error).message)?.[1];
    throw new SourceError(filePath, line === undefined ? undefined : Number(line), `invalid JSON: ${(error as Error).message}`);
  }
  // JSON is YAML, so the YAML parser gives every key its line.
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const lineAt = (path: PropertyKey[]) => yamlLine(document, lineCounter, path.map((part) => (typeof part === 'symbol' ? String(part) : part)), 1) ?? 1;
  const result = overridesSchema.safeParse(document.toJS());
  if (!result.success) {
    const [issue] = result.error.issues;
    throw new SourceError(filePath, lineAt(issue?.path ?? []), `${issue?.path.join('.') || '(file)'}: ${issue?.message}`);
  }
  const entries: SpeakerOverrides['entries'] = new Map();
  for (const [found, override] of Object.entries(result.data)) entries.set(found, { ...override, line: lineAt([found]) });
  return { filePath, entries };
}

/**
 * Applies an editor's fixes to the speakers, and to the turns of any speaker whose key changes.
 * A fix for a speaker the transcript does not have is an error, unless `strict` is off (a
 * folder import, where each fix concerns some of the files).
 */
export function applySpeakerOverrides(transcript: ParsedTranscript, overrides: SpeakerOverrides, { strict = true } = {}): ParsedTranscript {
  const found = new Set(transcript.speakers.map((speaker) => speaker.key));
  for (const [key, { line }] of overrides.entries) {
    if (strict && !found.has(key)) throw new SourceError(overrides.filePath, line, `there is no speaker "${key}" in this transcript; its speakers are ${[...found].join(', ')}`);
  }
  const renamed = new Map<string, string>();
  const speakers: ParsedTranscript['speakers'] = [];
  for (const speaker of transcript.speakers) {
    const override = overrides.entries.get(speaker.key);
    const key = override?.key ?? speaker.key;
    renamed.set(speaker.key, key);
    if (speakers.some((earlier) => earlier.key === key)) continue;
    const role = override?.role === null ? undefined : (override?.role ?? speaker.role);
    speakers.push({ ...speaker, key, name: override?.name ?? speaker.name, role });
  }
  const turns = transcript.turns.map((turn) => ({ ...turn, speaker: renamed.get(turn.speaker) ?? turn.speaker }));
  return { ...transcript, speakers, turns };
}
