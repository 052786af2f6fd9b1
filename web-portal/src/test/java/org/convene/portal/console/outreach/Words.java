package org.convene.portal.console.outreach;

import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.stream.Collectors;

/** OutreachMessages without Quarkus: each message is its key, with its arguments ("error_refused(bad)"). */
final class Words {

    private Words() {
    }

    static OutreachMessages keys() {
        return (OutreachMessages) Proxy.newProxyInstance(Words.class.getClassLoader(),
                new Class<?>[] {OutreachMessages.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.invoke(Words.class, args);
                    }
                    return args == null ? method.getName() : method.getName() + "("
                            + Arrays.stream(args).map(String::valueOf).collect(Collectors.joining(", ")) + ")";
                });
    }
}
