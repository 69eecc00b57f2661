package id.padu.identity.internal;

enum AccountStatus { ACTIVE, LOCKED, UNCONFIRMED, DISABLED }
