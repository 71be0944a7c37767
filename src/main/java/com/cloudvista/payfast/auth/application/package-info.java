/**
 * Auth use cases (sign-up, token grants, machine clients) over the configured identity provider.
 */
package com.cloudvista.payfast.auth.application;
