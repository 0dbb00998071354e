import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A priority area of the programme, e.g. "Information and Communication Technology". */
@Entity('priority_area')
export class PriorityArea {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  slug: string;

  @Column({ type: 'text', unique: true })
  name: string;
}
