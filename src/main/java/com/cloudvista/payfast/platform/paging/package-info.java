/** Opaque, tamper-evident keyset cursors for every paged listing. */
package com.cloudvista.payfast.platform.paging;
