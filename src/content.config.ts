import { defineCollection } from 'astro:content';
import { transcriptLoader } from './loaders/transcript-loader';
import { transcriptSchema } from './schemas/transcript';

export const collections = {
  // TRANSCRIPTS_DIR lets tests and benchmarks build the site from another folder of transcripts.
  transcripts: defineCollection({
    loader: transcriptLoader({ base: process.env['TRANSCRIPTS_DIR'] ?? './content/transcripts' }),
    schema: transcriptSchema,
  }),
};
