import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface.js';
import { PUBLIC_TYPE } from '../../graphql/public-type.js';

@ObjectType('PriorityArea', {
  ...PUBLIC_TYPE,
  implements: Node,
  description: "A priority area of the programme's triennium list.",
})
export class PriorityAreaType implements Node {
  readonly __typename = 'PriorityArea';

  @Field(() => ID, { description: 'The global id.' })
  id: string;

  localId: string;

  @Field(() => String, {
    description: 'Kebab-case of the name, e.g. "information-and-communication-technology".',
  })
  slug: string;

  @Field(() => String, { description: 'e.g. "Information and Communication Technology".' })
  name: string;
}
