package com.cloudvista.payfast.ledger.domain;

import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.ProblemException;
import java.util.Currency;

/**
 * Two amounts or a wallet and an amount of different currencies. Answers 422 {@code
 * currency_mismatch}.
 */
public class CurrencyMismatchException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public CurrencyMismatchException(Currency expected, Currency actual) {
    super(
        ErrorCode.CURRENCY_MISMATCH,
        "Currency "
            + actual.getCurrencyCode()
            + " does not match "
            + expected.getCurrencyCode()
            + ".");
  }
}
