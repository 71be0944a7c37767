package com.cloudvista.payfast.testing;

import com.cloudvista.payfast.testing.clients.OAuthErrorException;
import com.cloudvista.payfast.testing.clients.ProblemException;
import java.util.List;
import org.apache.cxf.BusFactory;
import org.microshed.testing.ManuallyStartedConfiguration;

/**
 * MicroShed Testing's manually-started environment for the server the build started (the failsafe
 * configuration names it in {@code MICROSHED_TEST_ENV_CLASS} and sets {@code microshed_hostname},
 * {@code microshed_http_port} and {@code microshed_app_context_root}), with two changes: {@link
 * #start()} waits for the backing services and readiness like every other IT ({@link
 * TestEnvironment#start()}) and puts the contract check and the typed refusals on every REST client
 * MicroShed builds (CXF bus providers, so {@code @RESTClient} fields get them too); and
 * RestAssured's global settings stay as {@link TestEnvironment} made them, since the other ITs in
 * this JVM use them.
 */
public final class MicroShedEnvironment extends ManuallyStartedConfiguration {

  @Override
  public void start() {
    TestEnvironment environment = TestEnvironment.start();
    BusFactory.getDefaultBus()
        .setProperty(
            "org.apache.cxf.jaxrs.bus.providers",
            List.of(
                new ContractValidationClientFilter(environment.contract()),
                new ProblemException.Mapper(),
                new OAuthErrorException.Mapper()));
  }

  @Override
  public boolean configureRestAssured() {
    return false;
  }
}
