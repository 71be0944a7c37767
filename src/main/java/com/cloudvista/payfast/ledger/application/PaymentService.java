package com.cloudvista.payfast.ledger.application;

import com.cloudvista.payfast.ledger.domain.Hold;
import com.cloudvista.payfast.ledger.domain.Holds;
import com.cloudvista.payfast.ledger.domain.LedgerPolicy;
import com.cloudvista.payfast.ledger.domain.LedgerTransaction;
import com.cloudvista.payfast.ledger.domain.Money;
import com.cloudvista.payfast.ledger.domain.NotFoundException;
import com.cloudvista.payfast.ledger.domain.Posting;
import com.cloudvista.payfast.ledger.domain.StateConflictException;
import com.cloudvista.payfast.ledger.domain.TransactionId;
import com.cloudvista.payfast.ledger.domain.Transactions;
import com.cloudvista.payfast.ledger.domain.Wallet;
import com.cloudvista.payfast.ledger.domain.WalletId;
import com.cloudvista.payfast.ledger.domain.Wallets;
import com.cloudvista.payfast.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Payments to merchants: charged at once, or (capture:false) authorised as a hold that is later
 * captured (at most the held amount; the rest is released), voided, or expired by the sweeper. Lock
 * order everywhere: the transaction row, then its hold, then the wallet.
 */
@ApplicationScoped
@Transactional
public class PaymentService {

  static final String SYSTEM_ACTOR = "system";

  @Inject WalletAccess access;
  @Inject Wallets wallets;
  @Inject Transactions transactions;
  @Inject Holds holds;
  @Inject LedgerPolicy policy;
  @Inject Outgoing outgoing;
  @Inject LedgerWriter writer;
  @Inject AutoCategorizer categorizer;

  public LedgerTransaction pay(String actor, Commands.Pay command) {
    Money amount = policy.amount(command.amount(), command.currency());
    WalletId id = WalletAccess.id(command.sourceWalletId());
    Wallet wallet = WalletAccess.requireOwner(access.lock(List.of(id)).get(id), actor);
    String category =
        categorizer.categoryOf(
            actor, command.category(), command.merchant(), command.description(), command.amount());
    if (command.capture()) {
      wallet.debit(amount);
      outgoing.count(id, amount);
      return writer.add(
          LedgerTransaction.payment(
              id, command.merchant(), amount, command.description(), category, actor),
          Set.of(actor),
          actor);
    }
    wallet.placeHold(amount);
    outgoing.count(id, amount);
    LedgerTransaction authorization =
        LedgerTransaction.authorization(
            id, command.merchant(), amount, command.description(), category, actor);
    wallets.store(wallet);
    LedgerTransaction saved = writer.add(authorization, Set.of(actor), actor);
    holds.add(
        Hold.place(
            saved.id(), id, amount, Outgoing.today(), Instant.now().plus(policy.holdExpiry())));
    return saved;
  }

  public LedgerTransaction capture(String actor, String transactionId, Long requestedAmount) {
    LedgerTransaction payment = lockOwnPayment(actor, transactionId);
    Hold hold =
        holds
            .lock(payment.id())
            .orElseThrow(() -> new StateConflictException("This payment has no hold to capture."));
    Wallet wallet = access.lock(List.of(hold.walletId())).get(hold.walletId());
    Money requested = null;
    if (requestedAmount != null) {
      if (requestedAmount <= 0) {
        throw ProblemException.invalid("amount", "must be greater than 0");
      }
      requested = Money.of(requestedAmount, payment.amount().currency());
    }
    Money captured = hold.capture(requested, Instant.now());
    wallet.captureHold(hold.amount(), captured);
    outgoing.giveBack(wallet.id(), hold.day(), hold.released());
    holds.store(hold);
    wallets.store(wallet); // held goes down before the entries take the balance down
    payment.capture(captured);
    List<Posting> postings = payment.postings();
    return writer.update(payment, postings, actor);
  }

  public LedgerTransaction voidPayment(String actor, String transactionId) {
    LedgerTransaction payment = lockOwnPayment(actor, transactionId);
    Hold hold =
        holds
            .lock(payment.id())
            .orElseThrow(() -> new StateConflictException("This payment has no hold to void."));
    hold.voidHold();
    return release(payment, hold, actor);
  }

  /**
   * Expires one overdue hold, if any (another instance's sweeper skips the rows this one holds).
   */
  public Optional<TransactionId> expireNext(Instant now) {
    Optional<Hold> overdue = holds.lockNextExpired(now);
    if (overdue.isEmpty()) {
      return Optional.empty();
    }
    Hold hold = overdue.get();
    LedgerTransaction payment = transactions.find(hold.transactionId()).orElseThrow();
    hold.expire(now);
    release(payment, hold, SYSTEM_ACTOR);
    return Optional.of(hold.transactionId());
  }

  private LedgerTransaction release(LedgerTransaction payment, Hold hold, String actor) {
    Wallet wallet = access.lock(List.of(hold.walletId())).get(hold.walletId());
    wallet.releaseHold(hold.amount());
    outgoing.giveBack(wallet.id(), hold.day(), hold.amount());
    payment.voidAuthorization();
    holds.store(hold);
    wallets.store(wallet);
    return writer.update(payment, List.of(), actor);
  }

  private LedgerTransaction lockOwnPayment(String actor, String transactionId) {
    TransactionId id =
        TransactionId.parse(transactionId).orElseThrow(() -> new NotFoundException("Payment"));
    LedgerTransaction payment =
        transactions.lock(id).orElseThrow(() -> new NotFoundException("Payment"));
    if (payment.source() == null
        || !transactions.parties(id).contains(actor)
        || !wallets.find(payment.source()).map(w -> w.isOwnedBy(actor)).orElse(false)) {
      throw new NotFoundException("Payment");
    }
    if (payment.type() != com.cloudvista.payfast.ledger.domain.TransactionType.PAYMENT) {
      throw new StateConflictException("Only payments can be captured or voided.");
    }
    return payment;
  }
}
