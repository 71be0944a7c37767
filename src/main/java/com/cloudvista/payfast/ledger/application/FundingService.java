package com.cloudvista.payfast.ledger.application;

import com.cloudvista.payfast.ledger.domain.LedgerPolicy;
import com.cloudvista.payfast.ledger.domain.LedgerTransaction;
import com.cloudvista.payfast.ledger.domain.Money;
import com.cloudvista.payfast.ledger.domain.Wallet;
import com.cloudvista.payfast.ledger.domain.WalletId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;

/** Money entering (deposit, from FUNDING) and leaving (withdrawal, to PAYOUTS) the wallets. */
@ApplicationScoped
@Transactional
public class FundingService {

  @Inject WalletAccess access;
  @Inject LedgerPolicy policy;
  @Inject Outgoing outgoing;
  @Inject LedgerWriter writer;

  public LedgerTransaction deposit(String actor, Commands.Deposit command) {
    Money amount = policy.amount(command.amount(), command.currency());
    WalletId id = WalletAccess.id(command.walletId());
    Wallet wallet = WalletAccess.requireOwner(access.lock(List.of(id)).get(id), actor);
    wallet.credit(amount);
    return writer.add(
        LedgerTransaction.deposit(id, amount, command.reference(), actor), Set.of(actor), actor);
  }

  public LedgerTransaction withdraw(String actor, Commands.Withdraw command) {
    Money amount = policy.amount(command.amount(), command.currency());
    WalletId id = WalletAccess.id(command.walletId());
    Wallet wallet = WalletAccess.requireOwner(access.lock(List.of(id)).get(id), actor);
    wallet.debit(amount);
    outgoing.count(id, amount);
    return writer.add(
        LedgerTransaction.withdrawal(id, amount, command.reference(), actor), Set.of(actor), actor);
  }
}
