/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
};

/** Who joins the jury, and how it is described. */
export type AddJuryMemberInput = {
  /** The competition (global id). */
  competitionId: Scalars['ID']['input'];
  /** The public description, e.g. "Chairperson of the Editorial Board of the International Social Security Review". */
  description: Scalars['String']['input'];
  /** The name to print, only if the programme publishes it. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** An active account with the JURY role (see juryCandidates). */
  userId: Scalars['ID']['input'];
};

/** One change made through the console. */
export type AuditEntry = {
  __typename: 'AuditEntry';
  /** What, e.g. "competition.publish". */
  action: Scalars['String']['output'];
  /** Who (null for the system). */
  actorId?: Maybe<Scalars['ID']['output']>;
  /** Their name. */
  actorName?: Maybe<Scalars['String']['output']>;
  /** The state after. */
  after?: Maybe<Scalars['JSON']['output']>;
  /** When. */
  at: Scalars['DateTimeISO']['output'];
  /** The state before. */
  before?: Maybe<Scalars['JSON']['output']>;
  /** Its id. */
  entityId: Scalars['String']['output'];
  /** The kind of thing changed. */
  entityType: Scalars['String']['output'];
  /** Increasing with time. */
  id: Scalars['ID']['output'];
  /** The request that made the change (see the logs). */
  requestId?: Maybe<Scalars['String']['output']>;
};

/** One region's competition in one year of a triennium, presented at that region's Regional Social Security Forum. Only published competitions are visible. */
export type Competition = Node & {
  __typename: 'Competition';
  /** The entries in the order of the results booklet: Award, special mentions, Certificates of Merit, Attestations; within each, by country and institution. */
  entries: PracticeConnection;
  /** The date of the forum (ISO 8601). */
  forumDate?: Maybe<Scalars['String']['output']>;
  /** The forum at which the results were presented. */
  forumName?: Maybe<Scalars['String']['output']>;
  /** Where the forum took place. */
  forumPlace?: Maybe<Scalars['String']['output']>;
  /** The global id. */
  id: Scalars['ID']['output'];
  /** The programme introduction printed in the results booklet. */
  introduction: Scalars['String']['output'];
  /** The jury, as the programme describes its members. */
  jury: Array<JuryMember>;
  /** The booklet's paragraph on the composition of the jury. */
  juryIntroduction: Scalars['String']['output'];
  /** Where the full descriptions of the practices are published. */
  portalNote?: Maybe<Scalars['String']['output']>;
  /** The triennium's priority areas, in the programme's order. */
  priorityAreas: Array<PriorityArea>;
  /** When the results were published. */
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The region of the competition. */
  region: Region;
  /** The results sentence of the booklet, e.g. "There were 76 entries from 20 organizations in 15 countries. …" */
  resultsSentence: Scalars['String']['output'];
  /** Kebab-case of the title, e.g. "asia-and-the-pacific-2018". */
  slug: Scalars['String']['output'];
  /** Numbers computed from the published entries. */
  stats: CompetitionStats;
  /** e.g. "Asia and the Pacific 2018". */
  title: Scalars['String']['output'];
  /** The triennium, e.g. "2017–2019". */
  triennium: Scalars['String']['output'];
  /** The year of the forum at which the results were presented. */
  year: Scalars['Int']['output'];
};


/** One region's competition in one year of a triennium, presented at that region's Regional Social Security Forum. Only published competitions are visible. */
export type CompetitionEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  outcome?: InputMaybe<Outcome>;
};

/** The settings of a competition. Region and year make its title ("Asia and the Pacific 2018") and address. */
export type CompetitionInput = {
  /** The date of the forum, YYYY-MM-DD. */
  forumDate?: InputMaybe<Scalars['String']['input']>;
  /** The Regional Social Security Forum. */
  forumName?: InputMaybe<Scalars['String']['input']>;
  /** Where the forum takes place. */
  forumPlace?: InputMaybe<Scalars['String']['input']>;
  /** The programme introduction printed in the results booklet. */
  introduction?: InputMaybe<Scalars['String']['input']>;
  /** The booklet's paragraph on the composition of the jury. */
  juryIntroduction?: InputMaybe<Scalars['String']['input']>;
  /** Where the full descriptions of the practices are published. */
  portalNote?: InputMaybe<Scalars['String']['input']>;
  /** The triennium's priority areas (global PriorityArea ids), in the programme's order. Fixed once a competition of the triennium is being judged. */
  priorityAreaIds: Array<Scalars['ID']['input']>;
  /** The region. */
  region: Region;
  /** The last day entries are accepted, YYYY-MM-DD. */
  submissionDeadline?: InputMaybe<Scalars['String']['input']>;
  /** The first year of the triennium (2017 for 2017–2019); the year must fall within it. A new triennium is created when none starts that year. */
  trienniumStartYear: Scalars['Int']['input'];
  /** The year of the forum at which the results are presented. */
  year: Scalars['Int']['input'];
};

/** A competition's numbers, computed from its published entries. */
export type CompetitionStats = {
  __typename: 'CompetitionStats';
  /** Number of Attestations. */
  attestations: Scalars['Int']['output'];
  /** Number of Awards (one per competition). */
  awards: Scalars['Int']['output'];
  /** Certificates of Merit, with and without special mention. */
  certificatesOfMerit: Scalars['Int']['output'];
  /** Number of countries those institutions are in. */
  countries: Scalars['Int']['output'];
  /** Number of entries. */
  entries: Scalars['Int']['output'];
  /** Number of institutions (organizations) that entered. */
  institutions: Scalars['Int']['output'];
  /** Certificates of Merit with Special Mention from the Jury. */
  specialMentions: Scalars['Int']['output'];
};

/** A competition's lifecycle; only PUBLISHED competitions are public. */
export type CompetitionStatus =
  /** Decisions recorded and locked; not yet public. */
  | 'DECIDED'
  /** Being prepared. */
  | 'DRAFT'
  /** The jury is assessing the entries. */
  | 'JUDGING'
  /** Open for entries. */
  | 'OPEN'
  /** The results are public. */
  | 'PUBLISHED';

/** Who raised a conflict of interest. */
export type ConflictSource =
  /** Declared by the member. */
  | 'DECLARED'
  /** Proposed by the system and dismissed by the member: no conflict, listed for the chair and the secretariat only. */
  | 'DISMISSED'
  /** Proposed by the system (the member's own institution or country). */
  | 'PROPOSED';

/** A country, addressed by its ISO 3166-1 alpha-2 code. */
export type Country = Node & {
  __typename: 'Country';
  /** ISO 3166-1 alpha-2 code, e.g. "KR". */
  code: Scalars['String']['output'];
  /** The global id. */
  id: Scalars['ID']['output'];
  /** The name the programme uses, e.g. "Republic of Korea". */
  name: Scalars['String']['output'];
  /** Published practices of the country's institutions. */
  practices: PracticeConnection;
  /** The region the country belongs to. */
  region: Region;
};


/** A country, addressed by its ISO 3166-1 alpha-2 code. */
export type CountryPracticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The editable facts of a country. */
export type CountryInput = {
  /** ISO 3166-1 alpha-2; unique. */
  code: Scalars['String']['input'];
  /** The name; unique, whatever the case or spacing. */
  name: Scalars['String']['input'];
  /** Its region. */
  region: Region;
  /** Where lists sort it; the name by default. */
  sortName?: InputMaybe<Scalars['String']['input']>;
};

/** Who to invite, and with which roles. */
export type CreateInvitationInput = {
  /** Their name as the console shows it. */
  displayName: Scalars['String']['input'];
  /** Their e-mail address. */
  email: Scalars['String']['input'];
  /** At least one role. */
  roles: Array<Role>;
};

/** One message of an entry's deliberation. */
export type DeliberationMessage = {
  __typename: 'DeliberationMessage';
  /** Null when the account was deleted. */
  authorName?: Maybe<Scalars['String']['output']>;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  isMine: Scalars['Boolean']['output'];
};

/** An entry's own state, independent of its competition's. */
export type EntryStatus =
  /** Being written; saved automatically, checked loosely. */
  | 'DRAFT'
  /** Entered in the competition; every rule of the form applies. */
  | 'SUBMITTED'
  /** Withdrawn: kept, never judged or published, restorable. */
  | 'WITHDRAWN';

/** One value of a facet and how many practices have it. */
export type FacetValue = {
  __typename: 'FacetValue';
  /** Practices with this value, with every other facet's selection applied. */
  count: Scalars['Int']['output'];
  /** What to show for it. */
  label: Scalars['String']['output'];
  /** The value to filter by (a region, ISO code, slug, outcome or year). */
  value: Scalars['String']['output'];
};

/** How many values each facet has in all (what a list with `first` leaves out is counted too). */
export type FacetValueCounts = {
  __typename: 'FacetValueCounts';
  /** Countries. */
  countries: Scalars['Int']['output'];
  /** Institutions. */
  institutions: Scalars['Int']['output'];
  /** Outcomes. */
  outcomes: Scalars['Int']['output'];
  /** Priority areas. */
  priorityAreas: Scalars['Int']['output'];
  /** Regions. */
  regions: Scalars['Int']['output'];
  /** Competition years. */
  years: Scalars['Int']['output'];
};

/** A social security institution (organization), member of the programme, in one country. */
export type Institution = Node & {
  __typename: 'Institution';
  /** The short name the institution uses, e.g. "NPS". */
  acronym?: Maybe<Scalars['String']['output']>;
  /** The country of the institution. */
  country: Country;
  /** The global id. */
  id: Scalars['ID']['output'];
  /** The full name, e.g. "National Pension Service". */
  name: Scalars['String']['output'];
  /** Its published practices, latest first. */
  practices: PracticeConnection;
  /** Kebab-case of the name. */
  slug: Scalars['String']['output'];
};


