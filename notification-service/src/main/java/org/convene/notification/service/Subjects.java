package org.convene.notification.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.convene.notification.domain.NotificationType;

import com.fasterxml.jackson.databind.JsonNode;

/** Subject lines, per type and language (English and Bengali). */
@ApplicationScoped
public class Subjects {

    public String of(NotificationType type, String language, JsonNode payload) {
        String title = payload.path("workshop").path("title").asText("");
        boolean bn = "bn".equals(language);
        return switch (type) {
            case CONFIRMATION -> (bn ? "আপনার নিবন্ধন নিশ্চিত: " : "You are registered: ") + title;
            case WAITLISTED -> (bn ? "অপেক্ষমাণ তালিকায় (" + payload.path("waitlistPosition").asInt() + "): "
                    : "On the waitlist (position " + payload.path("waitlistPosition").asInt() + "): ") + title;
            case PROMOTED -> (bn ? "আসন পাওয়া গেছে: " : "A seat opened up, you are in: ") + title;
            case CANCELLED -> (bn ? "আপনার নিবন্ধন বাতিল হয়েছে: " : "Your registration is cancelled: ") + title;
            case WORKSHOP_UPDATED -> (bn ? "কর্মশালার পরিবর্তন: " : "Workshop updated: ") + title;
            case WORKSHOP_CANCELLED -> (bn ? "কর্মশালা বাতিল: " : "Workshop cancelled: ") + title;
            case APPLICATION_RECEIVED -> (bn ? "আপনার আবেদন পেয়েছি: " : "We received your application: ") + title;
            case APPLICATION_REJECTED -> (bn ? "আপনার আবেদন সম্পর্কে: " : "About your application: ") + title;
            case TRANSFER_RECEIVED -> (bn ? "একটি আসন এখন আপনার: " : "A place is now yours: ") + title;
            case TRANSFER_SENT -> (bn ? "আপনার আসন হস্তান্তরিত হয়েছে: " : "Your place was passed on: ") + title;
            case INVITATION -> (bn ? "আপনি আমন্ত্রিত: " : "You are invited: ") + title;
            case INVITATION_REMINDER -> (bn ? "আপনার উত্তরের অপেক্ষায়: " : "Your invitation is waiting: ") + title;
            case REMINDER -> (bn ? "স্মরণ করিয়ে দেওয়া: " : "Reminder: ") + title;
            case ANNOUNCEMENT -> payload.path("subject").asText(title);
            case WEBHOOK_DISABLED -> (bn ? "ওয়েবহুক বন্ধ করা হয়েছে: " : "Webhook disabled: ")
                    + payload.path("webhook").path("url").asText("");
        };
    }
}
