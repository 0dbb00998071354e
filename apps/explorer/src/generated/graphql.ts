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

/** Who to invite, and with which roles. */
export type CreateInvitationInput = {
  /** Their name as the console shows it. */
  displayName: Scalars['String']['input'];
  /** Their e-mail address. */
  email: Scalars['String']['input'];
  /** At least one role. */
  roles: Array<Role>;
};

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

/** A competition as the secretariat and its jury see it, whatever its status. */
export type ManagedCompetition = {
  __typename: 'ManagedCompetition';
  /** Entries with a decision. */
  decidedCount: Scalars['Int']['output'];
  /** Its entries in the booklet order; a jury member does not see the entries they have a conflict with. */
  entries: Array<ManagedEntry>;
  /** Submitted entries. */
  entryCount: Scalars['Int']['output'];
  /** The same global id as the public Competition. */
  id: Scalars['ID']['output'];
  /** When the results were published. */
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The region. */
  region: Region;
  /** Kebab-case of the title. */
  slug: Scalars['String']['output'];
  /** Where it is in its lifecycle. */
  status: CompetitionStatus;
  /** e.g. "Asia and the Pacific 2018". */
  title: Scalars['String']['output'];
  /** Name this version when changing it; a concurrent change is refused (CONFLICT). */
  version: Scalars['Int']['output'];
  /** The year. */
  year: Scalars['Int']['output'];
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

export type Mutation = {
  __typename: 'Mutation';
  /** Accepts an invitation with a password of the person’s choosing, and signs them in. */
  acceptInvitation: Viewer;
  /** Invites a new user; returns the one-time link. Administrators only. */
  createInvitation: Invitation;
  /** Ends every session of a user; returns how many were open. Administrators only. */
  endUserSessions: Scalars['Int']['output'];
  /** Moves a competition one step in its lifecycle (PUBLISHED makes its results public at once). Name the version you saw: a concurrent change is refused with CONFLICT. Secretariat only. */
  setCompetitionStatus: ManagedCompetition;
  /** Deactivates (ending their sessions) or reactivates a user. Administrators only. */
  setUserActive: User;
  /** Signs in with e-mail and password and sets the session cookie. Every failure gets the same message; repeated failures are throttled (RATE_LIMITED). */
  signIn: Viewer;
  /** Ends the current session and clears its cookie. */
  signOut: Scalars['Boolean']['output'];
};


export type MutationAcceptInvitationArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationCreateInvitationArgs = {
  input: CreateInvitationInput;
};


export type MutationEndUserSessionsArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationSetCompetitionStatusArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  status: CompetitionStatus;
};


