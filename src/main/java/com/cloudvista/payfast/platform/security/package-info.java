/** Who is calling: the verified access token's subject, groups and scopes. */
package com.cloudvista.payfast.platform.security;
