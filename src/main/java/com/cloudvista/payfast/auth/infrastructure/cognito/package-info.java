/** The cognito provider: an Amazon Cognito user pool through AWS SDK v2. */
package com.cloudvista.payfast.auth.infrastructure.cognito;
