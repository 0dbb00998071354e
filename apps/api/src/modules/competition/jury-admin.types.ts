import { Authorized, Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('ManagedJuryMember', {
  description: "A seat on a competition's jury as the secretariat manages it, with its progress.",
})
export class ManagedJuryMemberType {
  @Field(() => ID, { description: 'The seat id.' })
  id: string;

  competitionId: string;

  @Field(() => Int, { description: 'Its place in the jury list (1 first).' })
  position: number;

  @Field(() => String, { description: 'The public description of the member.' })
  description: string;

  @Field(() => String, {
    nullable: true,
    description: 'The name printed in the booklet, if the programme publishes it.',
  })
  name: string | null;

  @Field(() => Boolean, { description: 'Whether this member chairs the jury.' })
  isChair: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'The account in this seat; null for seats recorded from a booklet.',
  })
  userId: string | null;

  @Field(() => String, { nullable: true, description: "The account's name in the console." })
  userName: string | null;

  @Authorized('SECRETARIAT')
  @Field(() => String, {
    nullable: true,
    description: "The account's e-mail address. Secretariat only.",
  })
  userEmail: string | null;

  @Authorized('SECRETARIAT')
  @Field(() => ID, {
    nullable: true,
    description:
      "The account's own institution (global Institution id), used to propose conflicts of interest; set with setJurorAffiliation. Secretariat only.",
  })
  affiliationInstitutionId: string | null;

  @Authorized('SECRETARIAT')
  @Field(() => String, {
    nullable: true,
    description: "The name of the account's own institution. Secretariat only.",
  })
  affiliationInstitutionName: string | null;

  @Authorized('SECRETARIAT')
  @Field(() => String, {
    nullable: true,
    description:
      "The account's own country (ISO code) as set with setJurorAffiliation; null when none is set (the institution's country still counts). Secretariat only.",
  })
  affiliationCountryCode: string | null;

  @Authorized('SECRETARIAT')
  @Field(() => Int, {
    description:
      'Entries the member has to assess: the submitted ones, less those they have a conflict with. Secretariat only.',
  })
  entriesTotal: number;

  @Authorized('SECRETARIAT')
  @Field(() => Int, {
    nullable: true,
    description: 'Of those, how many they have submitted an assessment for. Secretariat only.',
  })
  assessed: number | null;

  @Field(() => Int, {
    description:
      'Moves on with every change of the description or printed name; name it when saving one.',
  })
  version: number;
}

@ObjectType('JuryCandidate', { description: 'An active account with the JURY role.' })
export class JuryCandidateType {
  @Field(() => ID, { description: 'The account id.' })
  id: string;

  @Field(() => String, { description: 'Their name in the console.' })
  displayName: string;

  @Field(() => String, { description: 'Their e-mail address.' })
  email: string;
}

@InputType('AddJuryMemberInput', { description: 'Who joins the jury, and how it is described.' })
export class AddJuryMemberInput {
  @Field(() => ID, { description: 'The competition (global id).' })
  competitionId: string;

  @Field(() => ID, { description: 'An active account with the JURY role (see juryCandidates).' })
  userId: string;

  @Field(() => String, {
    description:
      'The public description, e.g. "Chairperson of the Editorial Board of the International Social Security Review".',
  })
  description: string;

  @Field(() => String, {
    nullable: true,
    description: 'The name to print, only if the programme publishes it.',
  })
  name?: string | null;
}
