package org.convene.portal.console.people;

import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The people pages' words for a pure unit test: each message is its key, with its arguments: person_legend(2). */
final class Words {

    private Words() {
    }

    static PeopleMessages keys() {
        return (PeopleMessages) Proxy.newProxyInstance(PeopleMessages.class.getClassLoader(),
                new Class<?>[] {PeopleMessages.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.getName().equals("toString") ? "Words" : null;
                    }
                    return args == null || args.length == 0 ? method.getName()
                            : method.getName() + "(" + Arrays.stream(args).map(String::valueOf)
                                    .collect(Collectors.joining(", ")) + ")";
                });
    }
}
