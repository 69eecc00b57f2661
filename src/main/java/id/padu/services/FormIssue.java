package id.padu.services;

/** One problem a {@link FormCheck} found: the field it concerns and the message for the applicant. */
public record FormIssue(String field, String message) {
}
