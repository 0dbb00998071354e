import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { type CompetitionStatus, type Outcome } from '@gpa/shared';
import { CompetitionStatusEnum, OutcomeEnum } from '../../graphql/enums.js';
import { ENTRY_PROGRESS, type EntryProgress } from './jury-workspace.service.js';
import { JURY_TABLE_SORTS, type JuryTableSort } from './jury-table.service.js';

const enumObject = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const EntryProgressEnum = enumObject<EntryProgress>(ENTRY_PROGRESS);
registerEnumType(EntryProgressEnum, {
  name: 'JuryEntryProgress',
  description: 'Where the viewer stands with an entry.',
  valuesConfig: {
    NOT_STARTED: { description: 'Not assessed yet.' },
    DRAFT: { description: 'Assessment saved as a draft.' },
    SUBMITTED: { description: 'Assessment submitted.' },
    CONFLICTED: { description: 'The viewer has a conflict of interest with the entry.' },
  },
});

export const JuryTableSortEnum = enumObject<JuryTableSort>(JURY_TABLE_SORTS);
registerEnumType(JuryTableSortEnum, {
  name: 'JuryTableSort',
  description: "The orders of the chair's table.",
});

export const CONFLICT_SOURCES = ['DECLARED', 'PROPOSED', 'DISMISSED'] as const;
export const ConflictSourceEnum = enumObject(CONFLICT_SOURCES);
registerEnumType(ConflictSourceEnum, {
  name: 'ConflictSource',
  description: 'Who raised a conflict of interest.',
  valuesConfig: {
    DECLARED: { description: 'Declared by the member.' },
    PROPOSED: {
      description: "Proposed by the system (the member's own institution or country).",
    },
    DISMISSED: {
      description:
        'Proposed by the system and dismissed by the member: no conflict, listed for the chair and the secretariat only.',
    },
  },
});

@ObjectType('JuryCriterion', { description: 'A criterion the jury scores each entry on.' })
export class JuryCriterionType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  description: string;

  @Field(() => Float, { description: 'Its weight in the weighted mean.' })
  weight: number;

  @Field(() => Int, {
    description:
      'The version of the whole list of criteria; name it when saving them (a stale one gets CONFLICT).',
  })
  listVersion: number;
}

@ObjectType('JuryCompetition', {
  description: 'A competition in the jury workspace, with the viewer’s progress.',
})
export class JuryCompetitionType {
  @Field(() => ID, { description: 'The same global id as the public Competition.' })
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => CompetitionStatusEnum)
  status: CompetitionStatus;

  @Field(() => Int)
  year: number;

  @Field(() => Boolean, { description: 'The viewer chairs this jury.' })
  isChair: boolean;

  @Field(() => Boolean, { description: 'The viewer sits on this jury.' })
  isMember: boolean;

  @Field(() => Int, { description: 'Submitted entries.' })
  entryCount: number;

  @Field(() => Int, { description: 'Entries the viewer has submitted an assessment of.' })
  assessedCount: number;

  @Field(() => Int, { description: 'Entries with a draft assessment of the viewer.' })
  draftCount: number;

  @Field(() => Int, {
    description: 'Entries still to assess (not submitted, no conflict).',
  })
  toDoCount: number;

  @Field(() => Int, { description: 'Entries the viewer has a conflict of interest with.' })
  conflictCount: number;

  @Field(() => ID, {
    nullable: true,
    description: 'The next entry to assess, in the booklet order.',
  })
  nextEntryId: string | null;

  @Field(() => String, { nullable: true })
  nextEntryTitle: string | null;
}

@ObjectType('JuryEntry', { description: 'An entry in the jury workspace.' })
export class JuryEntryType {
  @Field(() => ID, { description: 'The same global id as the public Practice.' })
  id: string;

  @Field(() => String)
  slug: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  institutionName: string;

  @Field(() => String)
  countryCode: string;

  @Field(() => String)
  countryName: string;

  @Field(() => EntryProgressEnum)
  progress: EntryProgress;

  @Field(() => Int, { description: 'How many members have submitted an assessment.' })
  submittedCount: number;

  @Field(() => OutcomeEnum, {
    nullable: true,
    description: 'The decision, if recorded (withheld from a conflicted member).',
  })
  outcome: Outcome | null;
}

