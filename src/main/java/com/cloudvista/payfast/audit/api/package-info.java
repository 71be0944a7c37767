/** The admin audit endpoint, GET /api/v1/admin/audit. */
package com.cloudvista.payfast.audit.api;
