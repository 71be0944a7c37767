package com.cloudvista.payfast.ledger.application;

/**
 * The use cases' inputs, as validated by the API (amounts and currencies are checked by the
 * policy).
 */
public final class Commands {

  private Commands() {}

  public record OpenWallet(String currency, String name) {}

  public record Deposit(String walletId, long amount, String currency, String reference) {}

  public record Withdraw(String walletId, long amount, String currency, String reference) {}

  public record Transfer(
      String sourceWalletId,
      String destinationWalletId,
      String recipientEmail,
      long amount,
      String currency,
      String description,
      String category) {}

  public record Pay(
      String sourceWalletId,
      String merchant,
      long amount,
      String currency,
      String description,
      String category,
      boolean capture) {}

  public record Annotate(
      String category, String note, java.util.List<String> tags, String receiptUploadId) {}
}
