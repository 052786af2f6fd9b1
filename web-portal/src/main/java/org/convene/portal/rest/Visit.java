package org.convene.portal.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.convene.portal.service.LanguageChoice;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;

/**
 * The visitor's request as the pages need it: the language (LanguageChoice), the words in it, and the links that
 * switch language on the same page. Templates reach it as {inject:visit}.
 */
@Named("visit")
@RequestScoped
public class Visit {

    static final String LANGUAGE_COOKIE = "lang";
    static final long ONE_YEAR = 365L * 24 * 3600;

    @Inject
    CurrentVertxRequest current;

    private String lang;

    public String lang() {
        if (lang == null) {
            HttpServerRequest request = current.getCurrent().request();
            Cookie cookie = request.getCookie(LANGUAGE_COOKIE);
            lang = LanguageChoice.choose(request.getParam("lang"), cookie == null ? null : cookie.getValue(),
                    request.getHeader("Accept-Language"));
        }
        return lang;
    }

    /** The language asked for with ?lang=, remembered in a cookie for the next pages (and forms' answers). */
    void rememberAskedLanguage() {
        String asked = LanguageChoice.supported(current.getCurrent().request().getParam("lang"));
        if (asked != null) {
            current.getCurrent().response().addCookie(Cookie.cookie(LANGUAGE_COOKIE, asked).setPath("/")
                    .setMaxAge(ONE_YEAR).setHttpOnly(true).setSameSite(CookieSameSite.LAX));
        }
    }

    public Locale locale() {
        return Locale.forLanguageTag(lang());
    }

    public Messages messages() {
        return messagesIn(lang());
    }

    static Messages messagesIn(String lang) {
        return LanguageChoice.DEFAULT.equals(lang) ? MessageBundles.get(Messages.class)
                : MessageBundles.get(Messages.class, Localized.Literal.of(lang));
    }

    /** This page (path and query) in another language. */
    public String switchTo(String language) {
        HttpServerRequest request = current.getCurrent().request();
        StringJoiner query = new StringJoiner("&", request.path() + "?", "");
        for (Map.Entry<String, String> parameter : request.params()) {
            if (!parameter.getKey().equals("lang")) {
                query.add(encode(parameter.getKey()) + "=" + encode(parameter.getValue()));
            }
        }
        query.add("lang=" + encode(language));
        return query.toString();
    }

    /** The page in the visitor's language. */
    public TemplateInstance page(TemplateInstance page) {
        return page.setLocale(locale());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
