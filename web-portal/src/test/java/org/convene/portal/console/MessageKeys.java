package org.convene.portal.console;

import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A message bundle without Quarkus, for a pure unit test: each message is its key, with its arguments: person_legend(2). */
public final class MessageKeys {

    private MessageKeys() {
    }

    public static <T> T of(Class<T> bundle) {
        return bundle.cast(Proxy.newProxyInstance(bundle.getClassLoader(), new Class<?>[] {bundle},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "equals" -> proxy == args[0];
                            case "hashCode" -> System.identityHashCode(proxy);
                            default -> bundle.getSimpleName() + " as keys";
                        };
                    }
                    return args == null || args.length == 0 ? method.getName()
                            : method.getName() + "(" + Arrays.stream(args).map(String::valueOf)
                                    .collect(Collectors.joining(", ")) + ")";
                }));
    }
}
