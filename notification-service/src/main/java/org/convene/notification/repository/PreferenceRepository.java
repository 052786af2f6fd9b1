package org.convene.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;

import org.convene.notification.domain.Preference;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PreferenceRepository implements PanacheRepositoryBase<Preference, String> {
}
