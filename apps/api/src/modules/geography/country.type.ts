import { Field, ID, ObjectType } from 'type-graphql';
import { type Region } from '@gpa/shared';
import { RegionEnum } from '../../graphql/enums.js';
import { Node } from '../../graphql/node.interface.js';
import { PUBLIC_TYPE } from '../../graphql/public-type.js';

@ObjectType('Country', {
  ...PUBLIC_TYPE,
  implements: Node,
  description: 'A country, addressed by its ISO 3166-1 alpha-2 code.',
})
export class CountryType implements Node {
  readonly __typename = 'Country';

  @Field(() => ID, { description: 'The global id.' })
  id: string;

  localId: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code, e.g. "KR".' })
  code: string;

  @Field(() => String, { description: 'The name the programme uses, e.g. "Republic of Korea".' })
  name: string;

  @Field(() => RegionEnum, { description: 'The region the country belongs to.' })
  region: Region;

  sortName: string;
}
