package org.convene.registration.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A city as the directory last told us (directory.cities.v1). */
@Entity
@Table(name = "city_replica")
public class CityReplica {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "country_code", nullable = false)
    public String countryCode;

    public String region;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
