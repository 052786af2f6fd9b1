package org.convene.directory.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.convene.platform.rest.PageRequest;

/**
 * Builds the native SQL of a filtered keyset page. Text search uses {@code search_key(column)} (lower case, accents
 * removed; see V2__organisations_and_search.sql) so that the trigram GIN indexes on those expressions apply.
 */
public final class SearchSql {

    private final String table;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new TreeMap<>();

    public SearchSql(String table) {
        this.table = table;
    }

    public SearchSql equal(String column, String parameter, Object value) {
        if (value != null) {
            conditions.add(column + " = :" + parameter);
            parameters.put(parameter, value);
        }
        return this;
    }

    public SearchSql equalIgnoringCase(String column, String parameter, String value) {
        if (value != null) {
            conditions.add("lower(" + column + ") = lower(:" + parameter + ")");
            parameters.put(parameter, value);
        }
        return this;
    }

    /** {@code q} is found anywhere in any of the columns, ignoring case and accents. */
    public SearchSql contains(String q, String... columns) {
        if (q != null) {
            List<String> any = new ArrayList<>();
            for (String column : columns) {
                any.add(matches(column));
            }
            conditions.add("(" + String.join(" or ", any) + ")");
            parameters.put("q", escapeLike(q));
        }
        return this;
    }

    /** The SQL condition of a text match on one column, with the search term as {@code :q}. */
    public static String matches(String column) {
        return "search_key(" + column + ") like '%' || search_key(:q) || '%' escape '\\'";
    }

    public static String escapeLike(String q) {
        return q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public String sql(int limit) {
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return "select * from " + table + where + " order by id limit " + limit;
    }

    @SuppressWarnings("unchecked")
    public <T> List<T> list(EntityManager em, Class<T> type, PageRequest page) {
        if (page.after() != null) {
            conditions.add("id > :after");
            parameters.put("after", page.after());
        }
        Query query = em.createNativeQuery(sql(page.fetchSize()), type);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }
}
