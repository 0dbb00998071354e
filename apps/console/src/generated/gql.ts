/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      roles\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      email\n      displayName\n      roles\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query ManagedCompetitions {\n    managedCompetitions {\n      id\n      slug\n      title\n      region\n      year\n      status\n      version\n      publishedAt\n      entryCount\n      decidedCount\n      submissionDeadline\n    }\n  }\n": typeof types.ManagedCompetitionsDocument,
    "\n  fragment CompetitionDetails on ManagedCompetition {\n    id\n    slug\n    title\n    region\n    year\n    status\n    version\n    publishedAt\n    entryCount\n    decidedCount\n    draftCount\n    withdrawnCount\n    trienniumStartYear\n    trienniumEndYear\n    forumName\n    forumPlace\n    forumDate\n    submissionDeadline\n    introduction\n    juryIntroduction\n    portalNote\n    priorityAreas {\n      id\n      name\n    }\n  }\n": typeof types.CompetitionDetailsFragmentDoc,
    "\n  query ManagedCompetition($id: ID!) {\n    managedCompetition(id: $id) {\n      ...CompetitionDetails\n    }\n  }\n": typeof types.ManagedCompetitionDocument,
    "\n  query PriorityAreaChoices {\n    priorityAreas {\n      id\n      name\n    }\n  }\n": typeof types.PriorityAreaChoicesDocument,
    "\n  mutation CreateCompetition($input: CompetitionInput!) {\n    createCompetition(input: $input) {\n      ...CompetitionDetails\n    }\n  }\n": typeof types.CreateCompetitionDocument,
    "\n  mutation UpdateCompetition($id: ID!, $input: CompetitionInput!, $expectedVersion: Int!) {\n    updateCompetition(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...CompetitionDetails\n    }\n  }\n": typeof types.UpdateCompetitionDocument,
    "\n  mutation CreateCompetitionFrom($sourceId: ID!, $year: Int!, $region: Region) {\n    createCompetitionFrom(sourceId: $sourceId, year: $year, region: $region) {\n      ...CompetitionDetails\n    }\n  }\n": typeof types.CreateCompetitionFromDocument,
    "\n  mutation SetCompetitionStatus($id: ID!, $status: CompetitionStatus!, $expectedVersion: Int!) {\n    setCompetitionStatus(id: $id, status: $status, expectedVersion: $expectedVersion) {\n      ...CompetitionDetails\n    }\n  }\n": typeof types.SetCompetitionStatusDocument,
    "\n  query SubmissionsPage(\n    $competitionId: ID!\n    $filter: SubmissionFilter\n    $sort: SubmissionSort\n    $descending: Boolean\n    $first: Int\n    $offset: Int\n  ) {\n    submissions(\n      competitionId: $competitionId\n      filter: $filter\n      sort: $sort\n      descending: $descending\n      first: $first\n      offset: $offset\n    ) {\n      totalCount\n      offset\n      nodes {\n        id\n        title\n        status\n        institutionName\n        countryCode\n        countryName\n        priorityAreas\n        outcome\n        inOperationSince\n        words\n        version\n        updatedAt\n      }\n    }\n  }\n": typeof types.SubmissionsPageDocument,
    "\n  query ManagedInstitutions($countryId: ID, $search: String) {\n    managedInstitutions(countryId: $countryId, search: $search) {\n      id\n      slug\n      name\n      acronym\n      countryId\n      countryCode\n      countryName\n      version\n      entryCount\n    }\n  }\n": typeof types.ManagedInstitutionsDocument,
    "\n  query ManagedCountries {\n    managedCountries {\n      id\n      code\n      name\n      sortName\n      region\n      version\n      institutionCount\n    }\n  }\n": typeof types.ManagedCountriesDocument,
    "\n  mutation CreateInstitution($input: InstitutionInput!) {\n    createInstitution(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.CreateInstitutionDocument,
    "\n  mutation UpdateInstitution($id: ID!, $input: InstitutionInput!, $expectedVersion: Int!) {\n    updateInstitution(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      acronym\n      countryId\n      countryCode\n      countryName\n      version\n    }\n  }\n": typeof types.UpdateInstitutionDocument,
    "\n  mutation MergeInstitution($duplicateId: ID!, $intoId: ID!) {\n    mergeInstitution(duplicateId: $duplicateId, intoId: $intoId) {\n      id\n      name\n      entryCount\n    }\n  }\n": typeof types.MergeInstitutionDocument,
    "\n  mutation CreateCountry($input: CountryInput!) {\n    createCountry(input: $input) {\n      id\n      code\n      name\n      version\n    }\n  }\n": typeof types.CreateCountryDocument,
    "\n  mutation UpdateCountry($id: ID!, $input: CountryInput!, $expectedVersion: Int!) {\n    updateCountry(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      code\n      name\n      sortName\n      region\n      version\n    }\n  }\n": typeof types.UpdateCountryDocument,
    "\n  fragment JuryMemberRow on ManagedJuryMember {\n    id\n    position\n    description\n    name\n    isChair\n    userId\n    userName\n    userEmail\n    entriesTotal\n    assessed\n    version\n    affiliationInstitutionId\n    affiliationInstitutionName\n    affiliationCountryCode\n  }\n": typeof types.JuryMemberRowFragmentDoc,
    "\n  query CompetitionJury($id: ID!) {\n    managedCompetition(id: $id) {\n      id\n      title\n      status\n      jury {\n        ...JuryMemberRow\n      }\n    }\n    juryCandidates {\n      id\n      displayName\n      email\n    }\n  }\n": typeof types.CompetitionJuryDocument,
    "\n  mutation AddJuryMember($input: AddJuryMemberInput!) {\n    addJuryMember(input: $input) {\n      ...JuryMemberRow\n    }\n  }\n": typeof types.AddJuryMemberDocument,
    "\n  mutation UpdateJuryMember(\n    $id: ID!\n    $description: String!\n    $name: String\n    $expectedVersion: Int!\n  ) {\n    updateJuryMember(\n      id: $id\n      description: $description\n      name: $name\n      expectedVersion: $expectedVersion\n    ) {\n      ...JuryMemberRow\n    }\n  }\n": typeof types.UpdateJuryMemberDocument,
    "\n  mutation ReorderJury($competitionId: ID!, $memberIds: [ID!]!) {\n    reorderJury(competitionId: $competitionId, memberIds: $memberIds) {\n      ...JuryMemberRow\n    }\n  }\n": typeof types.ReorderJuryDocument,
    "\n  mutation SetJuryChair($id: ID!) {\n    setJuryChair(id: $id) {\n      ...JuryMemberRow\n    }\n  }\n": typeof types.SetJuryChairDocument,
    "\n  mutation RemoveJuryMember($id: ID!) {\n    removeJuryMember(id: $id) {\n      ...JuryMemberRow\n    }\n  }\n": typeof types.RemoveJuryMemberDocument,
    "\n  query JurorAffiliationOptions {\n    managedCountries {\n      id\n      code\n      name\n    }\n    managedInstitutions {\n      id\n      name\n      countryCode\n      countryName\n    }\n  }\n": typeof types.JurorAffiliationOptionsDocument,
    "\n  mutation SetJurorAffiliation($userId: ID!, $institutionId: ID, $countryCode: String) {\n    setJurorAffiliation(userId: $userId, institutionId: $institutionId, countryCode: $countryCode) {\n      userId\n      institutionId\n      institutionName\n      countryCode\n    }\n  }\n": typeof types.SetJurorAffiliationDocument,
    "\n  query JuryCompetitions {\n    juryCompetitions {\n      id\n      title\n      status\n      year\n      isChair\n      isMember\n      entryCount\n      assessedCount\n      draftCount\n      toDoCount\n      conflictCount\n      nextEntryId\n      nextEntryTitle\n    }\n  }\n": typeof types.JuryCompetitionsDocument,
    "\n  query JuryCriteria($competitionId: ID!) {\n    juryCriteria(competitionId: $competitionId) {\n      id\n      name\n      description\n      weight\n      listVersion\n    }\n  }\n": typeof types.JuryCriteriaDocument,
    "\n  mutation SaveJuryCriteria(\n    $competitionId: ID!\n    $criteria: [JuryCriterionInput!]!\n    $expectedVersion: Int\n  ) {\n    saveJuryCriteria(\n      competitionId: $competitionId\n      criteria: $criteria\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      name\n      description\n      weight\n      listVersion\n    }\n  }\n": typeof types.SaveJuryCriteriaDocument,
    "\n  query JuryEntries($competitionId: ID!, $filter: JuryEntryFilter) {\n    juryEntries(competitionId: $competitionId, filter: $filter) {\n      id\n      title\n      institutionName\n      countryCode\n      countryName\n      progress\n      submittedCount\n      outcome\n    }\n  }\n": typeof types.JuryEntriesDocument,
    "\n  query JuryEntry($id: ID!) {\n    juryEntry(id: $id) {\n      entry {\n        id\n        title\n        institutionName\n        countryName\n        progress\n        submittedCount\n        outcome\n      }\n      competitionId\n      competitionTitle\n      competitionStatus\n      viewerIsChair\n      summary\n      inOperationSince\n      priorityAreas\n      sections {\n        key\n        heading\n        body\n      }\n      criteria {\n        id\n        name\n        description\n        weight\n      }\n      myAssessment {\n        id\n        version\n        submitted\n        notes\n        proposedOutcome\n        weightedScore\n        scores {\n          criterionId\n          score\n        }\n      }\n      othersVisible\n      othersHiddenReason\n      otherAssessments {\n        id\n        memberName\n        proposedOutcome\n        weightedScore\n        submittedAt\n        scores {\n          criterionId\n          criterionName\n          score\n        }\n      }\n      myConflict {\n        id\n        source\n        reason\n        confirmed\n      }\n      conflicts {\n        id\n        memberName\n        source\n        reason\n        confirmed\n        isMine\n      }\n      deliberation {\n        id\n        authorName\n        isMine\n        body\n        createdAt\n      }\n      decision {\n        practiceId\n        outcome\n        juryText\n        version\n        decidedByName\n      }\n      canAssess\n      canDecide\n      nextEntryId\n    }\n  }\n": typeof types.JuryEntryDocument,
    "\n  query JuryTable($competitionId: ID!, $sort: JuryTableSort, $descending: Boolean) {\n    juryTable(competitionId: $competitionId, sort: $sort, descending: $descending) {\n      competitionId\n      competitionTitle\n      competitionStatus\n      canDecide\n      rows {\n        id\n        rank\n        title\n        institutionName\n        countryCode\n        submittedCount\n        weightedMean\n        median\n        spread\n        viewerConflicted\n        scoresHidden\n        tally {\n          award\n          specialMention\n          certificateOfMerit\n          attestation\n        }\n        conflicts {\n          memberName\n          source\n          reason\n        }\n        decision {\n          practiceId\n          outcome\n          juryText\n          version\n        }\n      }\n    }\n  }\n": typeof types.JuryTableDocument,
    "\n  mutation SaveJuryAssessment($input: SaveJuryAssessmentInput!) {\n    saveJuryAssessment(input: $input) {\n      id\n      version\n      submitted\n    }\n  }\n": typeof types.SaveJuryAssessmentDocument,
    "\n  mutation DeclareConflict($practiceId: ID!, $reason: String!) {\n    declareConflict(practiceId: $practiceId, reason: $reason) {\n      id\n    }\n  }\n": typeof types.DeclareConflictDocument,
    "\n  mutation ConfirmConflict($practiceId: ID!) {\n    confirmConflict(practiceId: $practiceId) {\n      id\n    }\n  }\n": typeof types.ConfirmConflictDocument,
    "\n  mutation WithdrawConflict($practiceId: ID!) {\n    withdrawConflict(practiceId: $practiceId)\n  }\n": typeof types.WithdrawConflictDocument,
    "\n  mutation PostDeliberationMessage($practiceId: ID!, $body: String!) {\n    postDeliberationMessage(practiceId: $practiceId, body: $body) {\n      id\n    }\n  }\n": typeof types.PostDeliberationMessageDocument,
    "\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      practiceId\n      outcome\n      juryText\n      version\n    }\n  }\n": typeof types.RecordDecisionDocument,
    "\n  query CompetitionPublication($id: ID!) {\n    managedCompetition(id: $id) {\n      id\n      slug\n      title\n      status\n      version\n      entryCount\n      decidedCount\n    }\n  }\n": typeof types.CompetitionPublicationDocument,
    "\n  fragment SubmissionFields on Submission {\n    id\n    competitionId\n    competitionTitle\n    competitionStatus\n    title\n    institutionId\n    institutionName\n    countryCode\n    summary\n    inOperationSince\n    priorityAreaIds\n    sections {\n      key\n      body\n    }\n    successFactors\n    risks\n    figures {\n      group\n      label\n      value\n      before\n      after\n      unit\n    }\n    status\n    version\n    updatedAt\n  }\n": typeof types.SubmissionFieldsFragmentDoc,
    "\n  query SubmissionFormOptions($competitionId: ID!) {\n    submissionFormOptions(competitionId: $competitionId) {\n      competitionId\n      competitionTitle\n      competitionStatus\n      priorityAreas {\n        id\n        label\n      }\n      institutions {\n        id\n        label\n        countryCode\n      }\n      countries {\n        id\n        label\n      }\n    }\n  }\n": typeof types.SubmissionFormOptionsDocument,
    "\n  query Submission($id: ID!) {\n    submission(id: $id) {\n      ...SubmissionFields\n    }\n  }\n": typeof types.SubmissionDocument,
    "\n  mutation CreateSubmission($competitionId: ID!, $input: SubmissionInput!, $submit: Boolean) {\n    createSubmission(competitionId: $competitionId, input: $input, submit: $submit) {\n      ...SubmissionFields\n    }\n  }\n": typeof types.CreateSubmissionDocument,
    "\n  mutation SaveSubmission(\n    $id: ID!\n    $expectedVersion: Int!\n    $input: SubmissionInput!\n    $submit: Boolean\n  ) {\n    saveSubmission(id: $id, expectedVersion: $expectedVersion, input: $input, submit: $submit) {\n      ...SubmissionFields\n    }\n  }\n": typeof types.SaveSubmissionDocument,
    "\n  mutation SetSubmissionsWithdrawn($ids: [ID!]!, $withdrawn: Boolean!) {\n    setSubmissionsWithdrawn(ids: $ids, withdrawn: $withdrawn) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.SetSubmissionsWithdrawnDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      roles\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      email\n      displayName\n      roles\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query ManagedCompetitions {\n    managedCompetitions {\n      id\n      slug\n      title\n      region\n      year\n      status\n      version\n      publishedAt\n      entryCount\n      decidedCount\n      submissionDeadline\n    }\n  }\n": types.ManagedCompetitionsDocument,
    "\n  fragment CompetitionDetails on ManagedCompetition {\n    id\n    slug\n    title\n    region\n    year\n    status\n    version\n    publishedAt\n    entryCount\n    decidedCount\n    draftCount\n    withdrawnCount\n    trienniumStartYear\n    trienniumEndYear\n    forumName\n    forumPlace\n    forumDate\n    submissionDeadline\n    introduction\n    juryIntroduction\n    portalNote\n    priorityAreas {\n      id\n      name\n    }\n  }\n": types.CompetitionDetailsFragmentDoc,
    "\n  query ManagedCompetition($id: ID!) {\n    managedCompetition(id: $id) {\n      ...CompetitionDetails\n    }\n  }\n": types.ManagedCompetitionDocument,
    "\n  query PriorityAreaChoices {\n    priorityAreas {\n      id\n      name\n    }\n  }\n": types.PriorityAreaChoicesDocument,
    "\n  mutation CreateCompetition($input: CompetitionInput!) {\n    createCompetition(input: $input) {\n      ...CompetitionDetails\n    }\n  }\n": types.CreateCompetitionDocument,
    "\n  mutation UpdateCompetition($id: ID!, $input: CompetitionInput!, $expectedVersion: Int!) {\n    updateCompetition(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...CompetitionDetails\n    }\n  }\n": types.UpdateCompetitionDocument,
    "\n  mutation CreateCompetitionFrom($sourceId: ID!, $year: Int!, $region: Region) {\n    createCompetitionFrom(sourceId: $sourceId, year: $year, region: $region) {\n      ...CompetitionDetails\n    }\n  }\n": types.CreateCompetitionFromDocument,
    "\n  mutation SetCompetitionStatus($id: ID!, $status: CompetitionStatus!, $expectedVersion: Int!) {\n    setCompetitionStatus(id: $id, status: $status, expectedVersion: $expectedVersion) {\n      ...CompetitionDetails\n    }\n  }\n": types.SetCompetitionStatusDocument,
    "\n  query SubmissionsPage(\n    $competitionId: ID!\n    $filter: SubmissionFilter\n    $sort: SubmissionSort\n    $descending: Boolean\n    $first: Int\n    $offset: Int\n  ) {\n    submissions(\n      competitionId: $competitionId\n      filter: $filter\n      sort: $sort\n      descending: $descending\n      first: $first\n      offset: $offset\n    ) {\n      totalCount\n      offset\n      nodes {\n        id\n        title\n        status\n        institutionName\n        countryCode\n        countryName\n        priorityAreas\n        outcome\n        inOperationSince\n        words\n        version\n        updatedAt\n      }\n    }\n  }\n": types.SubmissionsPageDocument,
    "\n  query ManagedInstitutions($countryId: ID, $search: String) {\n    managedInstitutions(countryId: $countryId, search: $search) {\n      id\n      slug\n      name\n      acronym\n      countryId\n      countryCode\n      countryName\n      version\n      entryCount\n    }\n  }\n": types.ManagedInstitutionsDocument,
    "\n  query ManagedCountries {\n    managedCountries {\n      id\n      code\n      name\n      sortName\n      region\n      version\n      institutionCount\n    }\n  }\n": types.ManagedCountriesDocument,
    "\n  mutation CreateInstitution($input: InstitutionInput!) {\n    createInstitution(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.CreateInstitutionDocument,
    "\n  mutation UpdateInstitution($id: ID!, $input: InstitutionInput!, $expectedVersion: Int!) {\n    updateInstitution(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      acronym\n      countryId\n      countryCode\n      countryName\n      version\n    }\n  }\n": types.UpdateInstitutionDocument,
    "\n  mutation MergeInstitution($duplicateId: ID!, $intoId: ID!) {\n    mergeInstitution(duplicateId: $duplicateId, intoId: $intoId) {\n      id\n      name\n      entryCount\n    }\n  }\n": types.MergeInstitutionDocument,
    "\n  mutation CreateCountry($input: CountryInput!) {\n    createCountry(input: $input) {\n      id\n      code\n      name\n      version\n    }\n  }\n": types.CreateCountryDocument,
    "\n  mutation UpdateCountry($id: ID!, $input: CountryInput!, $expectedVersion: Int!) {\n    updateCountry(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      code\n      name\n      sortName\n      region\n      version\n    }\n  }\n": types.UpdateCountryDocument,
    "\n  fragment JuryMemberRow on ManagedJuryMember {\n    id\n    position\n    description\n    name\n    isChair\n    userId\n    userName\n    userEmail\n    entriesTotal\n    assessed\n    version\n    affiliationInstitutionId\n    affiliationInstitutionName\n    affiliationCountryCode\n  }\n": types.JuryMemberRowFragmentDoc,
    "\n  query CompetitionJury($id: ID!) {\n    managedCompetition(id: $id) {\n      id\n      title\n      status\n      jury {\n        ...JuryMemberRow\n      }\n    }\n    juryCandidates {\n      id\n      displayName\n      email\n    }\n  }\n": types.CompetitionJuryDocument,
    "\n  mutation AddJuryMember($input: AddJuryMemberInput!) {\n    addJuryMember(input: $input) {\n      ...JuryMemberRow\n    }\n  }\n": types.AddJuryMemberDocument,
    "\n  mutation UpdateJuryMember(\n    $id: ID!\n    $description: String!\n    $name: String\n    $expectedVersion: Int!\n  ) {\n    updateJuryMember(\n      id: $id\n      description: $description\n      name: $name\n      expectedVersion: $expectedVersion\n    ) {\n      ...JuryMemberRow\n    }\n  }\n": types.UpdateJuryMemberDocument,
    "\n  mutation ReorderJury($competitionId: ID!, $memberIds: [ID!]!) {\n    reorderJury(competitionId: $competitionId, memberIds: $memberIds) {\n      ...JuryMemberRow\n    }\n  }\n": types.ReorderJuryDocument,
    "\n  mutation SetJuryChair($id: ID!) {\n    setJuryChair(id: $id) {\n      ...JuryMemberRow\n    }\n  }\n": types.SetJuryChairDocument,
    "\n  mutation RemoveJuryMember($id: ID!) {\n    removeJuryMember(id: $id) {\n      ...JuryMemberRow\n    }\n  }\n": types.RemoveJuryMemberDocument,
    "\n  query JurorAffiliationOptions {\n    managedCountries {\n      id\n      code\n      name\n    }\n    managedInstitutions {\n      id\n      name\n      countryCode\n      countryName\n    }\n  }\n": types.JurorAffiliationOptionsDocument,
    "\n  mutation SetJurorAffiliation($userId: ID!, $institutionId: ID, $countryCode: String) {\n    setJurorAffiliation(userId: $userId, institutionId: $institutionId, countryCode: $countryCode) {\n      userId\n      institutionId\n      institutionName\n      countryCode\n    }\n  }\n": types.SetJurorAffiliationDocument,
    "\n  query JuryCompetitions {\n    juryCompetitions {\n      id\n      title\n      status\n      year\n      isChair\n      isMember\n      entryCount\n      assessedCount\n      draftCount\n      toDoCount\n      conflictCount\n      nextEntryId\n      nextEntryTitle\n    }\n  }\n": types.JuryCompetitionsDocument,
    "\n  query JuryCriteria($competitionId: ID!) {\n    juryCriteria(competitionId: $competitionId) {\n      id\n      name\n      description\n      weight\n      listVersion\n    }\n  }\n": types.JuryCriteriaDocument,
    "\n  mutation SaveJuryCriteria(\n    $competitionId: ID!\n    $criteria: [JuryCriterionInput!]!\n    $expectedVersion: Int\n  ) {\n    saveJuryCriteria(\n      competitionId: $competitionId\n      criteria: $criteria\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      name\n      description\n      weight\n      listVersion\n    }\n  }\n": types.SaveJuryCriteriaDocument,
    "\n  query JuryEntries($competitionId: ID!, $filter: JuryEntryFilter) {\n    juryEntries(competitionId: $competitionId, filter: $filter) {\n      id\n      title\n      institutionName\n      countryCode\n      countryName\n      progress\n      submittedCount\n      outcome\n    }\n  }\n": types.JuryEntriesDocument,
    "\n  query JuryEntry($id: ID!) {\n    juryEntry(id: $id) {\n      entry {\n        id\n        title\n        institutionName\n        countryName\n        progress\n        submittedCount\n        outcome\n      }\n      competitionId\n      competitionTitle\n      competitionStatus\n      viewerIsChair\n      summary\n      inOperationSince\n      priorityAreas\n      sections {\n        key\n        heading\n        body\n      }\n      criteria {\n        id\n        name\n        description\n        weight\n      }\n      myAssessment {\n        id\n        version\n        submitted\n        notes\n        proposedOutcome\n        weightedScore\n        scores {\n          criterionId\n          score\n        }\n      }\n      othersVisible\n      othersHiddenReason\n      otherAssessments {\n        id\n        memberName\n        proposedOutcome\n        weightedScore\n        submittedAt\n        scores {\n          criterionId\n          criterionName\n          score\n        }\n      }\n      myConflict {\n        id\n        source\n        reason\n        confirmed\n      }\n      conflicts {\n        id\n        memberName\n        source\n        reason\n        confirmed\n        isMine\n      }\n      deliberation {\n        id\n        authorName\n        isMine\n        body\n        createdAt\n      }\n      decision {\n        practiceId\n        outcome\n        juryText\n        version\n        decidedByName\n      }\n      canAssess\n      canDecide\n      nextEntryId\n    }\n  }\n": types.JuryEntryDocument,
    "\n  query JuryTable($competitionId: ID!, $sort: JuryTableSort, $descending: Boolean) {\n    juryTable(competitionId: $competitionId, sort: $sort, descending: $descending) {\n      competitionId\n      competitionTitle\n      competitionStatus\n      canDecide\n      rows {\n        id\n        rank\n        title\n        institutionName\n        countryCode\n        submittedCount\n        weightedMean\n        median\n        spread\n        viewerConflicted\n        scoresHidden\n        tally {\n          award\n          specialMention\n          certificateOfMerit\n          attestation\n        }\n        conflicts {\n          memberName\n          source\n          reason\n        }\n        decision {\n          practiceId\n          outcome\n          juryText\n          version\n        }\n      }\n    }\n  }\n": types.JuryTableDocument,
    "\n  mutation SaveJuryAssessment($input: SaveJuryAssessmentInput!) {\n    saveJuryAssessment(input: $input) {\n      id\n      version\n      submitted\n    }\n  }\n": types.SaveJuryAssessmentDocument,
    "\n  mutation DeclareConflict($practiceId: ID!, $reason: String!) {\n    declareConflict(practiceId: $practiceId, reason: $reason) {\n      id\n    }\n  }\n": types.DeclareConflictDocument,
    "\n  mutation ConfirmConflict($practiceId: ID!) {\n    confirmConflict(practiceId: $practiceId) {\n      id\n    }\n  }\n": types.ConfirmConflictDocument,
    "\n  mutation WithdrawConflict($practiceId: ID!) {\n    withdrawConflict(practiceId: $practiceId)\n  }\n": types.WithdrawConflictDocument,
    "\n  mutation PostDeliberationMessage($practiceId: ID!, $body: String!) {\n    postDeliberationMessage(practiceId: $practiceId, body: $body) {\n      id\n    }\n  }\n": types.PostDeliberationMessageDocument,
    "\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      practiceId\n      outcome\n      juryText\n      version\n    }\n  }\n": types.RecordDecisionDocument,
    "\n  query CompetitionPublication($id: ID!) {\n    managedCompetition(id: $id) {\n      id\n      slug\n      title\n      status\n      version\n      entryCount\n      decidedCount\n    }\n  }\n": types.CompetitionPublicationDocument,
    "\n  fragment SubmissionFields on Submission {\n    id\n    competitionId\n    competitionTitle\n    competitionStatus\n    title\n    institutionId\n    institutionName\n    countryCode\n    summary\n    inOperationSince\n    priorityAreaIds\n    sections {\n      key\n      body\n    }\n    successFactors\n    risks\n    figures {\n      group\n      label\n      value\n      before\n      after\n      unit\n    }\n    status\n    version\n    updatedAt\n  }\n": types.SubmissionFieldsFragmentDoc,
    "\n  query SubmissionFormOptions($competitionId: ID!) {\n    submissionFormOptions(competitionId: $competitionId) {\n      competitionId\n      competitionTitle\n      competitionStatus\n      priorityAreas {\n        id\n        label\n      }\n      institutions {\n        id\n        label\n        countryCode\n      }\n      countries {\n        id\n        label\n      }\n    }\n  }\n": types.SubmissionFormOptionsDocument,
    "\n  query Submission($id: ID!) {\n    submission(id: $id) {\n      ...SubmissionFields\n    }\n  }\n": types.SubmissionDocument,
    "\n  mutation CreateSubmission($competitionId: ID!, $input: SubmissionInput!, $submit: Boolean) {\n    createSubmission(competitionId: $competitionId, input: $input, submit: $submit) {\n      ...SubmissionFields\n    }\n  }\n": types.CreateSubmissionDocument,
    "\n  mutation SaveSubmission(\n    $id: ID!\n    $expectedVersion: Int!\n    $input: SubmissionInput!\n    $submit: Boolean\n  ) {\n    saveSubmission(id: $id, expectedVersion: $expectedVersion, input: $input, submit: $submit) {\n      ...SubmissionFields\n    }\n  }\n": types.SaveSubmissionDocument,
    "\n  mutation SetSubmissionsWithdrawn($ids: [ID!]!, $withdrawn: Boolean!) {\n    setSubmissionsWithdrawn(ids: $ids, withdrawn: $withdrawn) {\n      id\n      status\n      version\n    }\n  }\n": types.SetSubmissionsWithdrawnDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      roles\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      email\n      displayName\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      email\n      displayName\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagedCompetitions {\n    managedCompetitions {\n      id\n      slug\n      title\n      region\n      year\n      status\n      version\n      publishedAt\n      entryCount\n      decidedCount\n      submissionDeadline\n    }\n  }\n"): (typeof documents)["\n  query ManagedCompetitions {\n    managedCompetitions {\n      id\n      slug\n      title\n      region\n      year\n      status\n      version\n      publishedAt\n      entryCount\n      decidedCount\n      submissionDeadline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompetitionDetails on ManagedCompetition {\n    id\n    slug\n    title\n    region\n    year\n    status\n    version\n    publishedAt\n    entryCount\n    decidedCount\n    draftCount\n    withdrawnCount\n    trienniumStartYear\n    trienniumEndYear\n    forumName\n    forumPlace\n    forumDate\n    submissionDeadline\n    introduction\n    juryIntroduction\n    portalNote\n    priorityAreas {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CompetitionDetails on ManagedCompetition {\n    id\n    slug\n    title\n    region\n    year\n    status\n    version\n    publishedAt\n    entryCount\n    decidedCount\n    draftCount\n    withdrawnCount\n    trienniumStartYear\n    trienniumEndYear\n    forumName\n    forumPlace\n    forumDate\n    submissionDeadline\n    introduction\n    juryIntroduction\n    portalNote\n    priorityAreas {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagedCompetition($id: ID!) {\n    managedCompetition(id: $id) {\n      ...CompetitionDetails\n    }\n  }\n"): (typeof documents)["\n  query ManagedCompetition($id: ID!) {\n    managedCompetition(id: $id) {\n      ...CompetitionDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriorityAreaChoices {\n    priorityAreas {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query PriorityAreaChoices {\n    priorityAreas {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCompetition($input: CompetitionInput!) {\n    createCompetition(input: $input) {\n      ...CompetitionDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCompetition($input: CompetitionInput!) {\n    createCompetition(input: $input) {\n      ...CompetitionDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCompetition($id: ID!, $input: CompetitionInput!, $expectedVersion: Int!) {\n    updateCompetition(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...CompetitionDetails\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCompetition($id: ID!, $input: CompetitionInput!, $expectedVersion: Int!) {\n    updateCompetition(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...CompetitionDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCompetitionFrom($sourceId: ID!, $year: Int!, $region: Region) {\n    createCompetitionFrom(sourceId: $sourceId, year: $year, region: $region) {\n      ...CompetitionDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCompetitionFrom($sourceId: ID!, $year: Int!, $region: Region) {\n    createCompetitionFrom(sourceId: $sourceId, year: $year, region: $region) {\n      ...CompetitionDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCompetitionStatus($id: ID!, $status: CompetitionStatus!, $expectedVersion: Int!) {\n    setCompetitionStatus(id: $id, status: $status, expectedVersion: $expectedVersion) {\n      ...CompetitionDetails\n    }\n  }\n"): (typeof documents)["\n  mutation SetCompetitionStatus($id: ID!, $status: CompetitionStatus!, $expectedVersion: Int!) {\n    setCompetitionStatus(id: $id, status: $status, expectedVersion: $expectedVersion) {\n      ...CompetitionDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubmissionsPage(\n    $competitionId: ID!\n    $filter: SubmissionFilter\n    $sort: SubmissionSort\n    $descending: Boolean\n    $first: Int\n    $offset: Int\n  ) {\n    submissions(\n      competitionId: $competitionId\n      filter: $filter\n      sort: $sort\n      descending: $descending\n      first: $first\n      offset: $offset\n    ) {\n      totalCount\n      offset\n      nodes {\n        id\n        title\n        status\n        institutionName\n        countryCode\n        countryName\n        priorityAreas\n        outcome\n        inOperationSince\n        words\n        version\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query SubmissionsPage(\n    $competitionId: ID!\n    $filter: SubmissionFilter\n    $sort: SubmissionSort\n    $descending: Boolean\n    $first: Int\n    $offset: Int\n  ) {\n    submissions(\n      competitionId: $competitionId\n      filter: $filter\n      sort: $sort\n      descending: $descending\n      first: $first\n      offset: $offset\n    ) {\n      totalCount\n      offset\n      nodes {\n        id\n        title\n        status\n        institutionName\n        countryCode\n        countryName\n        priorityAreas\n        outcome\n        inOperationSince\n        words\n        version\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagedInstitutions($countryId: ID, $search: String) {\n    managedInstitutions(countryId: $countryId, search: $search) {\n      id\n      slug\n      name\n      acronym\n      countryId\n      countryCode\n      countryName\n      version\n      entryCount\n    }\n  }\n"): (typeof documents)["\n  query ManagedInstitutions($countryId: ID, $search: String) {\n    managedInstitutions(countryId: $countryId, search: $search) {\n      id\n      slug\n      name\n      acronym\n      countryId\n      countryCode\n      countryName\n      version\n      entryCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagedCountries {\n    managedCountries {\n      id\n      code\n      name\n      sortName\n      region\n      version\n      institutionCount\n    }\n  }\n"): (typeof documents)["\n  query ManagedCountries {\n    managedCountries {\n      id\n      code\n      name\n      sortName\n      region\n      version\n      institutionCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInstitution($input: InstitutionInput!) {\n    createInstitution(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInstitution($input: InstitutionInput!) {\n    createInstitution(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInstitution($id: ID!, $input: InstitutionInput!, $expectedVersion: Int!) {\n    updateInstitution(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      acronym\n      countryId\n      countryCode\n      countryName\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInstitution($id: ID!, $input: InstitutionInput!, $expectedVersion: Int!) {\n    updateInstitution(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      acronym\n      countryId\n      countryCode\n      countryName\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeInstitution($duplicateId: ID!, $intoId: ID!) {\n    mergeInstitution(duplicateId: $duplicateId, intoId: $intoId) {\n      id\n      name\n      entryCount\n    }\n  }\n"): (typeof documents)["\n  mutation MergeInstitution($duplicateId: ID!, $intoId: ID!) {\n    mergeInstitution(duplicateId: $duplicateId, intoId: $intoId) {\n      id\n      name\n      entryCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCountry($input: CountryInput!) {\n    createCountry(input: $input) {\n      id\n      code\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCountry($input: CountryInput!) {\n    createCountry(input: $input) {\n      id\n      code\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCountry($id: ID!, $input: CountryInput!, $expectedVersion: Int!) {\n    updateCountry(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      code\n      name\n      sortName\n      region\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCountry($id: ID!, $input: CountryInput!, $expectedVersion: Int!) {\n    updateCountry(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      code\n      name\n      sortName\n      region\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JuryMemberRow on ManagedJuryMember {\n    id\n    position\n    description\n    name\n    isChair\n    userId\n    userName\n    userEmail\n    entriesTotal\n    assessed\n    version\n    affiliationInstitutionId\n    affiliationInstitutionName\n    affiliationCountryCode\n  }\n"): (typeof documents)["\n  fragment JuryMemberRow on ManagedJuryMember {\n    id\n    position\n    description\n    name\n    isChair\n    userId\n    userName\n    userEmail\n    entriesTotal\n    assessed\n    version\n    affiliationInstitutionId\n    affiliationInstitutionName\n    affiliationCountryCode\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompetitionJury($id: ID!) {\n    managedCompetition(id: $id) {\n      id\n      title\n      status\n      jury {\n        ...JuryMemberRow\n      }\n    }\n    juryCandidates {\n      id\n      displayName\n      email\n    }\n  }\n"): (typeof documents)["\n  query CompetitionJury($id: ID!) {\n    managedCompetition(id: $id) {\n      id\n      title\n      status\n      jury {\n        ...JuryMemberRow\n      }\n    }\n    juryCandidates {\n      id\n      displayName\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddJuryMember($input: AddJuryMemberInput!) {\n    addJuryMember(input: $input) {\n      ...JuryMemberRow\n    }\n  }\n"): (typeof documents)["\n  mutation AddJuryMember($input: AddJuryMemberInput!) {\n    addJuryMember(input: $input) {\n      ...JuryMemberRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateJuryMember(\n    $id: ID!\n    $description: String!\n    $name: String\n    $expectedVersion: Int!\n  ) {\n    updateJuryMember(\n      id: $id\n      description: $description\n      name: $name\n      expectedVersion: $expectedVersion\n    ) {\n      ...JuryMemberRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateJuryMember(\n    $id: ID!\n    $description: String!\n    $name: String\n    $expectedVersion: Int!\n  ) {\n    updateJuryMember(\n      id: $id\n      description: $description\n      name: $name\n      expectedVersion: $expectedVersion\n    ) {\n      ...JuryMemberRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderJury($competitionId: ID!, $memberIds: [ID!]!) {\n    reorderJury(competitionId: $competitionId, memberIds: $memberIds) {\n      ...JuryMemberRow\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderJury($competitionId: ID!, $memberIds: [ID!]!) {\n    reorderJury(competitionId: $competitionId, memberIds: $memberIds) {\n      ...JuryMemberRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetJuryChair($id: ID!) {\n    setJuryChair(id: $id) {\n      ...JuryMemberRow\n    }\n  }\n"): (typeof documents)["\n  mutation SetJuryChair($id: ID!) {\n    setJuryChair(id: $id) {\n      ...JuryMemberRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveJuryMember($id: ID!) {\n    removeJuryMember(id: $id) {\n      ...JuryMemberRow\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveJuryMember($id: ID!) {\n    removeJuryMember(id: $id) {\n      ...JuryMemberRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JurorAffiliationOptions {\n    managedCountries {\n      id\n      code\n      name\n    }\n    managedInstitutions {\n      id\n      name\n      countryCode\n      countryName\n    }\n  }\n"): (typeof documents)["\n  query JurorAffiliationOptions {\n    managedCountries {\n      id\n      code\n      name\n    }\n    managedInstitutions {\n      id\n      name\n      countryCode\n      countryName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetJurorAffiliation($userId: ID!, $institutionId: ID, $countryCode: String) {\n    setJurorAffiliation(userId: $userId, institutionId: $institutionId, countryCode: $countryCode) {\n      userId\n      institutionId\n      institutionName\n      countryCode\n    }\n  }\n"): (typeof documents)["\n  mutation SetJurorAffiliation($userId: ID!, $institutionId: ID, $countryCode: String) {\n    setJurorAffiliation(userId: $userId, institutionId: $institutionId, countryCode: $countryCode) {\n      userId\n      institutionId\n      institutionName\n      countryCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JuryCompetitions {\n    juryCompetitions {\n      id\n      title\n      status\n      year\n      isChair\n      isMember\n      entryCount\n      assessedCount\n      draftCount\n      toDoCount\n      conflictCount\n      nextEntryId\n      nextEntryTitle\n    }\n  }\n"): (typeof documents)["\n  query JuryCompetitions {\n    juryCompetitions {\n      id\n      title\n      status\n      year\n      isChair\n      isMember\n      entryCount\n      assessedCount\n      draftCount\n      toDoCount\n      conflictCount\n      nextEntryId\n      nextEntryTitle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JuryCriteria($competitionId: ID!) {\n    juryCriteria(competitionId: $competitionId) {\n      id\n      name\n      description\n      weight\n      listVersion\n    }\n  }\n"): (typeof documents)["\n  query JuryCriteria($competitionId: ID!) {\n    juryCriteria(competitionId: $competitionId) {\n      id\n      name\n      description\n      weight\n      listVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveJuryCriteria(\n    $competitionId: ID!\n    $criteria: [JuryCriterionInput!]!\n    $expectedVersion: Int\n  ) {\n    saveJuryCriteria(\n      competitionId: $competitionId\n      criteria: $criteria\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      name\n      description\n      weight\n      listVersion\n    }\n  }\n"): (typeof documents)["\n  mutation SaveJuryCriteria(\n    $competitionId: ID!\n    $criteria: [JuryCriterionInput!]!\n    $expectedVersion: Int\n  ) {\n    saveJuryCriteria(\n      competitionId: $competitionId\n      criteria: $criteria\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      name\n      description\n      weight\n      listVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JuryEntries($competitionId: ID!, $filter: JuryEntryFilter) {\n    juryEntries(competitionId: $competitionId, filter: $filter) {\n      id\n      title\n      institutionName\n      countryCode\n      countryName\n      progress\n      submittedCount\n      outcome\n    }\n  }\n"): (typeof documents)["\n  query JuryEntries($competitionId: ID!, $filter: JuryEntryFilter) {\n    juryEntries(competitionId: $competitionId, filter: $filter) {\n      id\n      title\n      institutionName\n      countryCode\n      countryName\n      progress\n      submittedCount\n      outcome\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JuryEntry($id: ID!) {\n    juryEntry(id: $id) {\n      entry {\n        id\n        title\n        institutionName\n        countryName\n        progress\n        submittedCount\n        outcome\n      }\n      competitionId\n      competitionTitle\n      competitionStatus\n      viewerIsChair\n      summary\n      inOperationSince\n      priorityAreas\n      sections {\n        key\n        heading\n        body\n      }\n      criteria {\n        id\n        name\n        description\n        weight\n      }\n      myAssessment {\n        id\n        version\n        submitted\n        notes\n        proposedOutcome\n        weightedScore\n        scores {\n          criterionId\n          score\n        }\n      }\n      othersVisible\n      othersHiddenReason\n      otherAssessments {\n        id\n        memberName\n        proposedOutcome\n        weightedScore\n        submittedAt\n        scores {\n          criterionId\n          criterionName\n          score\n        }\n      }\n      myConflict {\n        id\n        source\n        reason\n        confirmed\n      }\n      conflicts {\n        id\n        memberName\n        source\n        reason\n        confirmed\n        isMine\n      }\n      deliberation {\n        id\n        authorName\n        isMine\n        body\n        createdAt\n      }\n      decision {\n        practiceId\n        outcome\n        juryText\n        version\n        decidedByName\n      }\n      canAssess\n      canDecide\n      nextEntryId\n    }\n  }\n"): (typeof documents)["\n  query JuryEntry($id: ID!) {\n    juryEntry(id: $id) {\n      entry {\n        id\n        title\n        institutionName\n        countryName\n        progress\n        submittedCount\n        outcome\n      }\n      competitionId\n      competitionTitle\n      competitionStatus\n      viewerIsChair\n      summary\n      inOperationSince\n      priorityAreas\n      sections {\n        key\n        heading\n        body\n      }\n      criteria {\n        id\n        name\n        description\n        weight\n      }\n      myAssessment {\n        id\n        version\n        submitted\n        notes\n        proposedOutcome\n        weightedScore\n        scores {\n          criterionId\n          score\n        }\n      }\n      othersVisible\n      othersHiddenReason\n      otherAssessments {\n        id\n        memberName\n        proposedOutcome\n        weightedScore\n        submittedAt\n        scores {\n          criterionId\n          criterionName\n          score\n        }\n      }\n      myConflict {\n        id\n        source\n        reason\n        confirmed\n      }\n      conflicts {\n        id\n        memberName\n        source\n        reason\n        confirmed\n        isMine\n      }\n      deliberation {\n        id\n        authorName\n        isMine\n        body\n        createdAt\n      }\n      decision {\n        practiceId\n        outcome\n        juryText\n        version\n        decidedByName\n      }\n      canAssess\n      canDecide\n      nextEntryId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JuryTable($competitionId: ID!, $sort: JuryTableSort, $descending: Boolean) {\n    juryTable(competitionId: $competitionId, sort: $sort, descending: $descending) {\n      competitionId\n      competitionTitle\n      competitionStatus\n      canDecide\n      rows {\n        id\n        rank\n        title\n        institutionName\n        countryCode\n        submittedCount\n        weightedMean\n        median\n        spread\n        viewerConflicted\n        scoresHidden\n        tally {\n          award\n          specialMention\n          certificateOfMerit\n          attestation\n        }\n        conflicts {\n          memberName\n          source\n          reason\n        }\n        decision {\n          practiceId\n          outcome\n          juryText\n          version\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query JuryTable($competitionId: ID!, $sort: JuryTableSort, $descending: Boolean) {\n    juryTable(competitionId: $competitionId, sort: $sort, descending: $descending) {\n      competitionId\n      competitionTitle\n      competitionStatus\n      canDecide\n      rows {\n        id\n        rank\n        title\n        institutionName\n        countryCode\n        submittedCount\n        weightedMean\n        median\n        spread\n        viewerConflicted\n        scoresHidden\n        tally {\n          award\n          specialMention\n          certificateOfMerit\n          attestation\n        }\n        conflicts {\n          memberName\n          source\n          reason\n        }\n        decision {\n          practiceId\n          outcome\n          juryText\n          version\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveJuryAssessment($input: SaveJuryAssessmentInput!) {\n    saveJuryAssessment(input: $input) {\n      id\n      version\n      submitted\n    }\n  }\n"): (typeof documents)["\n  mutation SaveJuryAssessment($input: SaveJuryAssessmentInput!) {\n    saveJuryAssessment(input: $input) {\n      id\n      version\n      submitted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareConflict($practiceId: ID!, $reason: String!) {\n    declareConflict(practiceId: $practiceId, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeclareConflict($practiceId: ID!, $reason: String!) {\n    declareConflict(practiceId: $practiceId, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmConflict($practiceId: ID!) {\n    confirmConflict(practiceId: $practiceId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmConflict($practiceId: ID!) {\n    confirmConflict(practiceId: $practiceId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawConflict($practiceId: ID!) {\n    withdrawConflict(practiceId: $practiceId)\n  }\n"): (typeof documents)["\n  mutation WithdrawConflict($practiceId: ID!) {\n    withdrawConflict(practiceId: $practiceId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostDeliberationMessage($practiceId: ID!, $body: String!) {\n    postDeliberationMessage(practiceId: $practiceId, body: $body) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PostDeliberationMessage($practiceId: ID!, $body: String!) {\n    postDeliberationMessage(practiceId: $practiceId, body: $body) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      practiceId\n      outcome\n      juryText\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      practiceId\n      outcome\n      juryText\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompetitionPublication($id: ID!) {\n    managedCompetition(id: $id) {\n      id\n      slug\n      title\n      status\n      version\n      entryCount\n      decidedCount\n    }\n  }\n"): (typeof documents)["\n  query CompetitionPublication($id: ID!) {\n    managedCompetition(id: $id) {\n      id\n      slug\n      title\n      status\n      version\n      entryCount\n      decidedCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubmissionFields on Submission {\n    id\n    competitionId\n    competitionTitle\n    competitionStatus\n    title\n    institutionId\n    institutionName\n    countryCode\n    summary\n    inOperationSince\n    priorityAreaIds\n    sections {\n      key\n      body\n    }\n    successFactors\n    risks\n    figures {\n      group\n      label\n      value\n      before\n      after\n      unit\n    }\n    status\n    version\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment SubmissionFields on Submission {\n    id\n    competitionId\n    competitionTitle\n    competitionStatus\n    title\n    institutionId\n    institutionName\n    countryCode\n    summary\n    inOperationSince\n    priorityAreaIds\n    sections {\n      key\n      body\n    }\n    successFactors\n    risks\n    figures {\n      group\n      label\n      value\n      before\n      after\n      unit\n    }\n    status\n    version\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubmissionFormOptions($competitionId: ID!) {\n    submissionFormOptions(competitionId: $competitionId) {\n      competitionId\n      competitionTitle\n      competitionStatus\n      priorityAreas {\n        id\n        label\n      }\n      institutions {\n        id\n        label\n        countryCode\n      }\n      countries {\n        id\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  query SubmissionFormOptions($competitionId: ID!) {\n    submissionFormOptions(competitionId: $competitionId) {\n      competitionId\n      competitionTitle\n      competitionStatus\n      priorityAreas {\n        id\n        label\n      }\n      institutions {\n        id\n        label\n        countryCode\n      }\n      countries {\n        id\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Submission($id: ID!) {\n    submission(id: $id) {\n      ...SubmissionFields\n    }\n  }\n"): (typeof documents)["\n  query Submission($id: ID!) {\n    submission(id: $id) {\n      ...SubmissionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSubmission($competitionId: ID!, $input: SubmissionInput!, $submit: Boolean) {\n    createSubmission(competitionId: $competitionId, input: $input, submit: $submit) {\n      ...SubmissionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSubmission($competitionId: ID!, $input: SubmissionInput!, $submit: Boolean) {\n    createSubmission(competitionId: $competitionId, input: $input, submit: $submit) {\n      ...SubmissionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSubmission(\n    $id: ID!\n    $expectedVersion: Int!\n    $input: SubmissionInput!\n    $submit: Boolean\n  ) {\n    saveSubmission(id: $id, expectedVersion: $expectedVersion, input: $input, submit: $submit) {\n      ...SubmissionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSubmission(\n    $id: ID!\n    $expectedVersion: Int!\n    $input: SubmissionInput!\n    $submit: Boolean\n  ) {\n    saveSubmission(id: $id, expectedVersion: $expectedVersion, input: $input, submit: $submit) {\n      ...SubmissionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSubmissionsWithdrawn($ids: [ID!]!, $withdrawn: Boolean!) {\n    setSubmissionsWithdrawn(ids: $ids, withdrawn: $withdrawn) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SetSubmissionsWithdrawn($ids: [ID!]!, $withdrawn: Boolean!) {\n    setSubmissionsWithdrawn(ids: $ids, withdrawn: $withdrawn) {\n      id\n      status\n      version\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;