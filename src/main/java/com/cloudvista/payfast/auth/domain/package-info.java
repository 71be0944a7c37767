/** Users, machine clients, scopes and the password policy of the Auth API. */
package com.cloudvista.payfast.auth.domain;
