package org.convene.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;

import org.convene.notification.domain.NotificationType;
import org.convene.notification.messaging.EventPayloads;
import org.convene.notification.repository.MemberRepository;
import org.convene.notification.service.InvitationNotifications;
import org.convene.notification.service.Preferences;
import org.convene.testkit.ConveneTestResources;
import org.convene.testkit.Contracts;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * invitation.created: one invitation email with accept and decline links, in the invitee's language, once;
 * invitation.reminder-due: one reminder; an answer or a revocation stops those not yet sent.
 */
@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "notification"), @ResourceArg(name = "mail", value = "true")})
class InvitationEmailTest {

    private static final String TOPIC = "registration.invitations.v1";

    @Inject
    MemberRepository members;

    @Inject
    InvitationNotifications invitations;

    @Inject
    Preferences preferences;

    @Inject
    EntityManager em;

    @Test
    void theInvitationIsEmailedOnceWithItsLinks() throws Exception {
        String email = TestEvents.uniqueEmail("amina");
        ObjectNode created = created(email, null, "tok-amina");
        String id = created.get("invitationId").asText();
        publishTwice(created);
        MimeMessage message = Mailbox.await(email, 1, Duration.ofSeconds(30)).get(0);
        assertEquals("You are invited: Heat resilience for frontline practitioners", message.getSubject());
        String text = Mailbox.part(message, "text/plain");
        assertTrue(text.contains("/invitations/" + id + "?token=tok-amina&answer=accept")
                && text.contains("/invitations/" + id + "?token=tok-amina&answer=decline"), text);
        assertTrue(Mailbox.part(message, "text/html").contains("&amp;answer=decline"));
        // The answers are no emails of their own.
        for (String type : new String[] {"accepted", "declined", "revoked"}) {
            ObjectNode answer = (ObjectNode) TestEvents.MAPPER.readTree(
                    Contracts.example("convene.invitation." + type + ".v1"));
            answer.put("invitationId", id);
            answer.put("email", email);
            TestEvents.publish(TOPIC, answer.get("workshopId").asText(), "convene.invitation." + type + ".v1", id,
                    TestEvents.bytes(answer));
        }
        assertEquals(1, Mailbox.settle(email, Duration.ofSeconds(2)).size(), "a redelivery sends nothing more");
    }

    @Test
    void aBengaliMemberIsInvitedInBengali() throws Exception {
        UUID memberId = UUID.randomUUID();
        String email = TestEvents.uniqueEmail("anindita-inv");
        ObjectNode member = (ObjectNode) TestEvents.MAPPER.readTree(Contracts.example("convene.member.created.v1"));
        member.put("id", memberId.toString());
        member.put("email", email);
        member.put("preferredLanguage", "bn");
        TestEvents.publish("directory.members.v1", memberId.toString(), "convene.member.created.v1",
                memberId.toString(), TestEvents.bytes(member));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!known(email) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(known(email), "the member replica caught up");
        publishTwice(created(email, memberId, "tok-anindita"));
        MimeMessage message = Mailbox.await(email, 1, Duration.ofSeconds(30)).get(0);
        assertEquals("আপনি আমন্ত্রিত: Heat resilience for frontline practitioners", message.getSubject());
        assertTrue(Mailbox.part(message, "text/plain").contains("গ্রহণ করুন:"));
        assertEquals(1, Mailbox.settle(email, Duration.ofSeconds(2)).size());
    }

    @Test
    void theReminderOfAnUnansweredInvitationIsEmailedOnceAndCanBeTurnedOff() throws Exception {
        String email = TestEvents.uniqueEmail("rem-amina");
        ObjectNode due = created(email, null, "tok-rem-amina");
        String id = due.get("invitationId").asText();
        Contracts.assertValid("convene.invitation.reminder-due.v1", TestEvents.bytes(due));
        publishTwice(due, "convene.invitation.reminder-due.v1");
        MimeMessage message = Mailbox.await(email, 1, Duration.ofSeconds(30)).get(0);
        assertEquals("Your invitation is waiting: Heat resilience for frontline practitioners", message.getSubject());
        String text = Mailbox.part(message, "text/plain");
        assertTrue(text.contains("not yet answered") && text.contains("/invitations/" + id
                + "?token=tok-rem-amina&answer=accept"), text);
        // Not essential: it carries the one-click unsubscribe, and respects the reminder preference.
        assertTrue(message.getHeader("List-Unsubscribe") != null);
        assertEquals(1, Mailbox.settle(email, Duration.ofSeconds(2)).size(), "a redelivery sends nothing more");

        String optedOut = TestEvents.uniqueEmail("rem-optout");
        QuarkusTransaction.requiringNew().run(() -> preferences.set(optedOut, false, true));
        ObjectNode dueToo = created(optedOut, null, "tok-rem-optout");
        publishTwice(dueToo, "convene.invitation.reminder-due.v1");
        assertEquals("OPTED_OUT", awaitSuppressed(dueToo.get("invitationId").asText()));
        assertEquals(0, Mailbox.settle(optedOut, Duration.ofSeconds(2)).size());
    }

