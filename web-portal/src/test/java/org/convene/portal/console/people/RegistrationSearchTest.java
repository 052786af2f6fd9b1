package org.convene.portal.console.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.convene.portal.client.Page;
import org.junit.jupiter.api.Test;

/** The registrations table: what the API filters, what the page filters (bounded), and where the next page starts. */
class RegistrationSearchTest {

    static final UUID DHAKA = UUID.randomUUID();
    static final UUID KOLKATA = UUID.randomUUID();

    /** An API of n registrations, every third in Dhaka; cursors are the index of the next row. */
    static final class FakeApi implements RegistrationSearch.Fetch {
        final List<PeopleModel.Person> all = new ArrayList<>();
        final List<Integer> limits = new ArrayList<>();

        FakeApi(int n) {
            for (int i = 0; i < n; i++) {
                all.add(person("Person " + i, "p" + i + "@example.org", i % 3 == 0 ? DHAKA : KOLKATA));
            }
        }

        @Override
        public Page<PeopleModel.Person> page(String cursor, int limit) {
            limits.add(limit);
            int from = cursor == null ? 0 : Integer.parseInt(cursor);
            int to = Math.min(all.size(), from + limit);
            return new Page<>(all.subList(from, to), to < all.size() ? String.valueOf(to) : null);
        }
    }

    static PeopleModel.Person person(String name, String email, UUID city) {
        return new PeopleModel.Person(UUID.randomUUID(), UUID.randomUUID(), "CONFIRMED", null, name, email, city,
                null, null, Map.of(), null, null, null, null, null, false, null);
    }

    @Test
    void withoutFiltersOfThePageItIsOneApiPage() {
        FakeApi api = new FakeApi(120);
        RegistrationSearch.Result result = RegistrationSearch.search(api, null, null, " ");
        assertEquals(List.of(RegistrationSearch.SHOWN), api.limits);
        assertEquals(RegistrationSearch.SHOWN, result.rows().size());
        assertEquals("50", result.next());
        assertFalse(result.cutShort());
    }

    @Test
    void aCityIsFilteredHereOverWholeApiPagesUntilEnoughMatch() {
        FakeApi api = new FakeApi(500);
        RegistrationSearch.Result result = RegistrationSearch.search(api, null, DHAKA, null);
        // 200 rows give 67 in Dhaka: one API page of the largest size is enough
        assertEquals(List.of(RegistrationSearch.READ), api.limits);
        assertEquals(67, result.rows().size());
        assertTrue(result.rows().stream().allMatch(p -> DHAKA.equals(p.cityId())));
        assertEquals("200", result.next(), "the next page starts after the last API page read, nothing skipped");

        RegistrationSearch.Result second = RegistrationSearch.search(api, result.next(), DHAKA, null);
        assertEquals("Person 201", second.rows().get(0).fullName());
    }

    @Test
    void aSearchReadsNoMoreThanTheBudgetAndSaysSo() {
        FakeApi api = new FakeApi(5000);
        RegistrationSearch.Result result = RegistrationSearch.search(api, null, null, "nobody by that name");
        assertEquals(RegistrationSearch.BUDGET / RegistrationSearch.READ, api.limits.size());
        assertEquals(RegistrationSearch.BUDGET, result.read());
        assertTrue(result.rows().isEmpty());
        assertTrue(result.cutShort());
        assertEquals(String.valueOf(RegistrationSearch.BUDGET), result.next());
    }

    @Test
    void theLastPageEndsTheSearch() {
        FakeApi api = new FakeApi(30);
        RegistrationSearch.Result result = RegistrationSearch.search(api, null, null, "p2");
        assertEquals(List.of("Person 2", "Person 20", "Person 21", "Person 22", "Person 23", "Person 24",
                "Person 25", "Person 26", "Person 27", "Person 28", "Person 29"),
                result.rows().stream().map(PeopleModel.Person::fullName).toList());
        assertNull(result.next());
        assertFalse(result.cutShort());
    }

    @Test
    void nameAndEmailAreSearchedIgnoringCaseAndLatinAccents() {
        var filter = RegistrationSearch.filter(null, "JOSÉ");
        assertTrue(filter.test(person("José Ramos", "jr@example.org", null)));
        assertTrue(filter.test(person("Maria", "jose.m@example.org", null)));
        assertFalse(filter.test(person("Maria", "m@example.org", null)));
        var bengali = RegistrationSearch.filter(null, "অনিন্দিতা");
        assertTrue(bengali.test(person("অনিন্দিতা সেন", "a@kmc.example", null)));
        assertFalse(bengali.test(person("অনিমা সেন", "b@kmc.example", null)));
        var both = RegistrationSearch.filter(KOLKATA, "sen");
        assertTrue(both.test(person("Anindita Sen", "a@kmc.example", KOLKATA)));
        assertFalse(both.test(person("Anindita Sen", "a@kmc.example", DHAKA)));
        assertNull(RegistrationSearch.filter(null, ""));
    }
}
