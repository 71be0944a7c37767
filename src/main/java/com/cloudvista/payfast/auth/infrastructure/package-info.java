/** Adapters of the Auth context: the local issuer, the Cognito adapter and the JDBC stores. */
package com.cloudvista.payfast.auth.infrastructure;