@ObjectType('JuryScore')
export class JuryScoreType {
  @Field(() => ID)
  criterionId: string;

  @Field(() => String)
  criterionName: string;

  @Field(() => Int, { description: 'From 1 (weak) to 5 (excellent).' })
  score: number;
}

@ObjectType('JuryAssessment', { description: "A member's assessment of an entry." })
export class JuryAssessmentType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  memberName: string;

  @Field(() => Boolean, { description: "The viewer's own." })
  isMine: boolean;

  @Field(() => [JuryScoreType])
  scores: JuryScoreType[];

  @Field(() => Float, { nullable: true, description: 'The weighted mean of the scores.' })
  weightedScore: number | null;

  @Field(() => OutcomeEnum, { nullable: true })
  proposedOutcome: Outcome | null;

  @Field(() => String, {
    nullable: true,
    description: 'Private notes: only their author sees them (null for the others).',
  })
  notes: string | null;

  @Field(() => Boolean)
  submitted: boolean;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Date)
  updatedAt: Date;

  @Field(() => Int, { description: 'Name it when saving; a stale version is refused (CONFLICT).' })
  version: number;
}

@ObjectType('JuryConflict', { description: 'A conflict of interest of a member with an entry.' })
export class JuryConflictType {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'The entry (global Practice id).' })
  practiceId: string;

  @Field(() => String)
  practiceTitle: string;

  @Field(() => String)
  memberName: string;

  @Field(() => Boolean, { description: "The viewer's own." })
  isMine: boolean;

  @Field(() => String)
  reason: string;

  @Field(() => ConflictSourceEnum)
  source: 'DECLARED' | 'PROPOSED' | 'DISMISSED';

  @Field(() => Boolean, {
    description:
      'Declared, or proposed and confirmed by the member. An unconfirmed proposal counts too.',
  })
  confirmed: boolean;

  @Field(() => Date)
  declaredAt: Date;
}

@ObjectType('DeliberationMessage', { description: "One message of an entry's deliberation." })
export class DeliberationMessageType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: 'Null when the account was deleted.' })
  authorName: string | null;

  @Field(() => Boolean)
  isMine: boolean;

  @Field(() => String)
  body: string;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('JuryDecision', { description: "The jury's decision on an entry." })
export class JuryDecisionType {
  @Field(() => ID, { description: 'The entry (global Practice id).' })
  practiceId: string;

  @Field(() => OutcomeEnum)
  outcome: Outcome;

  @Field(() => String, {
    nullable: true,
    description: "The Jury's comment (Award) or the special mention text.",
  })
  juryText: string | null;

  @Field(() => Int, {
    description: 'Name it when changing the decision; a stale one is refused (CONFLICT).',
  })
  version: number;

  @Field(() => Date)
  decidedAt: Date;

  @Field(() => String, { nullable: true })
  decidedByName: string | null;
}

@ObjectType('JuryPracticeSection')
export class JuryPracticeSectionType {
  @Field(() => String)
  key: string;

  @Field(() => String)
  heading: string;

  @Field(() => String)
  body: string;
}

@ObjectType('JuryEntryDetail', {
  description: 'One entry with everything the viewer may see of it.',
})
export class JuryEntryDetailType {
  @Field(() => JuryEntryType)
  entry: JuryEntryType;

  @Field(() => ID)
  competitionId: string;

  @Field(() => String)
  competitionTitle: string;

  @Field(() => CompetitionStatusEnum)
  competitionStatus: CompetitionStatus;

  @Field(() => Boolean)
  viewerIsChair: boolean;

  @Field(() => String, { nullable: true })
  summary: string | null;

  @Field(() => Int, { nullable: true })
  inOperationSince: number | null;

  @Field(() => [String])
  priorityAreas: string[];

  @Field(() => [JuryPracticeSectionType])
  sections: JuryPracticeSectionType[];

  @Field(() => [JuryCriterionType])
  criteria: JuryCriterionType[];

  @Field(() => JuryAssessmentType, { nullable: true })
  myAssessment: JuryAssessmentType | null;

  @Field(() => Boolean, {
    description: "Whether the other members' assessments are shown (after submitting one's own).",
  })
  othersVisible: boolean;

  @Field(() => String, { nullable: true, description: 'Why they are not, if they are not.' })
  othersHiddenReason: string | null;

