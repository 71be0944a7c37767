package com.cloudvista.payfast.ledger.domain;

/**
 * The internal counter-accounts (one per currency) that balance money entering or leaving the
 * wallets: deposits come from FUNDING, withdrawals go to PAYOUTS, payments to MERCHANT_SETTLEMENT.
 */
public enum SystemAccount {
  FUNDING,
  PAYOUTS,
  MERCHANT_SETTLEMENT
}
