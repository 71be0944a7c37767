package com.cloudvista.payfast.ledger.application;

import com.cloudvista.payfast.ledger.domain.LedgerPolicy;
import com.cloudvista.payfast.ledger.domain.LedgerTransaction;
import com.cloudvista.payfast.ledger.domain.Money;
import com.cloudvista.payfast.ledger.domain.NotFoundException;
import com.cloudvista.payfast.ledger.domain.SameWalletException;
import com.cloudvista.payfast.ledger.domain.Wallet;
import com.cloudvista.payfast.ledger.domain.WalletId;
import com.cloudvista.payfast.ledger.domain.Wallets;
import com.cloudvista.payfast.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Wallet-to-wallet transfers. Both rows are locked (ascending id order) before any rule is checked,
 * so the balances the rules see are the ones the entries will change.
 */
@ApplicationScoped
@Transactional
public class TransferService {

  @Inject WalletAccess access;
  @Inject Wallets wallets;
  @Inject LedgerPolicy policy;
  @Inject Outgoing outgoing;
  @Inject LedgerWriter writer;
  @Inject RecipientDirectory recipients;
  @Inject AutoCategorizer categorizer;

  public LedgerTransaction transfer(String actor, Commands.Transfer command) {
    if ((command.destinationWalletId() == null) == (command.recipientEmail() == null)) {
      throw ProblemException.invalid(
          "destinationWalletId", "give exactly one of destinationWalletId and recipientEmail");
    }
    Money amount = policy.amount(command.amount(), command.currency());
    WalletId sourceId = WalletAccess.id(command.sourceWalletId());
    WalletId destinationId =
        command.destinationWalletId() != null
            ? WalletAccess.id(command.destinationWalletId())
            : recipientWallet(command.recipientEmail(), amount);
    if (sourceId.equals(destinationId)) {
      throw new SameWalletException("Source and destination are the same wallet.");
    }
    Map<WalletId, Wallet> locked = access.lock(List.of(sourceId, destinationId));
    Wallet source = WalletAccess.requireOwner(locked.get(sourceId), actor);
    Wallet destination = locked.get(destinationId);
    source.debit(amount);
    destination.credit(amount);
    outgoing.count(sourceId, amount);
    LedgerTransaction transfer =
        LedgerTransaction.transfer(
            sourceId,
            destinationId,
            amount,
            command.description(),
            category(actor, source, destination, command),
            actor);
    // One party when both wallets belong to the same user.
    return writer.add(
        transfer, new LinkedHashSet<>(List.of(source.ownerId(), destination.ownerId())), actor);
  }

  /**
   * Rules categorise a transfer to someone else; one between the caller's own wallets is no
   * spending.
   */
  private String category(
      String actor, Wallet source, Wallet destination, Commands.Transfer command) {
    if (command.category() != null || source.ownerId().equals(destination.ownerId())) {
      return command.category();
    }
    return categorizer.categoryOf(actor, null, null, command.description(), command.amount());
  }

  private WalletId recipientWallet(String email, Money amount) {
    return recipients
        .userIdByEmail(email)
        .flatMap(user -> wallets.oldestActive(user, amount.currency()))
        .orElseThrow(
            () ->
                new NotFoundException(
                    "An active " + amount.currencyCode() + " wallet of the recipient"));
  }
}
