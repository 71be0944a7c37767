package bench.reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The benchmark's reference endpoint: the cheapest JAX-RS answer this Liberty can give (no CDI
 * beans, no JSON-B, no database), so the ratio to it shows what the application itself costs.
 */
@Path("/constant")
public class ConstantResource {

  private static final String BODY = "{\"status\":\"ok\",\"value\":42}";

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String constant() {
    return BODY;
  }
}
