import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { type Region } from '@gpa/shared';
import { RegionEnum } from '../../graphql/enums.js';

@ObjectType('ManagedCountry', { description: 'A country as the secretariat manages it.' })
export class ManagedCountryType {
  @Field(() => ID, { description: 'The same global id as the public Country.' })
  id: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2.' })
  code: string;

  @Field(() => String, { description: 'The name the programme prints, e.g. "Republic of Korea".' })
  name: string;

  @Field(() => String, { description: 'Where lists sort it, e.g. "Korea, Republic of".' })
  sortName: string;

  @Field(() => RegionEnum, { description: 'Its region.' })
  region: Region;

  @Field(() => Int, { description: 'Name this version when changing it.' })
  version: number;

  @Field(() => Int, { description: 'Institutions recorded in it.' })
  institutionCount: number;
}

@InputType('CountryInput', { description: 'The editable facts of a country.' })
export class CountryInput {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2; unique.' })
  code: string;

  @Field(() => String, { description: 'The name; unique, whatever the case or spacing.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Where lists sort it; the name by default.' })
  sortName?: string | null;

  @Field(() => RegionEnum, { description: 'Its region.' })
  region: Region;
}