/** A social security institution (organization), member of the programme, in one country. */
export type InstitutionPracticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The editable facts of an institution. */
export type InstitutionInput = {
  /** The acronym. */
  acronym?: InputMaybe<Scalars['String']['input']>;
  /** The country (global id). */
  countryId: Scalars['ID']['input'];
  /** The name; one per country, whatever the case or spacing. */
  name: Scalars['String']['input'];
};

/** A one-time link for a new user. The link is shown once, to the administrator. */
export type Invitation = {
  __typename: 'Invitation';
  /** Who is invited. */
  email: Scalars['String']['output'];
  /** The link stops working at this time. */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** The invitation id. */
  id: Scalars['ID']['output'];
  /** The link to give the person; it is not stored and cannot be shown again. */
  link: Scalars['String']['output'];
};

/** A jury member's own institution and country, used to propose conflicts of interest. */
export type JurorAffiliation = {
  __typename: 'JurorAffiliation';
  /** The member's country (ISO code); the institution's when none is set. */
  countryCode?: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  /** Global Institution id. */
  institutionId?: Maybe<Scalars['ID']['output']>;
  institutionName?: Maybe<Scalars['String']['output']>;
  userId: Scalars['ID']['output'];
};

/** A member's assessment of an entry. */
export type JuryAssessment = {
  __typename: 'JuryAssessment';
  id: Scalars['ID']['output'];
  /** The viewer's own. */
  isMine: Scalars['Boolean']['output'];
  memberName: Scalars['String']['output'];
  /** Private notes: only their author sees them (null for the others). */
  notes?: Maybe<Scalars['String']['output']>;
  proposedOutcome?: Maybe<Outcome>;
  scores: Array<JuryScore>;
  submitted: Scalars['Boolean']['output'];
  submittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Name it when saving; a stale version is refused (CONFLICT). */
  version: Scalars['Int']['output'];
  /** The weighted mean of the scores. */
  weightedScore?: Maybe<Scalars['Float']['output']>;
};

/** An active account with the JURY role. */
export type JuryCandidate = {
  __typename: 'JuryCandidate';
  /** Their name in the console. */
  displayName: Scalars['String']['output'];
  /** Their e-mail address. */
  email: Scalars['String']['output'];
  /** The account id. */
  id: Scalars['ID']['output'];
};

/** A competition in the jury workspace, with the viewer’s progress. */
export type JuryCompetition = {
  __typename: 'JuryCompetition';
  /** Entries the viewer has submitted an assessment of. */
  assessedCount: Scalars['Int']['output'];
  /** Entries the viewer has a conflict of interest with. */
  conflictCount: Scalars['Int']['output'];
  /** Entries with a draft assessment of the viewer. */
  draftCount: Scalars['Int']['output'];
  /** Submitted entries. */
  entryCount: Scalars['Int']['output'];
  /** The same global id as the public Competition. */
  id: Scalars['ID']['output'];
  /** The viewer chairs this jury. */
  isChair: Scalars['Boolean']['output'];
  /** The viewer sits on this jury. */
  isMember: Scalars['Boolean']['output'];
  /** The next entry to assess, in the booklet order. */
  nextEntryId?: Maybe<Scalars['ID']['output']>;
  nextEntryTitle?: Maybe<Scalars['String']['output']>;
  status: CompetitionStatus;
  title: Scalars['String']['output'];
  /** Entries still to assess (not submitted, no conflict). */
  toDoCount: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** A conflict of interest of a member with an entry. */
export type JuryConflict = {
  __typename: 'JuryConflict';
  /** Declared, or proposed and confirmed by the member. An unconfirmed proposal counts too. */
  confirmed: Scalars['Boolean']['output'];
  declaredAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** The viewer's own. */
  isMine: Scalars['Boolean']['output'];
  memberName: Scalars['String']['output'];
  /** The entry (global Practice id). */
  practiceId: Scalars['ID']['output'];
  practiceTitle: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  source: ConflictSource;
};

/** A criterion the jury scores each entry on. */
export type JuryCriterion = {
  __typename: 'JuryCriterion';
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The version of the whole list of criteria; name it when saving them (a stale one gets CONFLICT). */
  listVersion: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Its weight in the weighted mean. */
  weight: Scalars['Float']['output'];
};

export type JuryCriterionInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** An existing criterion; null for a new one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  weight: Scalars['Float']['input'];
};

/** The jury's decision on an entry. */
export type JuryDecision = {
  __typename: 'JuryDecision';
  decidedAt: Scalars['DateTimeISO']['output'];
  decidedByName?: Maybe<Scalars['String']['output']>;
  /** The Jury's comment (Award) or the special mention text. */
  juryText?: Maybe<Scalars['String']['output']>;
  outcome: Outcome;
  /** The entry (global Practice id). */
  practiceId: Scalars['ID']['output'];
  /** Name it when changing the decision; a stale one is refused (CONFLICT). */
  version: Scalars['Int']['output'];
};

