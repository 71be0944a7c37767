package com.cloudvista.payfast.audit.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudvista.payfast.audit.domain.TransactionLogRecord;
import com.cloudvista.payfast.audit.domain.TransactionLogRecord.Entry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxRecordJsonTest {

  private static final TransactionLogRecord TRANSFER =
      new TransactionLogRecord(
          "tx-7f3a",
          "TRANSFER",
          1250,
          "USD",
          List.of(Entry.wallet("w-alice", -1250), Entry.wallet("w-bob", 1250)),
          "user-1",
          "req-42",
          Instant.parse("2026-11-21T10:15:30Z"));

  @Test
  void recordIsOneCompactLineWithTheContractFieldsInOrder() {
    assertThat(TransactionLogJson.write(TRANSFER))
        .isEqualTo(
            "{\"transactionId\":\"tx-7f3a\",\"type\":\"TRANSFER\",\"status\":\"COMPLETED\",\"amount\":1250,\"currency\":\"USD\","
                + "\"entries\":[{\"walletId\":\"w-alice\",\"amount\":-1250},{\"walletId\":\"w-bob\",\"amount\":1250}],"
                + "\"actor\":\"user-1\",\"requestId\":\"req-42\",\"createdAt\":\"2026-11-21T10:15:30Z\"}");
  }

  @Test
  void systemAccountsAndMissingActorAndRequestIdAreWrittenAsSuch() {
    TransactionLogRecord deposit =
        new TransactionLogRecord(
            "tx-1",
            "DEPOSIT",
            500,
            "EUR",
            List.of(Entry.account("funding", -500), Entry.wallet("w-1", 500)),
            null,
            null,
            Instant.parse("2026-11-21T10:15:30.123456Z"));

    assertThat(TransactionLogJson.write(deposit))
        .isEqualTo(
            "{\"transactionId\":\"tx-1\",\"type\":\"DEPOSIT\",\"status\":\"COMPLETED\",\"amount\":500,\"currency\":\"EUR\","
                + "\"entries\":[{\"account\":\"funding\",\"amount\":-500},{\"walletId\":\"w-1\",\"amount\":500}],"
                + "\"actor\":null,\"requestId\":null,\"createdAt\":\"2026-11-21T10:15:30.123456Z\"}");
    assertThat(TransactionLogJson.read(TransactionLogJson.write(deposit))).isEqualTo(deposit);
  }

  @Test
  void textIsEscapedSoALineNeverBreaks() {
    TransactionLogRecord odd =
        new TransactionLogRecord(
            "tx-\"quoted\"\nline",
            "PAYMENT",
            1,
            "GBP",
            TRANSFER.entries(),
            "a\\b",
            "r",
            TRANSFER.createdAt());

    String line = TransactionLogJson.write(odd);

    assertThat(line).doesNotContain("\n");
    assertThat(TransactionLogJson.read(line)).isEqualTo(odd);
  }

  @Test
  void recordsThatCannotBeATransactionAreRefused() {
    Instant at = TRANSFER.createdAt();
    List<Entry> entries = TRANSFER.entries();
    assertThatThrownBy(
            () -> new TransactionLogRecord("t", "TRANSFER", 0, "USD", entries, null, null, at))
        .hasMessageContaining("amount");
    assertThatThrownBy(
            () -> new TransactionLogRecord("t", "TRANSFER", 1, "usd", entries, null, null, at))
        .hasMessageContaining("currency");
    assertThatThrownBy(
            () ->
                new TransactionLogRecord(
                    "t", "TRANSFER", 1, "USD", List.of(entries.get(0)), null, null, at))
        .hasMessageContaining("two ledger entries");
    assertThatThrownBy(() -> new Entry("w-1", "funding", 5)).hasMessageContaining("exactly one");
    assertThatThrownBy(() -> new Entry(null, null, 5)).hasMessageContaining("exactly one");
  }
}
