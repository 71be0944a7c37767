package com.cloudvista.payfast.ledger.application;

import com.cloudvista.payfast.ledger.domain.LedgerTransaction;
import com.cloudvista.payfast.ledger.domain.NotFoundException;
import com.cloudvista.payfast.ledger.domain.Posting;
import com.cloudvista.payfast.ledger.domain.TransactionId;
import com.cloudvista.payfast.ledger.domain.Transactions;
import com.cloudvista.payfast.ledger.domain.Wallet;
import com.cloudvista.payfast.ledger.domain.WalletId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Admin reversals: a balanced transaction mirroring the original's entries, at most once per
 * original (row lock on the original + UNIQUE reversal_of). The wallet that received the money must
 * still have it available, else 422 insufficient_funds.
 */
@ApplicationScoped
@Transactional
public class ReversalService {

  @Inject Transactions transactions;
  @Inject WalletAccess access;
  @Inject LedgerWriter writer;

  public LedgerTransaction reverse(String admin, String transactionId, String reason) {
    TransactionId id =
        TransactionId.parse(transactionId).orElseThrow(() -> new NotFoundException("Transaction"));
    LedgerTransaction original =
        transactions.lock(id).orElseThrow(() -> new NotFoundException("Transaction"));
    LedgerTransaction reversal = LedgerTransaction.reversal(original, reason, admin);
    List<WalletId> walletIds = new ArrayList<>();
    for (Posting posting : reversal.postings()) {
      if (posting.account() instanceof Posting.AccountRef.Wallet wallet) {
        walletIds.add(wallet.id());
      }
    }
    Map<WalletId, Wallet> locked = access.lock(walletIds);
    // Debits first: a refusal (insufficient funds) must come before anything is credited.
    for (Posting posting : reversal.postings()) {
      if (posting.account() instanceof Posting.AccountRef.Wallet w
          && posting.amount().isNegative()) {
        locked.get(w.id()).debitForReversal(posting.amount().negate());
      }
    }
    for (Posting posting : reversal.postings()) {
      if (posting.account() instanceof Posting.AccountRef.Wallet w
          && posting.amount().isPositive()) {
        locked.get(w.id()).creditForReversal(posting.amount());
      }
    }
    return writer.add(reversal, transactions.parties(original.id()), admin);
  }
}