/** An entry in the jury workspace. */
export type JuryEntry = {
  __typename: 'JuryEntry';
  countryCode: Scalars['String']['output'];
  countryName: Scalars['String']['output'];
  /** The same global id as the public Practice. */
  id: Scalars['ID']['output'];
  institutionName: Scalars['String']['output'];
  /** The decision, if recorded (withheld from a conflicted member). */
  outcome?: Maybe<Outcome>;
  progress: JuryEntryProgress;
  slug: Scalars['String']['output'];
  /** How many members have submitted an assessment. */
  submittedCount: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

/** One entry with everything the viewer may see of it. */
export type JuryEntryDetail = {
  __typename: 'JuryEntryDetail';
  canAssess: Scalars['Boolean']['output'];
  canDecide: Scalars['Boolean']['output'];
  competitionId: Scalars['ID']['output'];
  competitionStatus: CompetitionStatus;
  competitionTitle: Scalars['String']['output'];
  /** Every conflict with this entry for the chair and the secretariat; the viewer's own otherwise. */
  conflicts: Array<JuryConflict>;
  criteria: Array<JuryCriterion>;
  decision?: Maybe<JuryDecision>;
  /** The deliberation thread; null for a conflicted member. */
  deliberation?: Maybe<Array<DeliberationMessage>>;
  entry: JuryEntry;
  inOperationSince?: Maybe<Scalars['Int']['output']>;
  myAssessment?: Maybe<JuryAssessment>;
  myConflict?: Maybe<JuryConflict>;
  /** The next entry to assess after this one. */
  nextEntryId?: Maybe<Scalars['ID']['output']>;
  /** The other members' submitted assessments. */
  otherAssessments: Array<JuryAssessment>;
  /** Why they are not, if they are not. */
  othersHiddenReason?: Maybe<Scalars['String']['output']>;
  /** Whether the other members' assessments are shown (after submitting one's own). */
  othersVisible: Scalars['Boolean']['output'];
  priorityAreas: Array<Scalars['String']['output']>;
  sections: Array<JuryPracticeSection>;
  summary?: Maybe<Scalars['String']['output']>;
  viewerIsChair: Scalars['Boolean']['output'];
};

/** Narrows the entries list. */
export type JuryEntryFilter = {
  /** ISO code of the country. */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  progress?: InputMaybe<Array<JuryEntryProgress>>;
  /** Words in the title, the institution or the country. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Where the viewer stands with an entry. */
export type JuryEntryProgress =
  /** The viewer has a conflict of interest with the entry. */
  | 'CONFLICTED'
  /** Assessment saved as a draft. */
  | 'DRAFT'
  /** Not assessed yet. */
  | 'NOT_STARTED'
  /** Assessment submitted. */
  | 'SUBMITTED';

/** A seat on a competition's jury, as the programme describes it. */
export type JuryMember = {
  __typename: 'JuryMember';
  /** The public description, e.g. "Chairperson of the Editorial Board of the International Social Security Review". */
  description: Scalars['String']['output'];
  /** Whether this member chairs the jury. */
  isChair: Scalars['Boolean']['output'];
  /** The member’s name, where the programme publishes it. */
  name?: Maybe<Scalars['String']['output']>;
};

export type JuryPracticeSection = {
  __typename: 'JuryPracticeSection';
  body: Scalars['String']['output'];
  heading: Scalars['String']['output'];
  key: Scalars['String']['output'];
};

export type JuryScore = {
  __typename: 'JuryScore';
  criterionId: Scalars['ID']['output'];
  criterionName: Scalars['String']['output'];
  /** From 1 (weak) to 5 (excellent). */
  score: Scalars['Int']['output'];
};

export type JuryScoreInput = {
  criterionId: Scalars['ID']['input'];
  /** From 1 to 5. */
  score: Scalars['Int']['input'];
};

/** The chair's table of a competition. */
export type JuryTable = {
  __typename: 'JuryTable';
  /** Decisions can be recorded by the viewer now. */
  canDecide: Scalars['Boolean']['output'];
  competitionId: Scalars['ID']['output'];
  competitionStatus: CompetitionStatus;
  competitionTitle: Scalars['String']['output'];
  criteria: Array<JuryCriterion>;
  rows: Array<JuryTableRow>;
};

export type JuryTableConflict = {
  __typename: 'JuryTableConflict';
  confirmed: Scalars['Boolean']['output'];
  memberName: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  source: ConflictSource;
};

/** One entry on the chair's table. */
export type JuryTableRow = {
  __typename: 'JuryTableRow';
  conflicts: Array<JuryTableConflict>;
  countryCode: Scalars['String']['output'];
  decision?: Maybe<JuryDecision>;
  /** The entry (global Practice id). */
  id: Scalars['ID']['output'];
  institutionName: Scalars['String']['output'];
  /** Median of the members' weighted scores. */
  median?: Maybe<Scalars['Float']['output']>;
  /** Its place in the booklet order. */
  rank: Scalars['Int']['output'];
  /** The chair has not submitted their own assessment of this entry: the others' scores are withheld, only their count shows. */
  scoresHidden: Scalars['Boolean']['output'];
  /** Highest minus lowest weighted score. */
  spread?: Maybe<Scalars['Float']['output']>;
  /** Submitted assessments that count (no conflict). */
  submittedCount: Scalars['Int']['output'];
  tally: OutcomeTally;
  title: Scalars['String']['output'];
  /** The viewer has a conflict with this entry: scores and decision are withheld. */
  viewerConflicted: Scalars['Boolean']['output'];
  /** Mean of the members' weighted scores. */
  weightedMean?: Maybe<Scalars['Float']['output']>;
};

/** The orders of the chair's table. */
export type JuryTableSort =
  | 'ASSESSMENTS'
  | 'BOOKLET'
  | 'MEDIAN'
  | 'OUTCOME'
  | 'SPREAD'
  | 'TITLE'
  | 'WEIGHTED_MEAN';

/** A competition as the secretariat and its jury see it, whatever its status. */
export type ManagedCompetition = {
  __typename: 'ManagedCompetition';
  /** Entries with a decision. */
  decidedCount: Scalars['Int']['output'];
  /** Entries still being written (not yet submitted). */
  draftCount: Scalars['Int']['output'];
  /** Its entries in the booklet order; a jury member does not see the entries they have a conflict with. */
  entries: Array<ManagedEntry>;
  /** Submitted entries. */
  entryCount: Scalars['Int']['output'];
  /** The date of the forum, YYYY-MM-DD. */
  forumDate?: Maybe<Scalars['String']['output']>;
  /** The Regional Social Security Forum. */
  forumName?: Maybe<Scalars['String']['output']>;
  /** Where the forum takes place. */
  forumPlace?: Maybe<Scalars['String']['output']>;
  /** The same global id as the public Competition. */
  id: Scalars['ID']['output'];
  /** The programme introduction of the results booklet. */
  introduction: Scalars['String']['output'];
  /** Its jury in order: the public descriptions and the chair for everyone who may see the competition; e-mail addresses and progress for the secretariat only. */
  jury: Array<ManagedJuryMember>;
  /** The booklet's paragraph on the jury. */
  juryIntroduction: Scalars['String']['output'];
  /** Where the full descriptions of the practices are published. */
  portalNote?: Maybe<Scalars['String']['output']>;
  /** Its triennium's priority areas, in the programme's order. */
  priorityAreas: Array<PriorityArea>;
  /** When the results were published. */
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The region. */
  region: Region;
  /** Kebab-case of the title. */
  slug: Scalars['String']['output'];
  /** Where it is in its lifecycle. */
  status: CompetitionStatus;
  /** The last day entries are accepted, YYYY-MM-DD. */
  submissionDeadline?: Maybe<Scalars['String']['output']>;
  /** e.g. "Asia and the Pacific 2018". */
  title: Scalars['String']['output'];
  /** The last year of its triennium. */
  trienniumEndYear: Scalars['Int']['output'];
  /** The first year of its triennium. */
  trienniumStartYear: Scalars['Int']['output'];
  /** Name this version when changing it; a concurrent change is refused (CONFLICT). */
  version: Scalars['Int']['output'];
  /** Withdrawn entries (kept, never published). */
  withdrawnCount: Scalars['Int']['output'];
  /** The year. */
  year: Scalars['Int']['output'];
};

/** A country as the secretariat manages it. */
export type ManagedCountry = {
  __typename: 'ManagedCountry';
  /** ISO 3166-1 alpha-2. */
  code: Scalars['String']['output'];
  /** The same global id as the public Country. */
  id: Scalars['ID']['output'];
  /** Institutions recorded in it. */
  institutionCount: Scalars['Int']['output'];
  /** The name the programme prints, e.g. "Republic of Korea". */
  name: Scalars['String']['output'];
  /** Its region. */
  region: Region;
  /** Where lists sort it, e.g. "Korea, Republic of". */
  sortName: Scalars['String']['output'];
  /** Name this version when changing it. */
  version: Scalars['Int']['output'];
};

/** An entry as the competition's secretariat and jury see it. */
export type ManagedEntry = {
  __typename: 'ManagedEntry';
  /** The institution's country (ISO code). */
  countryCode: Scalars['String']['output'];
  /** The same global id as the public Practice. */
  id: Scalars['ID']['output'];
  /** The institution that entered it. */
  institutionName: Scalars['String']['output'];
  /** The Jury's comment or special mention text. */
  juryText?: Maybe<Scalars['String']['output']>;
  /** The jury's decision, if recorded. */
  outcome?: Maybe<Outcome>;
  /** Kebab-case of the title. */
  slug: Scalars['String']['output'];
  /** DRAFT, SUBMITTED or WITHDRAWN. */
  status: Scalars['String']['output'];
  /** The title. */
  title: Scalars['String']['output'];
};

/** An institution as the secretariat manages it, whether or not it has published entries. */
export type ManagedInstitution = {
  __typename: 'ManagedInstitution';
  /** The acronym, e.g. "NPS". */
  acronym?: Maybe<Scalars['String']['output']>;
  /** The country's ISO code. */
  countryCode: Scalars['String']['output'];
  /** Its country (global id). */
  countryId: Scalars['ID']['output'];
  /** The country's name. */
  countryName: Scalars['String']['output'];
  /** Entries of any competition and status. */
  entryCount: Scalars['Int']['output'];
  /** The same global id as the public Institution. */
  id: Scalars['ID']['output'];
  /** The name. */
  name: Scalars['String']['output'];
  /** Kebab-case of the name; kept once it has entries. */
  slug: Scalars['String']['output'];
  /** Name this version when changing it. */
  version: Scalars['Int']['output'];
};

/** A seat on a competition's jury as the secretariat manages it, with its progress. */
export type ManagedJuryMember = {
  __typename: 'ManagedJuryMember';
  /** The account's own country (ISO code) as set with setJurorAffiliation; null when none is set (the institution's country still counts). Secretariat only. */
  affiliationCountryCode?: Maybe<Scalars['String']['output']>;
  /** The account's own institution (global Institution id), used to propose conflicts of interest; set with setJurorAffiliation. Secretariat only. */
  affiliationInstitutionId?: Maybe<Scalars['ID']['output']>;
  /** The name of the account's own institution. Secretariat only. */
  affiliationInstitutionName?: Maybe<Scalars['String']['output']>;
  /** Of those, how many they have submitted an assessment for. Secretariat only. */
  assessed?: Maybe<Scalars['Int']['output']>;
  /** The public description of the member. */
  description: Scalars['String']['output'];
  /** Entries the member has to assess: the submitted ones, less those they have a conflict with. Secretariat only. */
  entriesTotal: Scalars['Int']['output'];
  /** The seat id. */
  id: Scalars['ID']['output'];
  /** Whether this member chairs the jury. */
  isChair: Scalars['Boolean']['output'];
  /** The name printed in the booklet, if the programme publishes it. */
  name?: Maybe<Scalars['String']['output']>;
  /** Its place in the jury list (1 first). */
  position: Scalars['Int']['output'];
  /** The account's e-mail address. Secretariat only. */
  userEmail?: Maybe<Scalars['String']['output']>;
  /** The account in this seat; null for seats recorded from a booklet. */
  userId?: Maybe<Scalars['ID']['output']>;
  /** The account's name in the console. */
  userName?: Maybe<Scalars['String']['output']>;
  /** Moves on with every change of the description or printed name; name it when saving one. */
  version: Scalars['Int']['output'];
};

export type Mutation = {
  __typename: 'Mutation';
  /** Accepts an invitation with a password of the person’s choosing, and signs them in. */
  acceptInvitation: Viewer;
  /** Gives a JURY account a seat on a competition, last in the list; returns the jury. Secretariat only. */
  addJuryMember: Array<ManagedJuryMember>;
  /** Confirms a conflict the system proposed. */
  confirmConflict: JuryConflict;
  /** Creates a competition (status DRAFT). A region and year that already have one are refused (BAD_USER_INPUT on `year`). Secretariat only. */
  createCompetition: ManagedCompetition;
  /** Starts a new competition from an earlier one's settings (triennium and priority areas, forum name, introduction texts) for another year, and optionally another region; never its entries, jury or decisions. Secretariat only. */
  createCompetitionFrom: ManagedCompetition;
  /** Records a country; a code or name already recorded is refused with BAD_USER_INPUT on that field. Secretariat only. */
  createCountry: ManagedCountry;
  /** Records an institution. The same name in the same country (case and spacing ignored) is refused with BAD_USER_INPUT on `name`, naming the existing one in `extensions.existing`. Secretariat only. */
  createInstitution: ManagedInstitution;
  /** Invites a new user; returns the one-time link. Administrators only. */
  createInvitation: Invitation;
  /** Enters a new entry in an OPEN competition: as a draft (loose checks) or submitted (every rule). Refusals are BAD_USER_INPUT naming the field. */
  createSubmission: Submission;
  /** Declares a conflict of interest with an entry, with a reason (also turns a proposed one into a declaration). */
  declareConflict: JuryConflict;
  /** Ends every session of a user; returns how many were open. Administrators only. */
  endUserSessions: Scalars['Int']['output'];
  /** Merges a duplicate into another institution of the same country: its entries (and everything else that named it) move, and the duplicate is deleted, in one audited transaction. Returns the institution that remains. Secretariat only. */
  mergeInstitution: ManagedInstitution;
  /** Adds a message to an entry's deliberation (the non-conflicted jury and the secretariat). */
  postDeliberationMessage: DeliberationMessage;
  /** Records an entry's outcome and public text (the chair, not in conflict, while the competition is JUDGING; the secretariat also afterwards, as an audited correction). One Award per competition; the Award and special mentions need their text. Name the version read (null when creating): a stale one is refused with CONFLICT and the current decision. */
  recordDecision: JuryDecision;
  /** Takes a member off the jury; returns the jury. */
  removeJuryMember: Array<ManagedJuryMember>;
  /** Puts the jury in a new order: name every member once. A jury changed meanwhile is refused with CONFLICT. */
  reorderJury: Array<ManagedJuryMember>;
  /** Saves the viewer's assessment of an entry (draft, or submitted with `submit`). Name the version read (null when creating): a stale one is refused with CONFLICT and the current assessment. */
  saveJuryAssessment: JuryAssessment;
  /** Sets the criteria of a competition (name, description, weight), naming the listVersion read: the ones named by id keep their scores, the ones left out are removed (not once judging has started if they have scores). Secretariat only; audited. */
  saveJuryCriteria: Array<JuryCriterion>;
  /** Saves every field of an entry (autosave of drafts; `submit` submits a draft). Name the version you read: a save based on an older one is refused with CONFLICT and the current entry in `extensions.current`. */
  saveSubmission: Submission;
  /** Moves a competition one step in its lifecycle (PUBLISHED makes its results public at once). Name the version you saw: a concurrent change is refused with CONFLICT. Secretariat only. */
  setCompetitionStatus: ManagedCompetition;
  /** Sets a jury member's own institution and country (either may be null); conflicts of interest with that institution's or country's entries are then proposed to them. Secretariat only; audited. */
  setJurorAffiliation: JurorAffiliation;
  /** Makes this member the chair (a jury has one); returns the jury. */
  setJuryChair: Array<ManagedJuryMember>;
  /** Withdraws entries (kept, marked WITHDRAWN, never judged or published) or restores them (submitted again if they pass every rule, else as drafts). All or none. */
  setSubmissionsWithdrawn: Array<Submission>;
  /** Deactivates (ending their sessions) or reactivates a user. Administrators only. */
  setUserActive: User;
  /** Signs in with e-mail and password and sets the session cookie. Every failure gets the same message; repeated failures are throttled (RATE_LIMITED). */
  signIn: Viewer;
  /** Ends the current session and clears its cookie. */
  signOut: Scalars['Boolean']['output'];
  /** Saves the settings of a competition over the version you read (a concurrent change is refused with CONFLICT and the current state). Texts stay correctable after publication; every save is audited. Secretariat only. */
  updateCompetition: ManagedCompetition;
  /** Changes a country over the version you read (CONFLICT otherwise). Secretariat only. */
  updateCountry: ManagedCountry;
  /** Changes an institution over the version you read (CONFLICT with the current state otherwise); duplicates are refused as on creation. Secretariat only. */
  updateInstitution: ManagedInstitution;
  /** Changes a member's public description or printed name, naming the version read; a stale one is refused with CONFLICT and the member as it is now. Returns the jury. */
  updateJuryMember: Array<ManagedJuryMember>;
  /** Withdraws a declared conflict, or dismisses a proposed one (which is not proposed again). */
  withdrawConflict: Scalars['Boolean']['output'];
};


export type MutationAcceptInvitationArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationAddJuryMemberArgs = {
  input: AddJuryMemberInput;
};


export type MutationConfirmConflictArgs = {
  practiceId: Scalars['ID']['input'];
};


export type MutationCreateCompetitionArgs = {
  input: CompetitionInput;
};


export type MutationCreateCompetitionFromArgs = {
  region?: InputMaybe<Region>;
  sourceId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type MutationCreateCountryArgs = {
  input: CountryInput;
};


export type MutationCreateInstitutionArgs = {
  input: InstitutionInput;
};


export type MutationCreateInvitationArgs = {
  input: CreateInvitationInput;
};


export type MutationCreateSubmissionArgs = {
  competitionId: Scalars['ID']['input'];
  input: SubmissionInput;
  submit?: Scalars['Boolean']['input'];
};


export type MutationDeclareConflictArgs = {
  practiceId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationEndUserSessionsArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationMergeInstitutionArgs = {
  duplicateId: Scalars['ID']['input'];
  intoId: Scalars['ID']['input'];
};


export type MutationPostDeliberationMessageArgs = {
  body: Scalars['String']['input'];
  practiceId: Scalars['ID']['input'];
};


export type MutationRecordDecisionArgs = {
  input: RecordDecisionInput;
};


export type MutationRemoveJuryMemberArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReorderJuryArgs = {
  competitionId: Scalars['ID']['input'];
  memberIds: Array<Scalars['ID']['input']>;
};


export type MutationSaveJuryAssessmentArgs = {
  input: SaveJuryAssessmentInput;
};


export type MutationSaveJuryCriteriaArgs = {
  competitionId: Scalars['ID']['input'];
  criteria: Array<JuryCriterionInput>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationSaveSubmissionArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: SubmissionInput;
  submit?: Scalars['Boolean']['input'];
};


export type MutationSetCompetitionStatusArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  status: CompetitionStatus;
};


export type MutationSetJurorAffiliationArgs = {
  countryCode?: InputMaybe<Scalars['String']['input']>;
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  userId: Scalars['ID']['input'];
};


export type MutationSetJuryChairArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetSubmissionsWithdrawnArgs = {
  ids: Array<Scalars['ID']['input']>;
  withdrawn: Scalars['Boolean']['input'];
};


export type MutationSetUserActiveArgs = {
  active: Scalars['Boolean']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationUpdateCompetitionArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: CompetitionInput;
};


export type MutationUpdateCountryArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: CountryInput;
};


export type MutationUpdateInstitutionArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: InstitutionInput;
};


export type MutationUpdateJuryMemberArgs = {
  description: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};


export type MutationWithdrawConflictArgs = {
  practiceId: Scalars['ID']['input'];
};

/** An object with a global id; `Query.node` fetches any of them by that id. */
export type Node = {
  /** The global, opaque id of the object. */
  id: Scalars['ID']['output'];
};

/** The jury's decision on an entry, from the highest to the lowest. */
export type Outcome =
  /** Attestation */
  | 'ATTESTATION'
  /** Award */
  | 'AWARD'
  /** Certificate of Merit */
  | 'CERTIFICATE_OF_MERIT'
  /** Certificate of Merit with Special Mention from the Jury */
  | 'CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION';

/** How many members proposed each outcome. */
export type OutcomeTally = {
  __typename: 'OutcomeTally';
  attestation: Scalars['Int']['output'];
  award: Scalars['Int']['output'];
  certificateOfMerit: Scalars['Int']['output'];
  specialMention: Scalars['Int']['output'];
};

/** Where a page of a connection sits in the whole list. */
export type PageInfo = {
  __typename: 'PageInfo';
  /** The cursor of the last item; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede this page (true whenever `after` was given). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first item of the page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A good practice: an entry submitted by one institution to one competition, with the jury’s outcome once the competition is published. */
export type Practice = Node & {
  __typename: 'Practice';
  /** The competition it was entered in. */
  competition?: Maybe<Competition>;
  /** The institution's country. */
  country: Country;
  /** The result figures of "Evaluating the results". */
  figures: Array<PracticeFigure>;
  /** With a search query: a short snippet of the summary with the matched words marked as <mark>…</mark>. Null without a query. */
  highlight?: Maybe<Scalars['String']['output']>;
  /** The global id. */
  id: Scalars['ID']['output'];
  /** The year the practice has been in operation since. */
  inOperationSince?: Maybe<Scalars['Int']['output']>;
  /** The institution that submitted it. */
  institution: Institution;
  /** The Jury's comment (Award) or the special mention text; null for other outcomes. */
  juryComment?: Maybe<Scalars['String']['output']>;
  /** The jury's decision; null until the competition is published. */
  outcome?: Maybe<Outcome>;
  /** Its 1 to 3 priority areas, in the order of the entry. */
  priorityAreas: Array<PriorityArea>;
  /** The region of its competition. */
  region: Region;
  /** Up to three risks of implementing it. */
  risks: Array<Scalars['String']['output']>;
  /** The submission form's sections, in form order. */
  sections: Array<PracticeSection>;
  /** Kebab-case of the title (a numeric suffix where two collide). */
  slug: Scalars['String']['output'];
  /** Up to three factors indispensable to replicate it. */
  successFactors: Array<Scalars['String']['output']>;
  /** The summary, as plain text: paragraphs separated by a blank line, "- " bullets. */
  summary?: Maybe<Scalars['String']['output']>;
  /** The title as submitted. */
  title: Scalars['String']['output'];
  /** The year of its competition. */
  year: Scalars['Int']['output'];
};

/** A page of practices. */
export type PracticeConnection = {
  __typename: 'PracticeConnection';
  /** With a query that has words matching no published practice: the query with those words replaced by the nearest words that do ("pensoin" → "pension"); otherwise null. */
  didYouMean?: Maybe<Scalars['String']['output']>;
  /** The practices of the page with their cursors. */
  edges: Array<PracticeEdge>;
  /** Counts over the whole filtered set, each facet with every other facet's selection applied. */
  facets: PracticeFacets;
  /** The practices of the page. */
  nodes: Array<Practice>;
  /** Where the page sits in the list. */
  pageInfo: PageInfo;
  /** How many practices the whole filtered list holds. */
  totalCount: Scalars['Int']['output'];
};

/** A practice and its cursor. */
export type PracticeEdge = {
  __typename: 'PracticeEdge';
  /** Opaque; pass as `after` to continue after this practice. */
  cursor: Scalars['String']['output'];
  /** The practice. */
  node: Practice;
};

/** Counts over the whole filtered set, not the page. Each facet is counted with every other facet's selection applied. */
export type PracticeFacets = {
  __typename: 'PracticeFacets';
  /** By country (value: ISO code). */
  countries: Array<FacetValue>;
  /** By institution (value: slug). */
  institutions: Array<FacetValue>;
  /** By outcome. */
  outcomes: Array<FacetValue>;
  /** By priority area (value: slug). */
  priorityAreas: Array<FacetValue>;
  /** By region. */
  regions: Array<FacetValue>;
  /** How many values each facet has in all, for a "show all (N)" beside lists cut by `first`. */
  valueCounts: FacetValueCounts;
  /** By competition year. */
  years: Array<FacetValue>;
};


/** Counts over the whole filtered set, not the page. Each facet is counted with every other facet's selection applied. */
export type PracticeFacetsCountriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Counts over the whole filtered set, not the page. Each facet is counted with every other facet's selection applied. */
export type PracticeFacetsInstitutionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Counts over the whole filtered set, not the page. Each facet is counted with every other facet's selection applied. */
export type PracticeFacetsOutcomesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Counts over the whole filtered set, not the page. Each facet is counted with every other facet's selection applied. */
export type PracticeFacetsPriorityAreasArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Counts over the whole filtered set, not the page. Each facet is counted with every other facet's selection applied. */
export type PracticeFacetsRegionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Counts over the whole filtered set, not the page. Each facet is counted with every other facet's selection applied. */
export type PracticeFacetsYearsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A result figure from "Evaluating the results": a value as written, or a before/after pair. */
export type PracticeFigure = {
  __typename: 'PracticeFigure';
  /** The value after the practice. */
  after?: Maybe<Scalars['Float']['output']>;
  /** The value before the practice. */
  before?: Maybe<Scalars['Float']['output']>;
  /** The indicator group, e.g. "Electronic inspection". */
  group?: Maybe<Scalars['String']['output']>;
  /** What is measured, e.g. "Number of inspections". */
  label: Scalars['String']['output'];
  /** The unit of before and after, e.g. "min". */
  unit?: Maybe<Scalars['String']['output']>;
  /** The value as written, e.g. "97 per cent based on the system inquiry". */
  value?: Maybe<Scalars['String']['output']>;
};

/** Narrows a list of practices. Values within one field are OR-ed; fields are AND-ed. */
export type PracticeFilter = {
  /** Any of these countries (ISO 3166-1 alpha-2 codes). */
  countryCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Any of these institutions (slugs). */
  institutionSlugs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Any of these outcomes. */
  outcomes?: InputMaybe<Array<Outcome>>;
  /** Any of these priority areas (slugs). */
  priorityAreaSlugs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Any of these regions. */
  regions?: InputMaybe<Array<Region>>;
  /** Any of these competition years. */
  years?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/** One section of the submission form, in the form's order. */
export type PracticeSection = {
  __typename: 'PracticeSection';
  /** The answer, as plain text: paragraphs separated by a blank line, "- " bullets indented two spaces per level. */
  body: Scalars['String']['output'];
  /** The heading, e.g. "The issue or challenge". */
  heading: Scalars['String']['output'];
  /** Stable key: issue, approach, targets, evaluation or lessons. */
  key: Scalars['String']['output'];
  /** The question the form asks under that heading. */
  prompt: Scalars['String']['output'];
};

/** How a list of practices is ordered. */
export type PracticeSort =
  /** Latest competition first, then in each competition's results order; the default without a query. */
  | 'NEWEST'
  /** Best match first, title matches highest; the default with a search query (without one, as NEWEST). */
  | 'RELEVANCE'
  /** Alphabetically by title. */
  | 'TITLE';

/** A priority area of the programme's triennium list. */
export type PriorityArea = Node & {
  __typename: 'PriorityArea';
  /** The global id. */
  id: Scalars['ID']['output'];
  /** e.g. "Information and Communication Technology". */
  name: Scalars['String']['output'];
  /** Published practices in this priority area. */
  practices: PracticeConnection;
  /** Kebab-case of the name, e.g. "information-and-communication-technology". */
  slug: Scalars['String']['output'];
};


/** A priority area of the programme's triennium list. */
export type PriorityAreaPracticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Query = {
  __typename: 'Query';
  /** The audit log, newest first. Administrators only. */
  auditLog: Array<AuditEntry>;
  /** One region's published competition of one year. */
  competition?: Maybe<Competition>;
  /** One published competition by its slug. */
  competitionBySlug?: Maybe<Competition>;
  /** What the public would be answered if this competition were published now, for this request only and without committing anything: `query` (one query operation, no mutation; the explorer sends its competition page's own query) runs through the public read path with the embargo lifted for this one competition, and its `data` is the answer. Without `query`, a summary of the competition's public page: its figures and every entry with its outcome. Secretariat only. */
  competitionPreview?: Maybe<Scalars['JSON']['output']>;
  /** The published competitions, latest first. */
  competitions: Array<Competition>;
  /** Every country, in alphabetical order of the name it sorts under. */
  countries: Array<Country>;
  /** One country by its ISO 3166-1 alpha-2 code. */
  country?: Maybe<Country>;
  /** One institution by its slug (institutions with at least one published practice). */
  institution?: Maybe<Institution>;
  /** Active accounts with the JURY role, who can be given a seat. Secretariat only. */
  juryCandidates: Array<JuryCandidate>;
  /** The competitions the viewer sits on, with their progress (every competition for the secretariat). */
  juryCompetitions: Array<JuryCompetition>;
  /** The criteria of a competition's assessments. */
  juryCriteria: Array<JuryCriterion>;
  /** A competition's entries in the booklet order with the viewer's progress on each; its jury and the secretariat only. */
  juryEntries: Array<JuryEntry>;
  /** One entry with the viewer's assessment, the others' (once the viewer's own is submitted), conflicts, deliberation and decision. */
  juryEntry: JuryEntryDetail;
  /** The chair's table: every entry with the weighted mean, median and spread of the members' scores, the tally of proposed outcomes, the conflicts and the decision. The chair and the secretariat only. */
  juryTable: JuryTable;
  /** One competition, if the viewer may see it (else NOT_FOUND). */
  managedCompetition: ManagedCompetition;
  /** Competitions of every status: all of them for the secretariat, the ones they sit on for jury members. */
  managedCompetitions: Array<ManagedCompetition>;
  /** Every country, in sort order. Secretariat only. */
  managedCountries: Array<ManagedCountry>;
  /** One institution. Secretariat only. */
  managedInstitution: ManagedInstitution;
  /** Every institution, published or not, by country; optionally one country, or names containing `search`. Secretariat only. */
  managedInstitutions: Array<ManagedInstitution>;
  /** The signed-in person, or null. */
  me?: Maybe<Viewer>;
  /** Any object by its global id; null when there is none visible. */
  node?: Maybe<Node>;
  /** One published practice by its slug. */
  practice?: Maybe<Practice>;
  /** Search and browse published practices. */
  practices: PracticeConnection;
  /** One priority area by its slug. */
  priorityArea?: Maybe<PriorityArea>;
  /** Every priority area, alphabetically. */
  priorityAreas: Array<PriorityArea>;
  /** One entry with every field of the form. */
  submission: Submission;
  /** A competition's priority areas, the institutions and the countries with entries. */
  submissionFormOptions: SubmissionFormOptions;
  /** A page of a competition's entries, filtered and sorted on the server (every status, withdrawn included). */
  submissions: SubmissionPage;
  /** Type-ahead over published practice titles, institutions with published practices, countries and priority areas: labels that start with the prefix first, then labels with a word that starts with it; case and accents do not matter. */
  suggest: Array<Suggestion>;
  /** Every console account. Administrators only. */
  users: Array<User>;
};


export type QueryAuditLogArgs = {
  before?: InputMaybe<Scalars['ID']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryCompetitionArgs = {
  region: Region;
  year: Scalars['Int']['input'];
};


export type QueryCompetitionBySlugArgs = {
  slug: Scalars['String']['input'];
};


export type QueryCompetitionPreviewArgs = {
  id: Scalars['ID']['input'];
  query?: InputMaybe<Scalars['String']['input']>;
  variables?: InputMaybe<Scalars['JSON']['input']>;
};


export type QueryCountryArgs = {
  code: Scalars['String']['input'];
};


export type QueryInstitutionArgs = {
  slug: Scalars['String']['input'];
};


export type QueryJuryCriteriaArgs = {
  competitionId: Scalars['ID']['input'];
};


export type QueryJuryEntriesArgs = {
  competitionId: Scalars['ID']['input'];
  filter?: InputMaybe<JuryEntryFilter>;
};


export type QueryJuryEntryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryJuryTableArgs = {
  competitionId: Scalars['ID']['input'];
  descending?: InputMaybe<Scalars['Boolean']['input']>;
  sort?: InputMaybe<JuryTableSort>;
};


export type QueryManagedCompetitionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryManagedInstitutionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryManagedInstitutionsArgs = {
  countryId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPracticeArgs = {
  slug: Scalars['String']['input'];
};


export type QueryPracticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PracticeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<PracticeSort>;
};


export type QueryPriorityAreaArgs = {
  slug: Scalars['String']['input'];
};


export type QuerySubmissionArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySubmissionFormOptionsArgs = {
  competitionId: Scalars['ID']['input'];
};


export type QuerySubmissionsArgs = {
  competitionId: Scalars['ID']['input'];
  descending?: Scalars['Boolean']['input'];
  filter?: InputMaybe<SubmissionFilter>;
  first?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  sort?: SubmissionSort;
};


export type QuerySuggestArgs = {
  first?: Scalars['Int']['input'];
  prefix: Scalars['String']['input'];
};

export type RecordDecisionInput = {
  /** The Jury's comment (Award) or the special mention text; required for those two. */
  juryText?: InputMaybe<Scalars['String']['input']>;
  outcome: Outcome;
  /** The entry (global Practice id). */
  practiceId: Scalars['ID']['input'];
  /** The version read; null when creating. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** The four regions of the programme. */
export type Region =
  /** Africa */
  | 'AFRICA'
  /** the Americas */
  | 'AMERICAS'
  /** Asia and the Pacific */
  | 'ASIA_PACIFIC'
  /** Europe */
  | 'EUROPE';

/** What a console user may do; a person may hold several roles. */
export type Role =
  /** Manages accounts and reads the audit log. */
  | 'ADMIN'
  /** Assesses the entries of the competitions they sit on. */
  | 'JURY'
  /** Runs competitions: entries, juries, publication. */
  | 'SECRETARIAT';

export type SaveJuryAssessmentInput = {
  /** Private notes, seen by their author only. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** The entry (global Practice id). */
  practiceId: Scalars['ID']['input'];
  proposedOutcome?: InputMaybe<Outcome>;
  scores: Array<JuryScoreInput>;
  /** Submit it (every criterion scored and an outcome proposed); else saved as a draft. */
  submit?: InputMaybe<Scalars['Boolean']['input']>;
  /** The version read; null when creating. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** An entry with every field of the form, as the secretariat edits it. */
export type Submission = {
  __typename: 'Submission';
  /** The competition's global id. */
  competitionId: Scalars['ID']['output'];
  /** The competition's status. */
  competitionStatus: CompetitionStatus;
  /** The competition's title. */
  competitionTitle: Scalars['String']['output'];
  /** The institution's country (ISO code). */
  countryCode: Scalars['String']['output'];
  /** The table of figures. */
  figures: Array<SubmissionFigure>;
  /** The same global id as the public Practice. */
  id: Scalars['ID']['output'];
  /** The year the practice started. */
  inOperationSince?: Maybe<Scalars['Int']['output']>;
  /** The institution's global id. */
  institutionId: Scalars['ID']['output'];
  /** The institution's name. */
  institutionName: Scalars['String']['output'];
  /** Global ids of its 1 to 3 priority areas, in order. */
  priorityAreaIds: Array<Scalars['ID']['output']>;
  /** Up to three risks. */
  risks: Array<Scalars['String']['output']>;
  /** The answered sections, in form order. */
  sections: Array<SubmissionSection>;
  /** DRAFT, SUBMITTED or WITHDRAWN. */
  status: EntryStatus;
  /** Up to three success factors. */
  successFactors: Array<Scalars['String']['output']>;
  /** The summary (at most 180 words). */
  summary: Scalars['String']['output'];
  /** The title. */
  title: Scalars['String']['output'];
  /** When it was last saved. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Name this version when saving; a save based on an older one is refused (CONFLICT). */
  version: Scalars['Int']['output'];
};

/** A row of the table of figures under "Evaluating the results". */
export type SubmissionFigure = {
  __typename: 'SubmissionFigure';
  /** The figure after. */
  after?: Maybe<Scalars['Float']['output']>;
  /** The figure before. */
  before?: Maybe<Scalars['Float']['output']>;
  /** The indicator group. */
  group?: Maybe<Scalars['String']['output']>;
  /** What is measured. */
  label: Scalars['String']['output'];
  /** The unit of before and after. */
  unit?: Maybe<Scalars['String']['output']>;
  /** A value as written ("97 per cent"). */
  value?: Maybe<Scalars['String']['output']>;
};

/** A row of the table of figures. */
export type SubmissionFigureInput = {
  /** The figure after. */
  after?: InputMaybe<Scalars['Float']['input']>;
  /** The figure before. */
  before?: InputMaybe<Scalars['Float']['input']>;
  /** The indicator group. */
  group?: InputMaybe<Scalars['String']['input']>;
  /** What is measured. */
  label: Scalars['String']['input'];
  /** The unit. */
  unit?: InputMaybe<Scalars['String']['input']>;
  /** A value as written. */
  value?: InputMaybe<Scalars['String']['input']>;
};

/** The entries table filters: values OR-ed within one filter, filters AND-ed. */
export type SubmissionFilter = {
  /** ISO country codes. */
  countryCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Institution global ids. */
  institutionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Decided outcomes. */
  outcomes?: InputMaybe<Array<Outcome>>;
  /** Priority area global ids. */
  priorityAreaIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Words in the title, institution, acronym or summary. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Entry statuses. */
  statuses?: InputMaybe<Array<EntryStatus>>;
  /** Also (or only) entries without a decision. */
  undecided?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What the form and the entries table need to know about a competition's choices. */
export type SubmissionFormOptions = {
  __typename: 'SubmissionFormOptions';
  /** The competition's global id. */
  competitionId: Scalars['ID']['output'];
  /** Entries are accepted while OPEN. */
  competitionStatus: CompetitionStatus;
  /** The competition's title. */
  competitionTitle: Scalars['String']['output'];
  /** Countries with entries in it. */
  countries: Array<SubmissionOption>;
  /** Every institution, by name. */
  institutions: Array<SubmissionOption>;
  /** The competition's priority areas. */
  priorityAreas: Array<SubmissionOption>;
};

/** Every field of the form. The limits are those of @gpa/shared validateEntry: a draft is checked loosely, a submitted entry fully. */
export type SubmissionInput = {
  /** The table of figures. */
  figures?: Array<SubmissionFigureInput>;
  /** The year the practice started. */
  inOperationSince?: InputMaybe<Scalars['Int']['input']>;
  /** The institution's global id. */
  institutionId: Scalars['ID']['input'];
  /** Global ids of 1 to 3 priority areas. */
  priorityAreaIds?: Array<Scalars['ID']['input']>;
  /** Up to three risks. */
  risks?: Array<Scalars['String']['input']>;
  /** The answers. */
  sections?: Array<SubmissionSectionInput>;
  /** Up to three success factors. */
  successFactors?: Array<Scalars['String']['input']>;
  /** The summary. */
  summary?: Scalars['String']['input'];
  /** The title. */
  title: Scalars['String']['input'];
};

/** A choice offered by the form or the table. */
export type SubmissionOption = {
  __typename: 'SubmissionOption';
  /** An institution's country (ISO code). */
  countryCode?: Maybe<Scalars['String']['output']>;
  /** Global id (institutions, priority areas) or ISO code. */
  id: Scalars['ID']['output'];
  /** What the user reads. */
  label: Scalars['String']['output'];
};

/** A page of the entries table. */
export type SubmissionPage = {
  __typename: 'SubmissionPage';
  /** The rows of this page. */
  nodes: Array<SubmissionRow>;
  /** Rows skipped before this page. */
  offset: Scalars['Int']['output'];
  /** Rows matching the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

/** One line of the entries table. */
export type SubmissionRow = {
  __typename: 'SubmissionRow';
  /** The institution's country (ISO code). */
  countryCode: Scalars['String']['output'];
  /** The country's name. */
  countryName: Scalars['String']['output'];
  /** The same global id as the public Practice. */
  id: Scalars['ID']['output'];
  /** In operation since. */
  inOperationSince?: Maybe<Scalars['Int']['output']>;
  /** The institution's name. */
  institutionName: Scalars['String']['output'];
  /** The jury's decision, if recorded. */
  outcome?: Maybe<Outcome>;
  /** Its priority areas, by name, in order. */
  priorityAreas: Array<Scalars['String']['output']>;
  /** DRAFT, SUBMITTED or WITHDRAWN. */
  status: EntryStatus;
  /** The title. */
  title: Scalars['String']['output'];
  /** Last saved. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Its version. */
  version: Scalars['Int']['output'];
  /** Words in all (the limit is 1,500). */
  words: Scalars['Int']['output'];
};

/** The answer to one question of the form. */
export type SubmissionSection = {
  __typename: 'SubmissionSection';
  /** The answer. */
  body: Scalars['String']['output'];
  /** One of issue, approach, targets, evaluation, lessons. */
  key: Scalars['String']['output'];
};

/** The answer to one question of the form. */
export type SubmissionSectionInput = {
  /** The answer (empty to clear it). */
  body: Scalars['String']['input'];
  /** One of issue, approach, targets, evaluation, lessons. */
  key: Scalars['String']['input'];
};

/** The column the entries table is sorted by. */
export type SubmissionSort =
  | 'COUNTRY'
  | 'INSTITUTION'
  | 'OUTCOME'
  | 'STATUS'
  | 'TITLE'
  | 'UPDATED';

/** One type-ahead suggestion. */
export type Suggestion = {
  __typename: 'Suggestion';
  /** What it leads to. */
  kind: SuggestionKind;
  /** What to show: the title or name. */
  label: Scalars['String']['output'];
  /** The slug of the practice, institution or priority area; a country’s ISO code. */
  slug: Scalars['String']['output'];
  /** Its page in the explorer, as a path of the site (e.g. `/countries/KR`). */
  url: Scalars['String']['output'];
};

/** What a type-ahead suggestion leads to. */
export type SuggestionKind =
  /** A country with published practices (slug: its ISO code). */
  | 'COUNTRY'
  /** An institution with published practices (slug: its slug). */
  | 'INSTITUTION'
  /** A published practice (slug: its slug). */
  | 'PRACTICE'
  /** A priority area (slug: its slug). */
  | 'PRIORITY_AREA';

/** A console account. Visible to administrators, and to the person themself. */
export type User = {
  __typename: 'User';
  /** When the account was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The name shown in the console. */
  displayName: Scalars['String']['output'];
  /** The e-mail address, lower-cased. */
  email: Scalars['String']['output'];
  /** The account id. */
  id: Scalars['ID']['output'];
  /** Deactivated users cannot sign in. */
  isActive: Scalars['Boolean']['output'];
  /** The last successful sign-in. */
  lastSignInAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Sessions currently open. */
  openSessions: Scalars['Int']['output'];
  /** What the person may do. */
  roles: Array<Role>;
};

/** The signed-in person. */
export type Viewer = {
  __typename: 'Viewer';
  /** The name shown in the console. */
  displayName: Scalars['String']['output'];
  /** The e-mail address. */
  email: Scalars['String']['output'];
  /** The account id. */
  id: Scalars['ID']['output'];
  /** What the person may do. */
  roles: Array<Role>;
};

export type MorePracticesQueryVariables = Exact<{
  query?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PracticeFilter>;
  sort?: InputMaybe<PracticeSort>;
  first: Scalars['Int']['input'];
  after: Scalars['String']['input'];
}>;


export type MorePracticesQuery = { practices: { __typename: 'PracticeConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename: 'Practice', id: string, slug: string, title: string, summary?: string | null, highlight?: string | null, outcome?: Outcome | null, institution: { __typename: 'Institution', id: string, slug: string, name: string }, country: { __typename: 'Country', id: string, code: string, name: string }, priorityAreas: Array<{ __typename: 'PriorityArea', id: string, slug: string, name: string }>, competition?: { __typename: 'Competition', id: string, slug: string, title: string } | null }> } };

export type PracticeCardFragment = { __typename: 'Practice', id: string, slug: string, title: string, summary?: string | null, highlight?: string | null, outcome?: Outcome | null, institution: { __typename: 'Institution', id: string, slug: string, name: string }, country: { __typename: 'Country', id: string, code: string, name: string }, priorityAreas: Array<{ __typename: 'PriorityArea', id: string, slug: string, name: string }>, competition?: { __typename: 'Competition', id: string, slug: string, title: string } | null };

export type SuggestQueryVariables = Exact<{
  prefix: Scalars['String']['input'];
  first: Scalars['Int']['input'];
}>;


export type SuggestQuery = { suggest: Array<{ __typename: 'Suggestion', kind: SuggestionKind, label: string, slug: string, url: string }> };

export type CountryPracticesQueryVariables = Exact<{
  code: Scalars['String']['input'];
  filter: PracticeFilter;
  sort: PracticeSort;
  first: Scalars['Int']['input'];
}>;


export type CountryPracticesQuery = { country?: { __typename: 'Country', id: string, code: string, name: string, region: Region } | null, practices: { __typename: 'PracticeConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename: 'Practice', id: string, slug: string, title: string, summary?: string | null, highlight?: string | null, outcome?: Outcome | null, institution: { __typename: 'Institution', id: string, slug: string, name: string }, country: { __typename: 'Country', id: string, code: string, name: string }, priorityAreas: Array<{ __typename: 'PriorityArea', id: string, slug: string, name: string }>, competition?: { __typename: 'Competition', id: string, slug: string, title: string } | null }> } };

export type InstitutionPracticesQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  filter: PracticeFilter;
  sort: PracticeSort;
  first: Scalars['Int']['input'];
}>;


export type InstitutionPracticesQuery = { institution?: { __typename: 'Institution', id: string, slug: string, name: string, acronym?: string | null, country: { __typename: 'Country', id: string, code: string, name: string } } | null, practices: { __typename: 'PracticeConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename: 'Practice', id: string, slug: string, title: string, summary?: string | null, highlight?: string | null, outcome?: Outcome | null, institution: { __typename: 'Institution', id: string, slug: string, name: string }, country: { __typename: 'Country', id: string, code: string, name: string }, priorityAreas: Array<{ __typename: 'PriorityArea', id: string, slug: string, name: string }>, competition?: { __typename: 'Competition', id: string, slug: string, title: string } | null }> } };

export type PriorityAreaPracticesQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  filter: PracticeFilter;
  sort: PracticeSort;
  first: Scalars['Int']['input'];
}>;


export type PriorityAreaPracticesQuery = { priorityArea?: { __typename: 'PriorityArea', id: string, slug: string, name: string } | null, practices: { __typename: 'PracticeConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename: 'Practice', id: string, slug: string, title: string, summary?: string | null, highlight?: string | null, outcome?: Outcome | null, institution: { __typename: 'Institution', id: string, slug: string, name: string }, country: { __typename: 'Country', id: string, code: string, name: string }, priorityAreas: Array<{ __typename: 'PriorityArea', id: string, slug: string, name: string }>, competition?: { __typename: 'Competition', id: string, slug: string, title: string } | null }> } };

export type CompetitionPreviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  query: Scalars['String']['input'];
  variables?: InputMaybe<Scalars['JSON']['input']>;
}>;


export type CompetitionPreviewQuery = { competitionPreview?: unknown | null };

export type CompetitionEntryFragment = { __typename: 'Practice', id: string, slug: string, title: string, outcome?: Outcome | null, summary?: string | null, juryComment?: string | null, institution: { __typename: 'Institution', id: string, slug: string, name: string }, country: { __typename: 'Country', id: string, code: string, name: string }, priorityAreas: Array<{ __typename: 'PriorityArea', id: string, slug: string, name: string }> };

export type CompetitionResultsQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  first: Scalars['Int']['input'];
}>;


export type CompetitionResultsQuery = { competitionBySlug?: { __typename: 'Competition', id: string, slug: string, title: string, region: Region, year: number, triennium: string, forumName?: string | null, introduction: string, juryIntroduction: string, resultsSentence: string, jury: Array<{ __typename: 'JuryMember', name?: string | null, description: string }>, priorityAreas: Array<{ __typename: 'PriorityArea', id: string, slug: string, name: string }>, stats: { __typename: 'CompetitionStats', entries: number, institutions: number, countries: number, awards: number, certificatesOfMerit: number, specialMentions: number, attestations: number }, entries: { __typename: 'PracticeConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename: 'Practice', id: string, slug: string, title: string, outcome?: Outcome | null, summary?: string | null, juryComment?: string | null, institution: { __typename: 'Institution', id: string, slug: string, name: string }, country: { __typename: 'Country', id: string, code: string, name: string }, priorityAreas: Array<{ __typename: 'PriorityArea', id: string, slug: string, name: string }> }> } } | null };

export type CompetitionMoreEntriesQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  first: Scalars['Int']['input'];
  after: Scalars['String']['input'];
}>;


export type CompetitionMoreEntriesQuery = { competitionBySlug?: { __typename: 'Competition', id: string, entries: { __typename: 'PracticeConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename: 'Practice', id: string, slug: string, title: string, outcome?: Outcome | null, summary?: string | null, juryComment?: string | null, institution: { __typename: 'Institution', id: string, slug: string, name: string }, country: { __typename: 'Country', id: string, code: string, name: string }, priorityAreas: Array<{ __typename: 'PriorityArea', id: string, slug: string, name: string }> }> } } | null };

export type BrowseCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type BrowseCountsQuery = { practices: { __typename: 'PracticeConnection', totalCount: number, facets: { __typename: 'PracticeFacets', regions: Array<{ __typename: 'FacetValue', value: string, label: string, count: number }>, priorityAreas: Array<{ __typename: 'FacetValue', value: string, label: string, count: number }> } } };

export type HomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeQuery = { competitions: Array<{ __typename: 'Competition', id: string, slug: string, title: string, region: Region, year: number, triennium: string, stats: { __typename: 'CompetitionStats', entries: number, institutions: number, countries: number, awards: number, certificatesOfMerit: number, specialMentions: number, attestations: number } }>, priorityAreas: Array<{ __typename: 'PriorityArea', id: string, slug: string, name: string }> };

export type LatestResultsQueryVariables = Exact<{
  region: Region;
  year: Scalars['Int']['input'];
}>;


export type LatestResultsQuery = { competition?: { __typename: 'Competition', id: string, slug: string, title: string, resultsSentence: string, award: { __typename: 'PracticeConnection', nodes: Array<{ __typename: 'Practice', id: string, slug: string, title: string, outcome?: Outcome | null, juryComment?: string | null, institution: { __typename: 'Institution', id: string, slug: string, name: string }, country: { __typename: 'Country', id: string, code: string, name: string } }> }, specialMentions: { __typename: 'PracticeConnection', totalCount: number, nodes: Array<{ __typename: 'Practice', id: string, slug: string, title: string, institution: { __typename: 'Institution', id: string, slug: string, name: string }, country: { __typename: 'Country', id: string, code: string, name: string } }> } } | null };

export type PracticeQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type PracticeQuery = { practice?: { __typename: 'Practice', id: string, slug: string, title: string, outcome?: Outcome | null, juryComment?: string | null, summary?: string | null, inOperationSince?: number | null, institution: { __typename: 'Institution', id: string, slug: string, name: string, acronym?: string | null }, country: { __typename: 'Country', id: string, code: string, name: string }, priorityAreas: Array<{ __typename: 'PriorityArea', id: string, slug: string, name: string }>, competition?: { __typename: 'Competition', id: string, slug: string, title: string } | null, sections: Array<{ __typename: 'PracticeSection', key: string, heading: string, body: string }>, figures: Array<{ __typename: 'PracticeFigure', group?: string | null, label: string, value?: string | null, before?: number | null, after?: number | null, unit?: string | null }> } | null };

export type RelatedPracticesQueryVariables = Exact<{
  areas: Array<Scalars['String']['input']> | Scalars['String']['input'];
  institution: Scalars['String']['input'];
}>;


export type RelatedPracticesQuery = { sameArea: { __typename: 'PracticeConnection', nodes: Array<{ __typename: 'Practice', id: string, slug: string, title: string, outcome?: Outcome | null, institution: { __typename: 'Institution', id: string, name: string }, country: { __typename: 'Country', id: string, name: string } }> }, sameInstitution: { __typename: 'PracticeConnection', nodes: Array<{ __typename: 'Practice', id: string, slug: string, title: string, outcome?: Outcome | null, institution: { __typename: 'Institution', id: string, name: string }, country: { __typename: 'Country', id: string, name: string } }> } };

export type FacetValuesQueryVariables = Exact<{
  query?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PracticeFilter>;
  regions: Scalars['Boolean']['input'];
  countries: Scalars['Boolean']['input'];
  institutions: Scalars['Boolean']['input'];
  priorityAreas: Scalars['Boolean']['input'];
  outcomes: Scalars['Boolean']['input'];
  years: Scalars['Boolean']['input'];
}>;


export type FacetValuesQuery = { practices: { __typename: 'PracticeConnection', facets: { __typename: 'PracticeFacets', regions?: Array<{ __typename: 'FacetValue', value: string, label: string, count: number }>, countries?: Array<{ __typename: 'FacetValue', value: string, label: string, count: number }>, institutions?: Array<{ __typename: 'FacetValue', value: string, label: string, count: number }>, priorityAreas?: Array<{ __typename: 'FacetValue', value: string, label: string, count: number }>, outcomes?: Array<{ __typename: 'FacetValue', value: string, label: string, count: number }>, years?: Array<{ __typename: 'FacetValue', value: string, label: string, count: number }> } } };

export type FacetValuePartsFragment = { __typename: 'FacetValue', value: string, label: string, count: number };

export type SearchPracticesQueryVariables = Exact<{
  query?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PracticeFilter>;
  sort?: InputMaybe<PracticeSort>;
  first: Scalars['Int']['input'];
  facetValues: Scalars['Int']['input'];
}>;


export type SearchPracticesQuery = { practices: { __typename: 'PracticeConnection', totalCount: number, didYouMean?: string | null, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename: 'Practice', id: string, slug: string, title: string, summary?: string | null, highlight?: string | null, outcome?: Outcome | null, institution: { __typename: 'Institution', id: string, slug: string, name: string }, country: { __typename: 'Country', id: string, code: string, name: string }, priorityAreas: Array<{ __typename: 'PriorityArea', id: string, slug: string, name: string }>, competition?: { __typename: 'Competition', id: string, slug: string, title: string } | null }>, facets: { __typename: 'PracticeFacets', regions: Array<{ __typename: 'FacetValue', value: string, label: string, count: number }>, countries: Array<{ __typename: 'FacetValue', value: string, label: string, count: number }>, institutions: Array<{ __typename: 'FacetValue', value: string, label: string, count: number }>, priorityAreas: Array<{ __typename: 'FacetValue', value: string, label: string, count: number }>, outcomes: Array<{ __typename: 'FacetValue', value: string, label: string, count: number }>, years: Array<{ __typename: 'FacetValue', value: string, label: string, count: number }>, valueCounts: { __typename: 'FacetValueCounts', regions: number, countries: number, institutions: number, priorityAreas: number, outcomes: number, years: number } } } };

export type ExportRowsQueryVariables = Exact<{
  query?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PracticeFilter>;
  sort?: InputMaybe<PracticeSort>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExportRowsQuery = { practices: { __typename: 'PracticeConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename: 'Practice', slug: string, title: string, region: Region, outcome?: Outcome | null, summary?: string | null, inOperationSince?: number | null, institution: { __typename: 'Institution', slug: string, name: string, acronym?: string | null }, country: { __typename: 'Country', code: string, name: string }, priorityAreas: Array<{ __typename: 'PriorityArea', slug: string, name: string }>, competition?: { __typename: 'Competition', slug: string, title: string, year: number } | null }> } };

export type StatisticsQueryVariables = Exact<{
  filter?: InputMaybe<PracticeFilter>;
}>;


export type StatisticsQuery = { practices: { __typename: 'PracticeConnection', totalCount: number, facets: { __typename: 'PracticeFacets', regions: Array<{ __typename: 'FacetValue', value: string, label: string, count: number }>, countries: Array<{ __typename: 'FacetValue', value: string, label: string, count: number }>, priorityAreas: Array<{ __typename: 'FacetValue', value: string, label: string, count: number }>, outcomes: Array<{ __typename: 'FacetValue', value: string, label: string, count: number }>, years: Array<{ __typename: 'FacetValue', value: string, label: string, count: number }> } }, competitions: Array<{ __typename: 'Competition', id: string, slug: string, title: string, region: Region, year: number }> };

export const PracticeCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PracticeCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<PracticeCardFragment, unknown>;
export const CompetitionEntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetitionEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"juryComment"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CompetitionEntryFragment, unknown>;
export const FacetValuePartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacetValueParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FacetValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]} as unknown as DocumentNode<FacetValuePartsFragment, unknown>;
export const MorePracticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MorePractices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PracticeCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PracticeCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<MorePracticesQuery, MorePracticesQueryVariables>;
export const SuggestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Suggest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<SuggestQuery, SuggestQueryVariables>;
export const CountryPracticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountryPractices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeSort"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PracticeCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PracticeCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<CountryPracticesQuery, CountryPracticesQueryVariables>;
export const InstitutionPracticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionPractices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeSort"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PracticeCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PracticeCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<InstitutionPracticesQuery, InstitutionPracticesQueryVariables>;
export const PriorityAreaPracticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PriorityAreaPractices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeSort"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priorityArea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PracticeCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PracticeCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<PriorityAreaPracticesQuery, PriorityAreaPracticesQueryVariables>;
export const CompetitionPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompetitionPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"variables"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competitionPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"variables"},"value":{"kind":"Variable","name":{"kind":"Name","value":"variables"}}}]}]}}]} as unknown as DocumentNode<CompetitionPreviewQuery, CompetitionPreviewQueryVariables>;
export const CompetitionResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompetitionResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competitionBySlug"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"triennium"}},{"kind":"Field","name":{"kind":"Name","value":"forumName"}},{"kind":"Field","name":{"kind":"Name","value":"introduction"}},{"kind":"Field","name":{"kind":"Name","value":"juryIntroduction"}},{"kind":"Field","name":{"kind":"Name","value":"jury"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultsSentence"}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"awards"}},{"kind":"Field","name":{"kind":"Name","value":"certificatesOfMerit"}},{"kind":"Field","name":{"kind":"Name","value":"specialMentions"}},{"kind":"Field","name":{"kind":"Name","value":"attestations"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetitionEntry"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetitionEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"juryComment"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CompetitionResultsQuery, CompetitionResultsQueryVariables>;
export const CompetitionMoreEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompetitionMoreEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competitionBySlug"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetitionEntry"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetitionEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"juryComment"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CompetitionMoreEntriesQuery, CompetitionMoreEntriesQueryVariables>;
export const BrowseCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowseCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BrowseCountsQuery, BrowseCountsQueryVariables>;
export const HomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Home"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"triennium"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"awards"}},{"kind":"Field","name":{"kind":"Name","value":"certificatesOfMerit"}},{"kind":"Field","name":{"kind":"Name","value":"specialMentions"}},{"kind":"Field","name":{"kind":"Name","value":"attestations"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<HomeQuery, HomeQueryVariables>;
export const LatestResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LatestResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"resultsSentence"}},{"kind":"Field","alias":{"kind":"Name","value":"award"},"name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"EnumValue","value":"AWARD"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"juryComment"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"specialMentions"},"name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"EnumValue","value":"CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LatestResultsQuery, LatestResultsQueryVariables>;
export const PracticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Practice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"juryComment"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"inOperationSince"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}}]} as unknown as DocumentNode<PracticeQuery, PracticeQueryVariables>;
export const RelatedPracticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RelatedPractices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areas"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"institution"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"sameArea"},"name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"priorityAreaSlugs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areas"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"NEWEST"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"7"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"sameInstitution"},"name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"institutionSlugs"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"institution"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"NEWEST"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"7"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RelatedPracticesQuery, RelatedPracticesQueryVariables>;
export const FacetValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacetValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regions"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countries"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"institutions"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"priorityAreas"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcomes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"years"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regions"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetValueParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countries"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetValueParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"institutions"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetValueParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"priorityAreas"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetValueParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcomes"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetValueParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"years"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"years"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetValueParts"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacetValueParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FacetValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]} as unknown as DocumentNode<FacetValuesQuery, FacetValuesQueryVariables>;
export const SearchPracticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchPractices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"facetValues"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"didYouMean"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PracticeCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facetValues"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetValueParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facetValues"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetValueParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facetValues"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetValueParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facetValues"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetValueParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facetValues"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetValueParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"years"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facetValues"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetValueParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"valueCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}},{"kind":"Field","name":{"kind":"Name","value":"years"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PracticeCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacetValueParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FacetValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]} as unknown as DocumentNode<SearchPracticesQuery, SearchPracticesQueryVariables>;
export const ExportRowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"inOperationSince"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExportRowsQuery, ExportRowsQueryVariables>;
export const StatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Statistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"competitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]} as unknown as DocumentNode<StatisticsQuery, StatisticsQueryVariables>;