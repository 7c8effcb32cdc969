package co.athena.documents.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** tenancy-service, on the caller's token: the caller's school's settings. */
@RegisterRestClient(configKey = "tenancy")
@Path("/api/v1/school/settings")
public interface TenancyClient {

    @GET
    Uni<SettingsView> settings(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    /** What documents need from the settings: which documents are required, and the consent text's version. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SettingsView(List<String> requiredDocuments, int habeasDataVersion) {
    }
}
