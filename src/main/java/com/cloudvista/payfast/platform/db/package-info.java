/** PostgreSQL: choosing the database at start-up, creating it when missing, Flyway migrations. */
package com.cloudvista.payfast.platform.db;
