import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A three-year cycle of the programme (e.g. 2017–2019) with its own list of priority areas. */
@Entity('triennium')
@Index('UQ_triennium_years', ['startYear', 'endYear'], { unique: true })
export class Triennium {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'int', name: 'start_year' })
  startYear: number;

  @Column({ type: 'int', name: 'end_year' })
  endYear: number;
}
