package org.convene.directory.service;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.convene.directory.domain.Member;
import org.convene.platform.validation.Emails;
import org.convene.platform.validation.PlainText;

/**
 * The writable fields of a member, as the service takes them: what a create sets, a change replaces and a CSV line
 * of an import carries. The constraints are the member's rules, checked here on import lines (HTTP bodies are
 * checked on the API's own MemberRequest, which has the same constraints).
 */
public record MemberDetails(
        @NotBlank @Size(max = 200) @PlainText String fullName,
        @NotBlank @Email @Size(max = 254) @PlainText(joiners = false) String email,
        @NotNull UUID cityId,
        UUID organisationId,
        @Size(max = 200) @PlainText String title,
        @Size(max = 40) @Pattern(regexp = MemberDetails.PHONE_PATTERN, message = MemberDetails.PHONE_MESSAGE)
        String phone,
        @Size(max = 20) @Pattern(regexp = MemberDetails.LANGUAGE_PATTERN, message = MemberDetails.LANGUAGE_MESSAGE)
        String preferredLanguage) {

    public static final String PHONE_PATTERN = "^[+0-9 ()./-]*$";
    public static final String PHONE_MESSAGE = "may contain only digits, spaces and + ( ) . / -";
    public static final String LANGUAGE_PATTERN = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$";
    public static final String LANGUAGE_MESSAGE = "must be a BCP 47 language tag such as bn or en-GB";

    public MemberDetails {
        email = Emails.normalise(email);
    }

    public static MemberDetails of(Member member) {
        return new MemberDetails(member.fullName, member.email, member.cityId, member.organisationId, member.title,
                member.phone, member.preferredLanguage);
    }
}
