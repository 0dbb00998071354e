import { z } from 'zod';
import { COMPETITION_STATUSES, OUTCOMES, REGIONS } from './enums.js';
import { ENTRY_LIMITS, SECTION_KEYS } from './form.js';

/**
 * The format of a seed file in `seeds/data/`: one competition with everything its results
 * booklet says, and as much of each entry as is known. Text fields hold paragraphs separated
 * by a blank line; a line starting with "- " is a bullet, indented by two spaces per level.
 */
const text = z.string().trim().min(1);

export const seedCountrySchema = z.object({
  code: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code'),
  name: text,
  /** Where the booklet sorts it: "Korea, Republic of" sorts Republic of Korea under K. */
  sortName: text,
  region: z.enum(REGIONS),
});

export const seedInstitutionSchema = z.object({
  name: text,
  acronym: text.nullish(),
  countryCode: z.string().regex(/^[A-Z]{2}$/),
});

/** One result figure from "Evaluating the results": a value as written, or a before/after pair. */
export const seedFigureSchema = z
  .object({
    group: text.nullish(),
    label: text,
    value: text.nullish(),
    before: z.number().nullish(),
    after: z.number().nullish(),
    unit: text.nullish(),
  })
  .refine((f) => f.value != null || (f.before != null && f.after != null), {
    message: 'a figure needs a value, or both a before and an after',
  });

export const seedEntrySchema = z.object({
  title: text,
  institution: text,
  countryCode: z.string().regex(/^[A-Z]{2}$/),
  priorityAreas: z
    .array(text)
    .min(ENTRY_LIMITS.minPriorityAreas)
    .max(ENTRY_LIMITS.maxPriorityAreas),
  outcome: z.enum(OUTCOMES).nullish(),
  /** The Jury's comment (Award) or the special mention text. */
  juryText: text.nullish(),
  summary: text.nullish(),
  inOperationSince: z.number().int().min(1900).max(2100).nullish(),
  sections: z.partialRecord(z.enum(SECTION_KEYS), text).optional(),
  successFactors: z.array(text).max(ENTRY_LIMITS.maxSuccessFactors).optional(),
  risks: z.array(text).max(ENTRY_LIMITS.maxRisks).optional(),
  figures: z.array(seedFigureSchema).optional(),
});

export const seedJuryMemberSchema = z.object({
  description: text,
  name: text.nullish(),
  chair: z.boolean().optional(),
});

export const seedFileSchema = z
  .object({
    triennium: z.object({
      startYear: z.number().int(),
      endYear: z.number().int(),
      priorityAreas: z.array(text).min(1),
    }),
    competition: z.object({
      region: z.enum(REGIONS),
      year: z.number().int(),
      title: text,
      status: z.enum(COMPETITION_STATUSES),
      forumName: text.nullish(),
      forumPlace: text.nullish(),
      forumDate: z.iso.date().nullish(),
      /** The programme introduction printed at the start of the booklet. */
      introduction: text,
      /** The booklet's paragraph on the jury's composition. */
      juryIntroduction: text,
      jury: z.array(seedJuryMemberSchema),
      /** The closing paragraph on where the full practices are published. */
      portalNote: text.nullish(),
    }),
    countries: z.array(seedCountrySchema),
    institutions: z.array(seedInstitutionSchema),
    /** In the booklet's order. */
    entries: z.array(seedEntrySchema),
  })
  .superRefine((file, ctx) => {
    const areas = new Set(file.triennium.priorityAreas);
    const countries = new Set(file.countries.map((c) => c.code));
    const institutions = new Set(file.institutions.map((i) => `${i.countryCode}|${i.name}`));
    file.institutions.forEach((inst, i) => {
      if (!countries.has(inst.countryCode))
        ctx.addIssue({
          code: 'custom',
          path: ['institutions', i, 'countryCode'],
          message: `unknown country ${inst.countryCode}`,
        });
    });
    file.entries.forEach((entry, i) => {
      entry.priorityAreas.forEach((area, j) => {
        if (!areas.has(area))
          ctx.addIssue({
            code: 'custom',
            path: ['entries', i, 'priorityAreas', j],
            message: `"${area}" is not a priority area of the triennium`,
          });
      });
      if (!institutions.has(`${entry.countryCode}|${entry.institution}`))
        ctx.addIssue({
          code: 'custom',
          path: ['entries', i, 'institution'],
          message: `unknown institution "${entry.institution}" in ${entry.countryCode}`,
        });
      if (
        (entry.outcome === 'AWARD' ||
          entry.outcome === 'CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION') &&
        !entry.juryText
      )
        ctx.addIssue({
          code: 'custom',
          path: ['entries', i, 'juryText'],
          message: 'the Award and special mentions need their jury text',
        });
    });
    if (file.entries.filter((e) => e.outcome === 'AWARD').length > 1)
      ctx.addIssue({ code: 'custom', path: ['entries'], message: 'a competition has one Award' });
  });

export type SeedFile = z.infer<typeof seedFileSchema>;
export type SeedEntry = z.infer<typeof seedEntrySchema>;
export type SeedFigure = z.infer<typeof seedFigureSchema>;
