import { Invitation } from './account/invitation.entity.js';
import { SignInAttempt } from './account/sign-in-attempt.entity.js';
import { User } from './account/user.entity.js';
import { UserSession } from './account/user-session.entity.js';
import { AuditEntry } from './audit/audit-entry.entity.js';
import { Competition } from './competition/competition.entity.js';
import { ConflictOfInterest } from './competition/conflict-of-interest.entity.js';
import { JuryMember } from './competition/jury-member.entity.js';
import { Country } from './geography/country.entity.js';
import { Institution } from './institution/institution.entity.js';
import { ConflictDismissal } from './jury/conflict-dismissal.entity.js';
import { DeliberationMessage } from './jury/deliberation-message.entity.js';
import { JuryAssessment } from './jury/jury-assessment.entity.js';
import { JuryCriterion } from './jury/jury-criterion.entity.js';
import { JuryScore } from './jury/jury-score.entity.js';
import { Decision } from './practice/decision.entity.js';
import { Practice } from './practice/practice.entity.js';
import { PracticeFigure } from './practice/practice-figure.entity.js';
import { PracticeLesson } from './practice/practice-lesson.entity.js';
import { PracticePriorityArea } from './practice/practice-priority-area.entity.js';
import { PracticeSection } from './practice/practice-section.entity.js';
import { PriorityArea } from './priority-area/priority-area.entity.js';
import { Triennium } from './priority-area/triennium.entity.js';
import { TrienniumPriorityArea } from './priority-area/triennium-priority-area.entity.js';

/** Every TypeORM entity; the data source and the migration generator use this one list. */
export const ENTITIES = [
  Country,
  Institution,
  PriorityArea,
  Triennium,
  TrienniumPriorityArea,
  Competition,
  JuryMember,
  Practice,
  PracticePriorityArea,
  PracticeSection,
  PracticeLesson,
  PracticeFigure,
  Decision,
  User,
  UserSession,
  Invitation,
  SignInAttempt,
  AuditEntry,
  ConflictOfInterest,
  JuryCriterion,
  JuryAssessment,
  JuryScore,
  DeliberationMessage,
  ConflictDismissal,
];
