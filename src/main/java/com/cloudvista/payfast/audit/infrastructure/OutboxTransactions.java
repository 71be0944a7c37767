package com.cloudvista.payfast.audit.infrastructure;

import java.util.function.Function;

/**
 * How the shipper gets its transactions: each call runs {@code work} in a new transaction of its
 * own, committed when it returns and rolled back when it throws. In the server that is a JTA
 * transaction on the persistence unit {@code payfast} ({@link JpaOutbox}).
 */
public interface OutboxTransactions {

  <T> T inNewTransaction(Function<OutboxQueries, T> work);
}
