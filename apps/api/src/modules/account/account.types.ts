import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { type Role } from '@gpa/shared';
import { RoleEnum } from '../../graphql/enums.js';

@ObjectType('User', {
  description: 'A console account. Visible to administrators, and to the person themself.',
})
export class UserType {
  @Field(() => ID, { description: 'The account id.' })
  id: string;

  @Field(() => String, { description: 'The e-mail address, lower-cased.' })
  email: string;

  @Field(() => String, { description: 'The name shown in the console.' })
  displayName: string;

  @Field(() => [RoleEnum], { description: 'What the person may do.' })
  roles: Role[];

  @Field(() => Boolean, { description: 'Deactivated users cannot sign in.' })
  isActive: boolean;

  @Field(() => Date, { nullable: true, description: 'The last successful sign-in.' })
  lastSignInAt: Date | null;

  @Field(() => Date, { description: 'When the account was created.' })
  createdAt: Date;

  @Field(() => Int, { description: 'Sessions currently open.' })
  openSessions: number;
}

@ObjectType('Viewer', { description: 'The signed-in person.' })
export class ViewerType {
  @Field(() => ID, { description: 'The account id.' })
  id: string;

  @Field(() => String, { description: 'The e-mail address.' })
  email: string;

  @Field(() => String, { description: 'The name shown in the console.' })
  displayName: string;

  @Field(() => [RoleEnum], { description: 'What the person may do.' })
  roles: Role[];
}

@ObjectType('Invitation', {
  description: 'A one-time link for a new user. The link is shown once, to the administrator.',
})
export class InvitationType {
  @Field(() => ID, { description: 'The invitation id.' })
  id: string;

  @Field(() => String, { description: 'Who is invited.' })
  email: string;

  @Field(() => Date, { description: 'The link stops working at this time.' })
  expiresAt: Date;

  @Field(() => String, {
    description: 'The link to give the person; it is not stored and cannot be shown again.',
  })
  link: string;
}

@InputType('CreateInvitationInput', { description: 'Who to invite, and with which roles.' })
export class CreateInvitationInput {
  @Field(() => String, { description: 'Their e-mail address.' })
  email: string;

  @Field(() => String, { description: 'Their name as the console shows it.' })
  displayName: string;

  @Field(() => [RoleEnum], { description: 'At least one role.' })
  roles: Role[];
}