  @Field(() => [JuryAssessmentType], { description: "The other members' submitted assessments." })
  otherAssessments: JuryAssessmentType[];

  @Field(() => JuryConflictType, { nullable: true })
  myConflict: JuryConflictType | null;

  @Field(() => [JuryConflictType], {
    description:
      "Every conflict with this entry for the chair and the secretariat; the viewer's own otherwise.",
  })
  conflicts: JuryConflictType[];

  @Field(() => [DeliberationMessageType], {
    nullable: true,
    description: 'The deliberation thread; null for a conflicted member.',
  })
  deliberation: DeliberationMessageType[] | null;

  @Field(() => JuryDecisionType, { nullable: true })
  decision: JuryDecisionType | null;

  @Field(() => Boolean)
  canAssess: boolean;

  @Field(() => Boolean)
  canDecide: boolean;

  @Field(() => ID, { nullable: true, description: 'The next entry to assess after this one.' })
  nextEntryId: string | null;
}

@ObjectType('OutcomeTally', { description: 'How many members proposed each outcome.' })
export class OutcomeTallyType {
  @Field(() => Int)
  award: number;

  @Field(() => Int)
  specialMention: number;

  @Field(() => Int)
  certificateOfMerit: number;

  @Field(() => Int)
  attestation: number;
}

@ObjectType('JuryTableConflict')
export class JuryTableConflictType {
  @Field(() => String)
  memberName: string;

  @Field(() => ConflictSourceEnum)
  source: 'DECLARED' | 'PROPOSED' | 'DISMISSED';

  @Field(() => String)
  reason: string;

  @Field(() => Boolean)
  confirmed: boolean;
}

@ObjectType('JuryTableRow', { description: "One entry on the chair's table." })
export class JuryTableRowType {
  @Field(() => ID, { description: 'The entry (global Practice id).' })
  id: string;

  @Field(() => Int, { description: 'Its place in the booklet order.' })
  rank: number;

  @Field(() => String)
  title: string;

  @Field(() => String)
  institutionName: string;

  @Field(() => String)
  countryCode: string;

  @Field(() => Int, { description: 'Submitted assessments that count (no conflict).' })
  submittedCount: number;

  @Field(() => Float, { nullable: true, description: "Mean of the members' weighted scores." })
  weightedMean: number | null;

  @Field(() => Float, { nullable: true, description: "Median of the members' weighted scores." })
  median: number | null;

  @Field(() => Float, { nullable: true, description: 'Highest minus lowest weighted score.' })
  spread: number | null;

  @Field(() => OutcomeTallyType)
  tally: OutcomeTallyType;

  @Field(() => [JuryTableConflictType])
  conflicts: JuryTableConflictType[];

  @Field(() => Boolean, {
    description: 'The viewer has a conflict with this entry: scores and decision are withheld.',
  })
  viewerConflicted: boolean;

  @Field(() => Boolean, {
    description:
      "The chair has not submitted their own assessment of this entry: the others' scores are withheld, only their count shows.",
  })
  scoresHidden: boolean;

  @Field(() => JuryDecisionType, { nullable: true })
  decision: JuryDecisionType | null;
}

@ObjectType('JuryTable', { description: "The chair's table of a competition." })
export class JuryTableType {
  @Field(() => ID)
  competitionId: string;

  @Field(() => String)
  competitionTitle: string;

  @Field(() => CompetitionStatusEnum)
  competitionStatus: CompetitionStatus;

  @Field(() => Boolean, { description: 'Decisions can be recorded by the viewer now.' })
  canDecide: boolean;

  @Field(() => [JuryCriterionType])
  criteria: JuryCriterionType[];

  @Field(() => [JuryTableRowType])
  rows: JuryTableRowType[];
}

@ObjectType('JurorAffiliation', {
  description:
    "A jury member's own institution and country, used to propose conflicts of interest.",
})
export class JurorAffiliationType {
  @Field(() => ID)
  userId: string;

  @Field(() => String)
  displayName: string;

  @Field(() => ID, { nullable: true, description: 'Global Institution id.' })
  institutionId: string | null;

  @Field(() => String, { nullable: true })
  institutionName: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The member's country (ISO code); the institution's when none is set.",
  })
  countryCode: string | null;
}
