package com.cloudvista.payfast.ledger.domain;

/** ACTIVE wallets send and receive; FROZEN (by an admin) and CLOSED wallets do neither. */
public enum WalletStatus {
  ACTIVE,
  FROZEN,
  CLOSED
}
