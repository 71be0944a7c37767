/** S3 (AWS SDK v2): the one client, buckets, and the embedded S3Proxy used in development. */
package com.cloudvista.payfast.platform.storage;
