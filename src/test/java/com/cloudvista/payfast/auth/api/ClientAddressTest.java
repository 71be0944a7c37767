package com.cloudvista.payfast.auth.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientAddressTest {

  /**
   * What reaches a pod through CloudFront and the ALB: whatever the client put in X-Forwarded-For,
   * then the viewer address CloudFront appended, then the CloudFront address the ALB appended; the
   * TCP peer is the ALB.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
      CloudFront and ALB, nothing forged          | 198.51.100.7, 130.176.1.1                        | 2 | 198.51.100.7
      CloudFront and ALB, the client forges one   | 10.9.9.9, 198.51.100.7, 130.176.1.1              | 2 | 198.51.100.7
      CloudFront and ALB, the client forges many  | 1.1.1.1, 2.2.2.2,3.3.3.3, 198.51.100.7, 130.176.1.1 | 2 | 198.51.100.7
      ALB only                                    | 10.9.9.9, 198.51.100.7                           | 1 | 198.51.100.7
      fewer entries than proxies                  | 130.176.1.1                                      | 2 | 130.176.1.1
      no proxy trusted: the header is ignored     | 198.51.100.7, 130.176.1.1                        | 0 | 10.0.1.23
      no header                                   | null                                             | 2 | 10.0.1.23
      """)
  void theClientIsTheEntryTheFirstTrustedProxyWrote(
      String situation, String forwardedFor, int trustedProxies, String expected) {
    assertThat(ClientAddress.of(forwardedFor, "10.0.1.23", trustedProxies)).isEqualTo(expected);
  }
}
