package id.padu.identity.internal;

enum AccountKind { STAFF, CITIZEN }
