package org.convene.notification.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.convene.notification.domain.Member;
import org.convene.notification.repository.MemberRepository;
import org.convene.notification.webhook.WebhookDeliveries;

/** The member replica, and what erasing a member means here. */
@ApplicationScoped
public class Members {

    public static final String ERASED_NAME = "(erased)";

    @Inject
    MemberRepository members;

    @Inject
    EntityManager em;

    @Inject
    ErasedAddresses erasedAddresses;

    @Inject
    WebhookDeliveries webhooks;

    @Transactional(Transactional.TxType.MANDATORY)
    public void upsert(UUID id, String email, String fullName, String preferredLanguage) {
        Member member = members.findById(id);
        boolean isNew = member == null;
        if (isNew) {
            member = new Member();
            member.id = id;
        }
        member.email = Ledger.normalise(email);
        member.fullName = fullName;
        member.preferredLanguage = preferredLanguage;
        if (isNew) {
            members.persist(member);
        }
    }

    /**
     * Anonymises everything this service holds about the member: ledger rows (recipient, name, rendered payload),
     * preferences, registrant rows, and the replica row itself. Rows that are still PENDING are suppressed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(UUID id) {
        Member member = members.findById(id);
        String email = member == null ? null : member.email;
        String placeholder = "erased-" + id + "@invalid";
        webhooks.forget(id, email);
        em.createNativeQuery("""
                update notification set recipient = ?1, recipient_name = null, payload = '{}',
                    status = case when status = 'PENDING' then 'SUPPRESSED' else status end,
                    suppressed_reason = case when status = 'PENDING' then 'ERASED' else suppressed_reason end,
                    next_attempt_at = null, last_error = null, failures = '[]'
                where recipient = ?2 or registration_id in (select registration_id from registrant where member_id = ?3)
                """).setParameter(1, placeholder).setParameter(2, email == null ? "" : email).setParameter(3, id)
                .executeUpdate();
        em.createNativeQuery("""
                update registrant set email = ?1, full_name = ?2, manage_token_sealed = null
                where member_id = ?3 or email = ?4""")
                .setParameter(1, placeholder).setParameter(2, ERASED_NAME).setParameter(3, id)
                .setParameter(4, email == null ? "" : email).executeUpdate();
        if (email != null) {
            em.createNativeQuery("delete from preference where email = ?1").setParameter(1, email).executeUpdate();
            erasedAddresses.mark(email);
        }
        members.deleteById(id);
    }
}
