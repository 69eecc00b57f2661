package id.padu.services;

/** How an application ended: the service was granted (output issued where there is one) or refused. */
public enum ApplicationOutcome { APPROVED, REJECTED }
