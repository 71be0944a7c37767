/** JAX-RS resources and DTO records of the Transaction API under /api/v1. */
package com.cloudvista.payfast.ledger.api;
