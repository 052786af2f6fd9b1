package org.convene.registration.service;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The directory's public city API; asked only when the replica has not caught up (configKey {@code directory}). */
@RegisterRestClient(configKey = "directory")
@Path("/api/v1/cities")
public interface DirectoryClient {

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    DirectoryCity city(@PathParam("id") UUID id);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DirectoryCity(UUID id, String name, String countryCode, String region) {
    }
}
