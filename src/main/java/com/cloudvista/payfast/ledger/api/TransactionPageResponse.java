package com.cloudvista.payfast.ledger.api;

import jakarta.annotation.Nullable;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/**
 * A page of transactions, newest first; pass {@code nextCursor} as {@code cursor} for the next one.
 */
@JsonbNillable
public record TransactionPageResponse(
    List<TransactionResponse> data, @Nullable String nextCursor) {}
