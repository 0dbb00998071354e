import { type DataSource, type EntityManager } from 'typeorm';
import { type Region } from '@gpa/shared';
import { conflict, notFound, userInputError } from '../../graphql/errors.js';
import { toGlobalId } from '../../graphql/node-id.js';
import { type AccessService } from '../auth/access.service.js';
import { type Viewer } from '../auth/viewer.js';
import { type AuditService } from '../audit/audit.service.js';
import {
  COMPETITION_COLUMNS,
  type CompetitionAdminService,
  type ManagedCompetitionRow,
} from './competition-admin.service.js';
import { type CompetitionInput } from './competition.input.js';
import {
  competitionSettings,
  competitionTitle,
  type CompetitionSettings,
} from './competition-settings.js';

/** Creating and editing competitions: their settings, never their entries. */
export class CompetitionEditorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly competitions: CompetitionAdminService,
  ) {}

  async create(
    viewer: Viewer,
    input: CompetitionInput,
    requestId: string | null,
    copiedFromId: string | null = null,
  ): Promise<ManagedCompetitionRow> {
    this.access.assertSecretariat(viewer);
    const settings = competitionSettings(input);
    const id = await this.dataSource.transaction(async (em) => {
      await this.assertRegionYearFree(em, settings, null);
      const trienniumId = await this.triennium(em, settings, null);
      const [row] = await em.query(
        `INSERT INTO competition (slug, region, year, title, triennium_id, status, forum_name, forum_place,
                                  forum_date, submission_deadline, introduction, jury_introduction, portal_note, version)
         VALUES ($1, $2, $3, $4, $5, 'DRAFT', $6, $7, $8, $9, $10, $11, $12, 1) RETURNING id`,
        [
          settings.slug,
          settings.region,
          settings.year,
          settings.title,
          trienniumId,
          settings.forumName,
          settings.forumPlace,
          settings.forumDate,
          settings.submissionDeadline,
          settings.introduction,
          settings.juryIntroduction,
          settings.portalNote,
        ],
      );
      await this.audit.record(em, {
        actorId: viewer.userId,
        action: 'competition.create',
        entityType: 'Competition',
        entityId: row.id,
        after: { ...settings, copiedFromId },
        requestId,
      });
      return row.id as string;
    });
    return this.competitions.get(viewer, id);
  }

  /**
   * Saves new settings over the version the editor read. Region and year (hence title and
   * address) are fixed once the results have been published; texts stay correctable, audited.
   */
  async update(
    viewer: Viewer,
    id: string,
    input: CompetitionInput,
    expectedVersion: number,
    requestId: string | null,
  ): Promise<ManagedCompetitionRow> {
    this.access.assertSecretariat(viewer);
    const settings = competitionSettings(input);
    await this.dataSource.transaction(async (em) => {
      const [current]: ManagedCompetitionRow[] = await em.query(
        `SELECT ${COMPETITION_COLUMNS} FROM competition c WHERE c.id = $1 FOR UPDATE`,
        [id],
      );
      if (!current) throw notFound('This competition');
      if (current.version !== expectedVersion)
        throw conflict(
          'The competition was changed meanwhile; here is its current state.',
          current,
        );
      const moved = current.region !== settings.region || current.year !== settings.year;
      if (moved && current.publishedAt)
        throw userInputError(
          'The region and year of a competition whose results have been published cannot change: its address is public.',
          current.region !== settings.region ? 'region' : 'year',
        );
      if (moved) await this.assertRegionYearFree(em, settings, id);
      const trienniumId = await this.triennium(em, settings, id);
      await em.query(
        `UPDATE competition SET slug = $2, region = $3, year = $4, title = $5, triennium_id = $6,
                forum_name = $7, forum_place = $8, forum_date = $9, submission_deadline = $10,
                introduction = $11, jury_introduction = $12, portal_note = $13,
                version = version + 1, updated_at = now()
          WHERE id = $1`,
        [
          id,
          settings.slug,
          settings.region,
          settings.year,
          settings.title,
          trienniumId,
          settings.forumName,
          settings.forumPlace,
          settings.forumDate,
          settings.submissionDeadline,
          settings.introduction,
          settings.juryIntroduction,
          settings.portalNote,
        ],
      );
      await this.audit.record(em, {
        actorId: viewer.userId,
        action: current.status === 'PUBLISHED' ? 'competition.correct' : 'competition.update',
        entityType: 'Competition',
        entityId: id,
        before: current,
        after: { ...settings, version: current.version + 1 },
        requestId,
      });
    });
    return this.competitions.get(viewer, id);
  }

  /**
   * A new competition with an earlier one's settings (triennium and its priority areas, forum,
   * introduction texts), for another year or region; never its entries, jury or decisions.
   */
  async createFrom(
    viewer: Viewer,
    sourceId: string,
    year: number,
    region: Region | null,
    requestId: string | null,
  ): Promise<ManagedCompetitionRow> {
    this.access.assertSecretariat(viewer);
    const source = await this.competitions.get(viewer, sourceId);
    const areas: { id: string }[] = await this.dataSource.query(
      `SELECT priority_area_id AS id FROM triennium_priority_area WHERE triennium_id = $1 ORDER BY position`,
      [source.trienniumId],
    );
    const inTriennium = year >= source.trienniumStartYear && year <= source.trienniumEndYear;
    const trienniumStartYear = inTriennium
      ? source.trienniumStartYear
      : source.trienniumStartYear + 3 * Math.floor((year - source.trienniumStartYear) / 3);
    return this.create(
      viewer,
      {
        region: region ?? (source.region as Region),
        year,
        trienniumStartYear,
        priorityAreaIds: areas.map((a) => toGlobalId('PriorityArea', a.id)),
        forumName: source.forumName,
        forumPlace: null,
        forumDate: null,
        submissionDeadline: null,
        introduction: source.introduction,
        juryIntroduction: source.juryIntroduction,
        portalNote: source.portalNote,
      },
      requestId,
      sourceId,
    );
  }

  private async assertRegionYearFree(
    em: EntityManager,
    settings: CompetitionSettings,
    exceptId: string | null,
  ) {
    const [taken] = await em.query(
      `SELECT id FROM competition WHERE ((region = $1 AND year = $2) OR slug = $3)
          AND ($4::uuid IS NULL OR id <> $4::uuid)`,
      [settings.region, settings.year, settings.slug, exceptId],
    );
    if (taken)
      throw userInputError(
        `There is already a competition for ${competitionTitle(settings.region, settings.year)}.`,
        'year',
      );
  }

  /**
   * The triennium starting that year (created when missing) with the chosen priority areas.
   * Its list can change only while none of its competitions (other than this one) has gone to
   * judging, and never so as to drop an area an entry of it uses.
   */
  private async triennium(
    em: EntityManager,
    settings: CompetitionSettings,
    competitionId: string | null,
  ): Promise<string> {
    const known: { id: string }[] = await em.query(
      `SELECT id FROM priority_area WHERE id = ANY($1::uuid[])`,
      [settings.priorityAreaIds],
    );
    if (known.length !== settings.priorityAreaIds.length)
      throw userInputError('One of the priority areas does not exist.', 'priorityAreaIds');
    const start = settings.trienniumStartYear;
    let [triennium] = await em.query(
      `SELECT id FROM triennium WHERE start_year = $1 AND end_year = $2 FOR UPDATE`,
      [start, start + 2],
    );
    if (!triennium) {
      const overlapping = await em.query(
        `SELECT start_year, end_year FROM triennium WHERE start_year <= $2 AND end_year >= $1`,
        [start, start + 2],
      );
      if (overlapping.length)
        throw userInputError(
          `The triennium ${start}–${start + 2} overlaps ${overlapping[0].start_year}–${overlapping[0].end_year}.`,
          'trienniumStartYear',
        );
      [triennium] = await em.query(
        `INSERT INTO triennium (start_year, end_year) VALUES ($1, $2) RETURNING id`,
        [start, start + 2],
      );
    }
    const current: { id: string }[] = await em.query(
      `SELECT priority_area_id AS id FROM triennium_priority_area WHERE triennium_id = $1 ORDER BY position`,
      [triennium.id],
    );
    const same =
      current.length === settings.priorityAreaIds.length &&
      current.every((a, i) => a.id === settings.priorityAreaIds[i]);
    if (same) return triennium.id;
    const [locked] = await em.query(
      `SELECT count(*)::int AS n FROM competition
        WHERE triennium_id = $1 AND status NOT IN ('DRAFT', 'OPEN') AND ($2::uuid IS NULL OR id <> $2::uuid)`,
      [triennium.id, competitionId],
    );
    if (locked.n)
      throw userInputError(
        `The priority areas of ${start}–${start + 2} are fixed: a competition of this triennium is already being judged or has been published.`,
        'priorityAreaIds',
      );
    const [used] = await em.query(
      `SELECT a.name FROM practice_priority_area ppa JOIN practice p ON p.id = ppa.practice_id
         JOIN competition c ON c.id = p.competition_id JOIN priority_area a ON a.id = ppa.priority_area_id
        WHERE c.triennium_id = $1 AND NOT (ppa.priority_area_id = ANY($2::uuid[])) LIMIT 1`,
      [triennium.id, settings.priorityAreaIds],
    );
    if (used)
      throw userInputError(
        `“${used.name}” cannot leave the list: an entry of this triennium has it.`,
        'priorityAreaIds',
      );
    await em.query(`DELETE FROM triennium_priority_area WHERE triennium_id = $1`, [triennium.id]);
    await em.query(
      `INSERT INTO triennium_priority_area (triennium_id, priority_area_id, position)
       SELECT $1, id, ord::int FROM unnest($2::uuid[]) WITH ORDINALITY AS t(id, ord)`,
      [triennium.id, settings.priorityAreaIds],
    );
    return triennium.id;
  }
}
