package org.convene.notification.service;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.notification.domain.Member;
import org.convene.notification.repository.MemberRepository;

/** Picks the email language: the member's preferredLanguage when we have templates for it, else English. */
@ApplicationScoped
public class Languages {

    public static final String DEFAULT = "en";
    public static final Set<String> SUPPORTED = Set.of("en", "bn");

    @Inject
    MemberRepository members;

    public String of(UUID memberId, String email) {
        Member member = memberId == null ? null : members.findById(memberId);
        if (member == null && email != null) {
            member = members.byEmail(email);
        }
        return member == null ? DEFAULT : supported(member.preferredLanguage);
    }

    /** "bn", "bn-BD", "BN_IN" all give "bn"; anything without templates gives "en". */
    public static String supported(String preferredLanguage) {
        if (preferredLanguage == null || preferredLanguage.isBlank()) {
            return DEFAULT;
        }
        String primary = preferredLanguage.trim().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return SUPPORTED.contains(primary) ? primary : DEFAULT;
    }
}
