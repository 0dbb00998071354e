import { toGlobalId } from '../../graphql/node-id.js';
import { type AssessmentRow } from './assessment.service.js';
import { type ConflictRow } from './conflict.service.js';
import { type DecisionRow } from './decision.service.js';
import { type DeliberationMessageRow } from './deliberation.service.js';
import { type CriterionRow } from './jury-criteria.service.js';
import { type JuryTableRow } from './jury-table.service.js';
import {
  type JuryCompetitionRow,
  type JuryEntryDetail,
  type JuryEntryRow,
} from './jury-workspace.service.js';
import {
  DeliberationMessageType,
  JuryAssessmentType,
  JuryCompetitionType,
  JuryConflictType,
  JuryCriterionType,
  JuryDecisionType,
  JuryEntryDetailType,
  JuryEntryType,
  JuryTableRowType,
} from './jury.types.js';

/** Rows of the services to GraphQL objects: global ids out, nothing the viewer may not see. */
export const toCriterion = (r: CriterionRow) =>
  Object.assign(new JuryCriterionType(), {
    id: r.id,
    name: r.name,
    description: r.description,
    weight: Number(r.weight),
    listVersion: r.listVersion,
  });

export const toCompetition = (r: JuryCompetitionRow) =>
  Object.assign(new JuryCompetitionType(), {
    ...r,
    id: toGlobalId('Competition', r.id),
    nextEntryId: r.nextEntryId && toGlobalId('Practice', r.nextEntryId),
  });

export const toEntry = (r: JuryEntryRow) =>
  Object.assign(new JuryEntryType(), {
    id: toGlobalId('Practice', r.id),
    slug: r.slug,
    title: r.title,
    institutionName: r.institutionName,
    countryCode: r.countryCode,
    countryName: r.countryName,
    progress: r.progress,
    submittedCount: r.submittedCount,
    outcome: r.outcome,
  });

export const toAssessment = (r: AssessmentRow, viewerId: string) =>
  Object.assign(new JuryAssessmentType(), {
    id: r.id,
    memberName: r.memberName,
    isMine: r.userId === viewerId,
    scores: r.scores,
    weightedScore: r.weightedScore,
    proposedOutcome: r.proposedOutcome,
    notes: r.userId === viewerId ? r.notes : null,
    submitted: !!r.submittedAt,
    submittedAt: r.submittedAt,
    updatedAt: r.updatedAt,
    version: r.version,
  });

export const toConflict = (r: ConflictRow, viewerId: string) =>
  Object.assign(new JuryConflictType(), {
    ...r,
    practiceId: toGlobalId('Practice', r.practiceId),
    isMine: r.userId === viewerId,
  });

export const toMessage = (r: DeliberationMessageRow) =>
  Object.assign(new DeliberationMessageType(), {
    id: r.id,
    authorName: r.authorName,
    isMine: r.mine,
    body: r.body,
    createdAt: r.createdAt,
  });

export const toDecision = (r: DecisionRow) =>
  Object.assign(new JuryDecisionType(), { ...r, practiceId: toGlobalId('Practice', r.practiceId) });

export const toEntryDetail = (d: JuryEntryDetail, viewerId: string) =>
  Object.assign(new JuryEntryDetailType(), {
    entry: toEntry(d.entry),
    competitionId: toGlobalId('Competition', d.role.competitionId),
    competitionTitle: d.role.competitionTitle,
    competitionStatus: d.role.status,
    viewerIsChair: d.role.chair,
    summary: d.entry.summary,
    inOperationSince: d.entry.inOperationSince,
    priorityAreas: d.entry.priorityAreas,
    sections: d.entry.sections,
    criteria: d.criteria.map(toCriterion),
    myAssessment: d.myAssessment && toAssessment(d.myAssessment, viewerId),
    othersVisible: d.othersVisible,
    othersHiddenReason: d.othersHiddenReason,
    otherAssessments: d.otherAssessments.map((a) => toAssessment(a, viewerId)),
    myConflict: d.myConflict && toConflict(d.myConflict, viewerId),
    conflicts: d.conflicts.map((c) => toConflict(c, viewerId)),
    deliberation: d.deliberation && d.deliberation.map(toMessage),
    decision: d.decision && toDecision(d.decision),
    canAssess: d.canAssess,
    canDecide: d.canDecide,
    nextEntryId: d.nextEntryId && toGlobalId('Practice', d.nextEntryId),
  });

export const toTableRow = (r: JuryTableRow) =>
  Object.assign(new JuryTableRowType(), {
    id: toGlobalId('Practice', r.id),
    rank: r.rank,
    title: r.title,
    institutionName: r.institutionName,
    countryCode: r.countryCode,
    submittedCount: r.submittedCount,
    weightedMean: r.weightedMean,
    median: r.median,
    spread: r.spread,
    tally: {
      award: Number(r.tally.AWARD),
      specialMention: Number(r.tally.CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION),
      certificateOfMerit: Number(r.tally.CERTIFICATE_OF_MERIT),
      attestation: Number(r.tally.ATTESTATION),
    },
    conflicts: r.conflicts,
    viewerConflicted: r.viewerConflicted,
    scoresHidden: r.scoresHidden,
    decision:
      r.outcome && r.decisionVersion != null
        ? Object.assign(new JuryDecisionType(), {
            practiceId: toGlobalId('Practice', r.id),
            outcome: r.outcome,
            juryText: r.juryText,
            version: r.decisionVersion,
            decidedAt: r.decidedAt,
            decidedByName: r.decidedByName,
          })
        : null,
  });
