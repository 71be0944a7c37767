/** The PostgreSQL outbox, the S3 shipper, its schedule, metrics and health data. */
package com.cloudvista.payfast.audit.infrastructure;
