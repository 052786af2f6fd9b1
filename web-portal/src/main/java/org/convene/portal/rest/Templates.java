package org.convene.portal.rest;

import java.util.List;

import org.convene.portal.client.City;
import org.convene.portal.client.Invitation;
import org.convene.portal.client.Preferences;
import org.convene.portal.client.Registration;
import org.convene.portal.client.SignUp;
import org.convene.portal.client.Workshop;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The pages (src/main/resources/templates/*.html), each included in layout.html; checked at build time. */
@CheckedTemplate
public final class Templates {

    private Templates() {
    }

    public static native TemplateInstance workshops(List<Workshop> workshops);

    public static native TemplateInstance workshop(Workshop workshop, List<City> cities, SignUpForm form,
            FormErrors errors, List<FormErrors.Line> summary, List<QuestionFields.Field> questions);

    public static native TemplateInstance signedUp(Workshop workshop, SignUp signUp, String email, String manageUrl);

    public static native TemplateInstance registration(Registration registration, Workshop workshop,
            List<QuestionFields.Line> answers, boolean saved, String cancelUrl, String changeUrl, String transferUrl,
            String calendarUrl);

    public static native TemplateInstance change(Registration registration, Workshop workshop, String token,
            String version, ChangeForm form, FormErrors errors, List<FormErrors.Line> summary,
            List<QuestionFields.Field> questions, String backUrl);

    public static native TemplateInstance transfer(Registration registration, Workshop workshop, String token,
            String fullName, String email, FormErrors errors, List<FormErrors.Line> summary, String backUrl);

    public static native TemplateInstance transferred(Registration registration, Workshop workshop);

    public static native TemplateInstance cancel(Registration registration, Workshop workshop, String token,
            String backUrl);

    public static native TemplateInstance preferences(Preferences preferences, String token, boolean saved,
            String unsubscribeUrl);

    public static native TemplateInstance unsubscribe(Preferences preferences, String token, String preferencesUrl);

    public static native TemplateInstance invitation(Invitation invitation, Workshop workshop, String token,
            boolean declineFirst, String reason, String error, List<QuestionFields.Field> questions, boolean listed,
            List<FormErrors.Line> summary);

    public static native TemplateInstance problem(String title, String text);
}