export type MutationSetUserActiveArgs = {
  active: Scalars['Boolean']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
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
  /** By competition year. */
  years: Array<FacetValue>;
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
  /** The published competitions, latest first. */
  competitions: Array<Competition>;
  /** Every country, in alphabetical order of the name it sorts under. */
  countries: Array<Country>;
  /** One country by its ISO 3166-1 alpha-2 code. */
  country?: Maybe<Country>;
  /** One institution by its slug (institutions with at least one published practice). */
  institution?: Maybe<Institution>;
  /** One competition, if the viewer may see it (else NOT_FOUND). */
  managedCompetition: ManagedCompetition;
  /** Competitions of every status: all of them for the secretariat, the ones they sit on for jury members. */
  managedCompetitions: Array<ManagedCompetition>;
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


export type QueryCountryArgs = {
  code: Scalars['String']['input'];
};


export type QueryInstitutionArgs = {
  slug: Scalars['String']['input'];
};


export type QueryManagedCompetitionArgs = {
  id: Scalars['ID']['input'];
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


export type PracticeQuery = { practice?: { __typename: 'Practice', id: string, slug: string, title: string, outcome?: Outcome | null, juryComment?: string | null, summary?: string | null, inOperationSince?: number | null, institution: { __typename: 'Institution', id: string, slug: string, name: string, acronym?: string | null }, country: { __typename: 'Country', id: string, code: string, name: string }, priorityAreas: Array<{ __typename: 'PriorityArea', id: string, slug: string, name: string }>, competition?: { __typename: 'Competition', id: string, slug: string, title: string } | null, sections: Array<{ __typename: 'PracticeSection', key: string, heading: string, body: string }> } | null };

export type SearchPracticesQueryVariables = Exact<{
  query?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PracticeFilter>;
  sort?: InputMaybe<PracticeSort>;
  first: Scalars['Int']['input'];
}>;


export type SearchPracticesQuery = { practices: { __typename: 'PracticeConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename: 'Practice', id: string, slug: string, title: string, summary?: string | null, highlight?: string | null, outcome?: Outcome | null, institution: { __typename: 'Institution', id: string, slug: string, name: string }, country: { __typename: 'Country', id: string, code: string, name: string }, priorityAreas: Array<{ __typename: 'PriorityArea', id: string, slug: string, name: string }>, competition?: { __typename: 'Competition', id: string, slug: string, title: string } | null }>, facets: { __typename: 'PracticeFacets', regions: Array<{ __typename: 'FacetValue', value: string, label: string, count: number }>, countries: Array<{ __typename: 'FacetValue', value: string, label: string, count: number }>, institutions: Array<{ __typename: 'FacetValue', value: string, label: string, count: number }>, priorityAreas: Array<{ __typename: 'FacetValue', value: string, label: string, count: number }>, outcomes: Array<{ __typename: 'FacetValue', value: string, label: string, count: number }>, years: Array<{ __typename: 'FacetValue', value: string, label: string, count: number }> } } };

export const PracticeCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PracticeCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<PracticeCardFragment, unknown>;
export const CompetitionEntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetitionEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"juryComment"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CompetitionEntryFragment, unknown>;
export const MorePracticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MorePractices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PracticeCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PracticeCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<MorePracticesQuery, MorePracticesQueryVariables>;
export const CountryPracticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountryPractices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeSort"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PracticeCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PracticeCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<CountryPracticesQuery, CountryPracticesQueryVariables>;
export const InstitutionPracticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionPractices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeSort"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PracticeCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PracticeCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<InstitutionPracticesQuery, InstitutionPracticesQueryVariables>;
export const PriorityAreaPracticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PriorityAreaPractices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeSort"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priorityArea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PracticeCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PracticeCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<PriorityAreaPracticesQuery, PriorityAreaPracticesQueryVariables>;
export const CompetitionResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompetitionResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competitionBySlug"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"triennium"}},{"kind":"Field","name":{"kind":"Name","value":"forumName"}},{"kind":"Field","name":{"kind":"Name","value":"introduction"}},{"kind":"Field","name":{"kind":"Name","value":"juryIntroduction"}},{"kind":"Field","name":{"kind":"Name","value":"jury"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultsSentence"}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"awards"}},{"kind":"Field","name":{"kind":"Name","value":"certificatesOfMerit"}},{"kind":"Field","name":{"kind":"Name","value":"specialMentions"}},{"kind":"Field","name":{"kind":"Name","value":"attestations"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetitionEntry"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetitionEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"juryComment"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CompetitionResultsQuery, CompetitionResultsQueryVariables>;
export const CompetitionMoreEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompetitionMoreEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competitionBySlug"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetitionEntry"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetitionEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"juryComment"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CompetitionMoreEntriesQuery, CompetitionMoreEntriesQueryVariables>;
export const HomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Home"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"triennium"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"awards"}},{"kind":"Field","name":{"kind":"Name","value":"certificatesOfMerit"}},{"kind":"Field","name":{"kind":"Name","value":"specialMentions"}},{"kind":"Field","name":{"kind":"Name","value":"attestations"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<HomeQuery, HomeQueryVariables>;
export const LatestResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LatestResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"resultsSentence"}},{"kind":"Field","alias":{"kind":"Name","value":"award"},"name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"EnumValue","value":"AWARD"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"juryComment"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"specialMentions"},"name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"EnumValue","value":"CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LatestResultsQuery, LatestResultsQueryVariables>;
export const PracticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Practice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"juryComment"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"inOperationSince"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<PracticeQuery, PracticeQueryVariables>;
export const SearchPracticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchPractices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PracticeCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PracticeCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<SearchPracticesQuery, SearchPracticesQueryVariables>;