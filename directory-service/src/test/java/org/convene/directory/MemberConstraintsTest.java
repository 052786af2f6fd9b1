package org.convene.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.convene.directory.rest.MemberRequest;
import org.convene.directory.service.MemberDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

/**
 * A member is checked twice with the same rules: an HTTP body as the API's MemberRequest (whose constraints the
 * OpenAPI document shows), a CSV import line as the service's MemberDetails. They must not drift apart.
 */
class MemberConstraintsTest {

    @Test
    void requestAndDetailsHaveTheSameFieldsAndConstraints() throws NoSuchFieldException {
        assertEquals(constraints(MemberRequest.class), constraints(MemberDetails.class));
    }

    private static Map<String, String> constraints(Class<? extends Record> type) throws NoSuchFieldException {
        Map<String, String> byField = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            byField.put(component.getName() + ": " + component.getType().getName(),
                    Arrays.stream(type.getDeclaredField(component.getName()).getAnnotations())
                            .filter(a -> a.annotationType() != Schema.class)
                            .map(Annotation::toString).sorted().toList().toString());
        }
        return byField;
    }
}
