import { REGION_LABELS, REGIONS, slugify, type Region } from '@gpa/shared';
import { userInputError } from '../../graphql/errors.js';
import { localIdOrNotFound } from '../../graphql/node-id.js';
import { type CompetitionInput } from './competition.input.js';

/** A competition's settings, checked and normalized; what the editor writes. */
export interface CompetitionSettings {
  region: Region;
  year: number;
  title: string;
  slug: string;
  trienniumStartYear: number;
  priorityAreaIds: string[];
  forumName: string | null;
  forumPlace: string | null;
  forumDate: string | null;
  submissionDeadline: string | null;
  introduction: string;
  juryIntroduction: string;
  portalNote: string | null;
}

/** "Asia and the Pacific 2018", "The Americas 2032". */
export function competitionTitle(region: Region, year: number): string {
  const label = REGION_LABELS[region];
  return `${label.charAt(0).toUpperCase()}${label.slice(1)} ${year}`;
}

const SHORT_TEXT = 300;
const LONG_TEXT = 20_000;

function optionalText(value: string | null | undefined, field: string, max: number) {
  const text = (value ?? '').trim();
  if (text.length > max) throw userInputError(`At most ${max} characters.`, field);
  return text || null;
}

function optionalDate(value: string | null | undefined, field: string): string | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? new Date(`${text}T00:00:00Z`) : null;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text)
    throw userInputError('Give a date as YYYY-MM-DD, e.g. 2019-10-15.', field);
  return text;
}

/** Checks every rule a single input can break; rules that need the database live in the service. */
export function competitionSettings(input: CompetitionInput): CompetitionSettings {
  if (!REGIONS.includes(input.region)) throw userInputError('Choose a region.', 'region');
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100)
    throw userInputError('Give a year between 2000 and 2100.', 'year');
  const start = input.trienniumStartYear;
  if (!Number.isInteger(start) || start < 1998 || start > 2100)
    throw userInputError('Give the first year of the triennium.', 'trienniumStartYear');
  if (input.year < start || input.year > start + 2)
    throw userInputError(
      `${input.year} is not within the triennium ${start}–${start + 2}.`,
      'trienniumStartYear',
    );
  const ids = input.priorityAreaIds.map((id) =>
    localIdOrNotFound(id, 'PriorityArea', 'This priority area'),
  );
  if (ids.length === 0)
    throw userInputError('Choose at least one priority area for the triennium.', 'priorityAreaIds');
  if (new Set(ids).size !== ids.length)
    throw userInputError('A priority area is listed twice.', 'priorityAreaIds');
  const forumDate = optionalDate(input.forumDate, 'forumDate');
  const submissionDeadline = optionalDate(input.submissionDeadline, 'submissionDeadline');
  if (forumDate && submissionDeadline && submissionDeadline > forumDate)
    throw userInputError(
      'The submission deadline must come before the forum.',
      'submissionDeadline',
    );
  const title = competitionTitle(input.region, input.year);
  return {
    region: input.region,
    year: input.year,
    title,
    slug: slugify(title),
    trienniumStartYear: start,
    priorityAreaIds: ids,
    forumName: optionalText(input.forumName, 'forumName', SHORT_TEXT),
    forumPlace: optionalText(input.forumPlace, 'forumPlace', SHORT_TEXT),
    forumDate,
    submissionDeadline,
    introduction: optionalText(input.introduction, 'introduction', LONG_TEXT) ?? '',
    juryIntroduction: optionalText(input.juryIntroduction, 'juryIntroduction', LONG_TEXT) ?? '',
    portalNote: optionalText(input.portalNote, 'portalNote', LONG_TEXT),
  };
}
