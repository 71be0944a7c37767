package com.cloudvista.payfast.ledger.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * One ledger entry to be written: a signed amount against an account (a wallet or a system
 * account). Positive credits the account, negative debits it.
 */
public record Posting(AccountRef account, Money amount) {

  public Posting {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(amount, "amount");
    if (amount.isZero()) {
      throw new IllegalArgumentException("a posting moves a non-zero amount");
    }
  }

  public static Posting wallet(WalletId wallet, Money amount) {
    return new Posting(new AccountRef.Wallet(wallet), amount);
  }

  public static Posting system(SystemAccount account, Money amount) {
    return new Posting(new AccountRef.System(account), amount);
  }

  /** A wallet or the system account of a kind (in the posting's currency). */
  public sealed interface AccountRef {
    record Wallet(WalletId id) implements AccountRef {
      public Wallet {
        Objects.requireNonNull(id, "id");
      }
    }

    record System(SystemAccount kind) implements AccountRef {
      public System {
        Objects.requireNonNull(kind, "kind");
      }
    }
  }

  public UUID walletUuidOrNull() {
    return account instanceof AccountRef.Wallet w ? w.id().value() : null;
  }
}
