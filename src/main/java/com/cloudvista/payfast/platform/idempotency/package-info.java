/** Exactly-once money-moving POSTs: the Idempotency-Key header (IETF draft, Stripe semantics). */
package com.cloudvista.payfast.platform.idempotency;
