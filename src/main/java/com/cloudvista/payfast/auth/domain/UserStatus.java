package com.cloudvista.payfast.auth.domain;

/** Cognito's user statuses that matter here: a user may sign in only when CONFIRMED. */
public enum UserStatus {
  UNCONFIRMED,
  CONFIRMED,
  DISABLED
}
