package com.cloudvista.payfast.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * The short, fixed-schedule fault run of every build (issue 21): two instances behind a balancer on
 * private PostgreSQL, Redis and S3Proxy; one kill -9, one database crash restart, one Redis and one
 * S3 outage and a slowed database link under a concurrent money workload; then every invariant of
 * {@link Checker}. It uses none of the IT server's ports or services (see docs/faults.md); the full
 * run is {@code faults/run.sh DURATION}.
 */
// Not in the build's second, Redis-less pass (its includes leave this package out; with -Dit.test
// they do not apply, so the pass's own property says it): one run per build.
@DisabledIfSystemProperty(named = "it.redis.mode", matches = "unreachable")
class FaultInjectionIT {

  @Test
  void moneySurvivesTheFaults() throws Exception {
    Path target = Path.of(System.getProperty("project.basedir", ".")).resolve("target");
    FaultRun run = new FaultRun(FaultRun.shortRun(), target).run();
    assertThat(run.results.values())
        .allSatisfy(
            result ->
                assertThat(result.pass()).as(result.invariant() + ": " + result.detail()).isTrue());
  }
}
