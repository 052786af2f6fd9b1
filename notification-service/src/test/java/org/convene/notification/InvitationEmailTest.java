package org.convene.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.convene.notification.repository.MemberRepository;
import org.convene.testkit.ConveneTestResources;
import org.convene.testkit.Contracts;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** invitation.created: one invitation email with accept and decline links, in the invitee's language, once. */
@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "notification"), @ResourceArg(name = "mail", value = "true")})
class InvitationEmailTest {

    private static final String TOPIC = "registration.invitations.v1";

    @Inject
    MemberRepository members;

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
        String key = data.get("workshopId").asText();
        String subject = data.get("invitationId").asText();
        String eventId = UUID.randomUUID().toString();
        TestEvents.publish(TOPIC, key, "convene.invitation.created.v1", subject, TestEvents.bytes(data), eventId);
        TestEvents.publish(TOPIC, key, "convene.invitation.created.v1", subject, TestEvents.bytes(data), eventId);
    }
}
