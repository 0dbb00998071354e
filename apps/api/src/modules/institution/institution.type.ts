import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface.js';
import { PUBLIC_TYPE } from '../../graphql/public-type.js';

@ObjectType('Institution', {
  ...PUBLIC_TYPE,
  implements: Node,
  description:
    'A social security institution (organization), member of the programme, in one country.',
})
export class InstitutionType implements Node {
  readonly __typename = 'Institution';

  @Field(() => ID, { description: 'The global id.' })
  id: string;

  localId: string;

  @Field(() => String, { description: 'Kebab-case of the name.' })
  slug: string;

  @Field(() => String, { description: 'The full name, e.g. "National Pension Service".' })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'The short name the institution uses, e.g. "NPS".',
  })
  acronym: string | null;

  countryId: string;
}
