/** Cross-cutting plumbing shared by every API: errors, request ids, backing services, health. */
package com.cloudvista.payfast.platform;
