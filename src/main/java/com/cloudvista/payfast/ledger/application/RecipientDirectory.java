package com.cloudvista.payfast.ledger.application;

import java.util.Optional;

/** Finds the user behind an e-mail address (for transfers by {@code recipientEmail}). */
public interface RecipientDirectory {

  Optional<String> userIdByEmail(String email);
}
