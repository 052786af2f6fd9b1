package org.convene.registration.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.registration.repository.ReplicaRepository;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Is this a city of the network? The replica answers; for a workshop's host city only, a miss asks the directory
 * (2 s timeouts) and remembers the answer. Call outside a transaction: no lock is held while the directory answers.
 */
@ApplicationScoped
public class CityLookup {

    private static final Logger LOG = Logger.getLogger(CityLookup.class);

    @Inject
    ReplicaRepository replicas;

    @Inject
    @RestClient
    DirectoryClient directory;

    public boolean knownInReplica(UUID cityId) {
        return QuarkusTransaction.joiningExisting().call(() -> replicas.cityExists(cityId));
    }

    public boolean knownWithDirectoryFallback(UUID cityId) {
        if (knownInReplica(cityId)) {
            return true;
        }
        DirectoryClient.DirectoryCity city;
        try {
            city = directory.city(cityId);
        } catch (RuntimeException e) {
            // 404, timeout or the directory is down: the city cannot be confirmed.
            LOG.debugf("directory fallback for city %s: %s", cityId, e.toString());
            return false;
        }
        if (city == null || !cityId.equals(city.id()) || city.name() == null || city.countryCode() == null) {
            return false;
        }
        QuarkusTransaction.requiringNew().run(() -> replicas.upsertCity(city.id(), city.name(), city.countryCode(),
                city.region(), true));
        return true;
    }
}
