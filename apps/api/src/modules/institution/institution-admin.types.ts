import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('ManagedInstitution', {
  description:
    'An institution as the secretariat manages it, whether or not it has published entries.',
})
export class ManagedInstitutionType {
  @Field(() => ID, { description: 'The same global id as the public Institution.' })
  id: string;

  @Field(() => String, { description: 'Kebab-case of the name; kept once it has entries.' })
  slug: string;

  @Field(() => String, { description: 'The name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'The acronym, e.g. "NPS".' })
  acronym: string | null;

  @Field(() => ID, { description: 'Its country (global id).' })
  countryId: string;

  @Field(() => String, { description: "The country's ISO code." })
  countryCode: string;

  @Field(() => String, { description: "The country's name." })
  countryName: string;

  @Field(() => Int, { description: 'Name this version when changing it.' })
  version: number;

  @Field(() => Int, { description: 'Entries of any competition and status.' })
  entryCount: number;
}

@InputType('InstitutionInput', { description: 'The editable facts of an institution.' })
export class InstitutionInput {
  @Field(() => String, {
    description: 'The name; one per country, whatever the case or spacing.',
  })
  name: string;

  @Field(() => String, { nullable: true, description: 'The acronym.' })
  acronym?: string | null;

  @Field(() => ID, { description: 'The country (global id).' })
  countryId: string;
}
