package com.cloudvista.payfast.ledger.api;

import jakarta.annotation.Nullable;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

@JsonbNillable
public record StatementPageResponse(
    List<StatementLineResponse> data, @Nullable String nextCursor) {}
