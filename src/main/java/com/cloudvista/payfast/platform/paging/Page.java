package com.cloudvista.payfast.platform.paging;

import java.util.List;

/** One page of a keyset listing; {@code nextCursor} null on the last page. */
public record Page<T>(List<T> data, String nextCursor) {}
