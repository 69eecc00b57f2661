package id.padu.identity.internal;

/** What an e-mailed link turned out to be when someone opened it. */
enum LinkState { VALID, EXPIRED, USED, UNKNOWN }
