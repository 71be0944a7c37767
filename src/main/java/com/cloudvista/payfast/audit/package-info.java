/**
 * The transaction log: a transactional outbox written with each ledger transaction and shipped to
 * S3.
 */
package com.cloudvista.payfast.audit;
