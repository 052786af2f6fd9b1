package org.convene.portal.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The console frame's pages (templates/console/*.html), each included in console/layout.html. */
@CheckedTemplate(basePath = "console")
public final class ConsoleTemplates {

    private ConsoleTemplates() {
    }

    public static native TemplateInstance home();

    public static native TemplateInstance message(String title, String text);
}
