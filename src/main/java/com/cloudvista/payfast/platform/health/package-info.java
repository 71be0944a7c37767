/** MicroProfile Health checks: ready needs the database; Redis and S3 are reported, never fatal. */
package com.cloudvista.payfast.platform.health;
