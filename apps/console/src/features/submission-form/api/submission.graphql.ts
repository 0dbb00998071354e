import { graphql } from '../../../generated/gql';

export const submissionFieldsFragment = graphql(`
  fragment SubmissionFields on Submission {
    id
    competitionId
    competitionTitle
    competitionStatus
    title
    institutionId
    institutionName
    countryCode
    summary
    inOperationSince
    priorityAreaIds
    sections {
      key
      body
    }
    successFactors
    risks
    figures {
      group
      label
      value
      before
      after
      unit
    }
    status
    version
    updatedAt
  }
`);

export const submissionFormOptionsQuery = graphql(`
  query SubmissionFormOptions($competitionId: ID!) {
    submissionFormOptions(competitionId: $competitionId) {
      competitionId
      competitionTitle
      competitionStatus
      priorityAreas {
        id
        label
      }
      institutions {
        id
        label
        countryCode
      }
      countries {
        id
        label
      }
    }
  }
`);

export const submissionQuery = graphql(`
  query Submission($id: ID!) {
    submission(id: $id) {
      ...SubmissionFields
    }
  }
`);

export const createSubmissionMutation = graphql(`
  mutation CreateSubmission($competitionId: ID!, $input: SubmissionInput!, $submit: Boolean) {
    createSubmission(competitionId: $competitionId, input: $input, submit: $submit) {
      ...SubmissionFields
    }
  }
`);

export const saveSubmissionMutation = graphql(`
  mutation SaveSubmission(
    $id: ID!
    $expectedVersion: Int!
    $input: SubmissionInput!
    $submit: Boolean
  ) {
    saveSubmission(id: $id, expectedVersion: $expectedVersion, input: $input, submit: $submit) {
      ...SubmissionFields
    }
  }
`);

export const setSubmissionsWithdrawnMutation = graphql(`
  mutation SetSubmissionsWithdrawn($ids: [ID!]!, $withdrawn: Boolean!) {
    setSubmissionsWithdrawn(ids: $ids, withdrawn: $withdrawn) {
      id
      status
      version
    }
  }
`);
