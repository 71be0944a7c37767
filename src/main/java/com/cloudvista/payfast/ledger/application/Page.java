package com.cloudvista.payfast.ledger.application;

import java.util.List;

/** One page of a keyset listing; {@code nextCursor} null on the last page. */
public record Page<T>(List<T> data, String nextCursor) {}
