package com.cloudvista.payfast.auth.infrastructure.cognito;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * Builds the SDK client: URL-connection HTTP (as for S3), the region, and an optional endpoint
 * override.
 */
public final class CognitoClients {

  private CognitoClients() {}

  public static CognitoIdentityProviderClient create(
      CognitoSettings settings, AwsCredentialsProvider credentials) {
    var builder =
        CognitoIdentityProviderClient.builder()
            .httpClientBuilder(UrlConnectionHttpClient.builder())
            .region(Region.of(settings.region()))
            .credentialsProvider(credentials);
    settings.endpoint().ifPresent(builder::endpointOverride);
    return builder.build();
  }

  /** The default chain: IRSA web identity on EKS, environment or profile elsewhere. */
  public static CognitoIdentityProviderClient create(CognitoSettings settings) {
    return create(settings, DefaultCredentialsProvider.builder().build());
  }
}
