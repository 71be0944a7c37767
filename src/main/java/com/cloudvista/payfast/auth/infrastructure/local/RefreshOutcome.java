package com.cloudvista.payfast.auth.infrastructure.local;

import java.time.Instant;

/** What presenting a refresh token led to. */
sealed interface RefreshOutcome {

  /** The token was live; it is now used and {@code successor} replaces it in the same family. */
  record Rotated(String userId, Instant authTime, String familyId) implements RefreshOutcome {}

  /** The token had been used before: a stolen copy is in play, so its family was revoked. */
  record Reused(String familyId) implements RefreshOutcome {}

  /** Unknown, expired, revoked, or issued to another client. */
  record Invalid() implements RefreshOutcome {}
}
