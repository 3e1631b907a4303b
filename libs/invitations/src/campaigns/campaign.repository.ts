import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { PageQueryDto } from '@hoicho/platform';
import { Campaign } from './campaign.entity';

/** What a new invitation campaign is made of; status and counters start as the table says. */
export type NewCampaign = Pick<
  Campaign,
  | 'organisingBodyId'
  | 'fairId'
  | 'name'
  | 'subjectVi'
  | 'subjectEn'
  | 'bodyVi'
  | 'bodyEn'
  | 'audienceAll'
  | 'audienceSegments'
  | 'audienceTags'
  | 'audienceVisitorIds'
  | 'maxGuests'
  | 'preAccepted'
  | 'createdBy'
>;

/** What an organiser may change while a campaign is a draft or scheduled. */
export type CampaignChanges = Partial<
  Omit<NewCampaign, 'organisingBodyId' | 'fairId' | 'createdBy'>
>;

/** The fair's self-registration list, as made on first use. */
export type NewRegistrationList = Omit<
  NewCampaign,
  | 'audienceAll'
  | 'audienceSegments'
  | 'audienceTags'
  | 'audienceVisitorIds'
  | 'preAccepted'
  | 'createdBy'
>;

const EDITABLE = ['draft', 'scheduled'];

/** Campaigns: invitation mailings and each fair's registration list (`campaigns`). */
@Injectable()
export class CampaignRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, campaign: NewCampaign): Promise<string> {
    const repository = manager.getRepository(Campaign);
    const saved = await repository.save(
      repository.create({ ...campaign, kind: 'invitation', status: 'draft' }),
    );
    return saved.id;
  }

  findById(id: string): Promise<Campaign | null> {
    return this.dataSource.getRepository(Campaign).findOneBy({ id });
  }

  /** A body's campaigns, newest first. */
  async page(bodyId: string, page: PageQueryDto): Promise<{ items: Campaign[]; total: number }> {
    const [items, total] = await this.dataSource.getRepository(Campaign).findAndCount({
      where: { organisingBodyId: bodyId },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page.page - 1) * page.pageSize,
      take: page.pageSize,
    });
    return { items, total };
  }

  /** Applies the changes while the campaign is a draft or scheduled; false otherwise. */
  async updateEditable(
    manager: EntityManager,
    id: string,
    changes: CampaignChanges,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(Campaign)
      .set(changes)
      .where('id = :id AND status IN (:...editable)', { id, editable: EDITABLE })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /**
   * Schedules the campaign for `at`, or marks it sending now (`at` null; a schedule it had
   * stays for the record); false when it was cancelled meanwhile.
   */
  async markToSend(
    manager: EntityManager,
    id: string,
    at: Date | null,
    keptSchedule: Date | null,
  ): Promise<boolean> {
    const [rows]: [unknown[], number] = await manager.query(
      `UPDATE campaigns SET status = $2, scheduled_at = $3, updated_at = now()
        WHERE id = $1 AND status IN ('draft', 'scheduled', 'sent', 'sending') RETURNING id`,
      [id, at ? 'scheduled' : 'sending', at ?? keptSchedule],
    );
    return rows.length > 0;
  }

  /**
   * Takes a scheduled campaign back to a draft (the time cleared): a delayed fan-out job that
   * fires later claims nothing. False when it is not scheduled (any more).
   */
  async unschedule(manager: EntityManager, id: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await manager.query(
      `UPDATE campaigns SET status = 'draft', scheduled_at = NULL, updated_at = now()
        WHERE id = $1 AND status = 'scheduled' RETURNING id`,
      [id],
    );
    return rows.length > 0;
  }

  /** Cancels a draft or scheduled campaign; false otherwise. */
  async cancel(manager: EntityManager, id: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await manager.query(
      `UPDATE campaigns SET status = 'cancelled', updated_at = now()
        WHERE id = $1 AND status IN ('draft', 'scheduled') RETURNING id`,
      [id],
    );
    return rows.length > 0;
  }

  /** Marks an invitation campaign that is sending or due as sending; false when it is neither. */
  async claimForFanOut(manager: EntityManager, id: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await manager.query(
      `UPDATE campaigns SET status = 'sending', fan_out_started_at = now(), updated_at = now()
        WHERE id = $1 AND kind = 'invitation'
          AND (status = 'sending' OR (status = 'scheduled' AND scheduled_at <= now() + interval '1 second'))
        RETURNING id`,
      [id],
    );
    return rows.length > 0;
  }

  /** Progress: keeps the sweep away from a fan-out that is moving. */
  async touch(manager: EntityManager, id: string): Promise<void> {
    await manager.query('UPDATE campaigns SET updated_at = now() WHERE id = $1', [id]);
  }

  /** Ends a fan-out: sent, with the invitations counted and the suppressed addresses given. */
  async finishFanOut(manager: EntityManager, id: string, suppressed: number): Promise<void> {
    await manager.query(
      `UPDATE campaigns
          SET status = 'sent', fan_out_finished_at = now(), updated_at = now(), suppressed_count = $2,
              invited_count = (SELECT count(*) FROM invitations WHERE campaign_id = $1)
        WHERE id = $1 AND status = 'sending'`,
      [id, suppressed],
    );
  }

  /** The fair's self-registration list, made on first use (one per fair, by a unique index). */
  async ensureRegistrationList(manager: EntityManager, list: NewRegistrationList): Promise<string> {
    await manager.query(
      `INSERT INTO campaigns (organising_body_id, fair_id, kind, name, subject_vi, subject_en,
                              body_vi, body_en, max_guests, status, fan_out_finished_at)
       VALUES ($1, $2, 'registration', $3, $4, $5, $6, $7, $8, 'sent', now())
       ON CONFLICT (fair_id) WHERE kind = 'registration' DO NOTHING`,
      [
        list.organisingBodyId,
        list.fairId,
        list.name,
        list.subjectVi,
        list.subjectEn,
        list.bodyVi,
        list.bodyEn,
        list.maxGuests,
      ],
    );
    const [row]: { id: string }[] = await manager.query(
      `SELECT id FROM campaigns WHERE fair_id = $1 AND kind = 'registration'`,
      [list.fairId],
    );
    return row.id;
  }

  /** Invitation campaigns due or sending without progress for `graceMs`: their job may be lost. */
  async findStalled(manager: EntityManager, graceMs: number): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM campaigns
        WHERE kind = 'invitation' AND updated_at < now() - $1 * interval '1 millisecond'
          AND (status = 'sending' OR (status = 'scheduled' AND scheduled_at < now()))
        LIMIT 100`,
      [graceMs],
    );
    return rows.map((row) => row.id);
  }
}
