package com.cloudvista.payfast.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.exceptions.JedisConnectionException;

class RedisPauseTest {

  private final AtomicLong now = new AtomicLong(1_000);
  private final RedisPause pause =
      new RedisPause("Test", "falling back", 5_000, Logger.getLogger("test"), now::get);

  @Test
  void aFailurePausesCallsForTheRetryIntervalOnly() {
    assertThat(pause.allowsCall()).isTrue();

    pause.failed(new JedisConnectionException("refused"));

    assertThat(pause.allowsCall()).isFalse();
    assertThat(pause.open()).isEqualTo(1);
    now.addAndGet(4_999);
    assertThat(pause.allowsCall()).isFalse();
    now.addAndGet(1);
    assertThat(pause.allowsCall()).isTrue();
    assertThat(pause.open()).isZero();
  }
}