    @Test
    void anAnswerOrARevocationStopsTheInvitationsEmailsNotYetSent() throws Exception {
        String revokedEmail = TestEvents.uniqueEmail("rev-lina");
        String otherEmail = TestEvents.uniqueEmail("rev-other");
        ObjectNode revoked = created(revokedEmail, null, "tok-rev-lina");
        ObjectNode other = created(otherEmail, null, "tok-rev-other");
        // Queued, then revoked before any sender took it (one transaction, so no sender can come between).
        QuarkusTransaction.requiringNew().run(() -> {
            invitations.invited(UUID.randomUUID().toString(), NotificationType.INVITATION, invited(revoked));
            invitations.invited(UUID.randomUUID().toString(), NotificationType.INVITATION_REMINDER, invited(revoked));
            invitations.invited(UUID.randomUUID().toString(), NotificationType.INVITATION, invited(other));
            assertEquals(2, invitations.settled(UUID.fromString(revoked.get("invitationId").asText()),
                    UUID.fromString(revoked.get("workshopId").asText())));
        });
        assertEquals(1, Mailbox.await(otherEmail, 1, Duration.ofSeconds(30)).size(), "another invitation still goes");
        assertEquals(0, Mailbox.settle(revokedEmail, Duration.ofSeconds(2)).size());
        assertEquals("SUPERSEDED", awaitSuppressed(revoked.get("invitationId").asText()));

        // Through the topic: an email already sent stays SENT when the answer arrives.
        TestEvents.publish(TOPIC, other.get("workshopId").asText(), "convene.invitation.declined.v1",
                other.get("invitationId").asText(), TestEvents.bytes(answer(other, "declined")));
        assertEquals(1, Mailbox.settle(otherEmail, Duration.ofSeconds(2)).size());
        assertEquals(List.of("SENT"), statuses(other.get("invitationId").asText()));
    }

    private static InvitationNotifications.Invited invited(ObjectNode data) {
        return new InvitationNotifications.Invited(UUID.fromString(data.get("invitationId").asText()),
                data.get("email").asText(), data.get("fullName").asText(), null, data.get("tokenSealed").asText(),
                EventPayloads.workshop(data.get("workshop")));
    }

    private static ObjectNode answer(ObjectNode invitation, String type) throws Exception {
        ObjectNode answer = (ObjectNode) TestEvents.MAPPER.readTree(
                Contracts.example("convene.invitation." + type + ".v1"));
        answer.put("invitationId", invitation.get("invitationId").asText());
        answer.put("workshopId", invitation.get("workshopId").asText());
        answer.put("email", invitation.get("email").asText());
        return answer;
    }

    /** The ledger's statuses (or suppression reasons) of an invitation's emails. */
    private List<String> statuses(String invitationId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select coalesce(suppressed_reason, status) from notification
                where cast(payload as jsonb) ->> 'invitationId' = ?1 order by type""", String.class)
                .setParameter(1, invitationId).getResultList());
    }

    private String awaitSuppressed(String invitationId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<String> statuses = statuses(invitationId);
        while ((statuses.isEmpty() || !statuses.stream().allMatch(statuses.get(0)::equals))
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
            statuses = statuses(invitationId);
        }
        assertTrue(!statuses.isEmpty() && statuses.stream().allMatch(statuses.get(0)::equals), statuses.toString());
        return statuses.get(0);
    }

    private boolean known(String email) {
        return QuarkusTransaction.requiringNew().call(() -> members.byEmail(email) != null);
    }

    /** The contract's example for a fresh invitation and recipient, its token sealed as registration-service does. */
    private static ObjectNode created(String email, UUID memberId, String token) throws Exception {
        ObjectNode data = (ObjectNode) TestEvents.MAPPER.readTree(Contracts.example("convene.invitation.created.v1"));
        data.put("invitationId", UUID.randomUUID().toString());
        data.put("email", email);
        if (memberId == null) {
            data.putNull("memberId");
        } else {
            data.put("memberId", memberId.toString());
        }
        data.put("tokenSealed", TestEvents.SECRETS.seal(token));
        ObjectNode workshop = (ObjectNode) data.get("workshop");
        workshop.put("startsAt", "2027-06-03T09:30:00+05:30");
        workshop.put("endsAt", "2027-06-04T17:00:00+05:30");
        Contracts.assertValid("convene.invitation.created.v1", TestEvents.bytes(data));
        return data;
    }

    private static void publishTwice(ObjectNode data) {
        publishTwice(data, "convene.invitation.created.v1");
    }

    private static void publishTwice(ObjectNode data, String type) {
        String key = data.get("workshopId").asText();
        String subject = data.get("invitationId").asText();
        String eventId = UUID.randomUUID().toString();
        TestEvents.publish(TOPIC, key, type, subject, TestEvents.bytes(data), eventId);
        TestEvents.publish(TOPIC, key, type, subject, TestEvents.bytes(data), eventId);
    }
}
