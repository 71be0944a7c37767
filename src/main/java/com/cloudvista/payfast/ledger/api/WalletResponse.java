package com.cloudvista.payfast.ledger.api;

import com.cloudvista.payfast.ledger.domain.Wallet;
import com.cloudvista.payfast.ledger.domain.WalletStatus;
import jakarta.annotation.Nullable;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A wallet: {@code balance} is the ledger balance, {@code availableBalance} = balance − open holds.
 */
@JsonbNillable
@JsonbPropertyOrder({
  "id",
  "name",
  "currency",
  "balance",
  "availableBalance",
  "status",
  "createdAt",
  "updatedAt"
})
public record WalletResponse(
    String id,
    @Nullable String name,
    String currency,
    long balance,
    long availableBalance,
    @Schema(implementation = WalletStatus.class) String status,
    Instant createdAt,
    Instant updatedAt) {

  static WalletResponse of(Wallet wallet) {
    return new WalletResponse(
        wallet.id().toString(),
        wallet.name(),
        wallet.currency().getCurrencyCode(),
        wallet.balance().amount(),
        wallet.available().amount(),
        wallet.status().name(),
        wallet.createdAt(),
        wallet.updatedAt());
  }

  /** The strong validator of GET /wallets/{id}: the row version grows with every change. */
  static String etag(Wallet wallet) {
    return wallet.id() + "-" + wallet.version();
  }
}
