package bench.reference;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Serves ConstantResource at /bench-reference/constant (context root = the WAR's name). */
@ApplicationPath("/")
public class ReferenceApplication extends Application {}
