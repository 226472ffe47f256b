package org.accord.portal.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/** Filters kept in a page's link: written as query parameters, read back leniently (a bad value is no filter). */
public final class LinkParameters {

    private LinkParameters() {
    }

    /** Adds {@code value} under {@code name}, an enum by its name; nothing for null. */
    public static void put(Map<String, String> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value instanceof Enum<?> constant ? constant.name() : value.toString());
        }
    }

    public static Optional<String> single(QueryParameters link, String name) {
        return link.getSingleParameter(name).filter(value -> !value.isBlank());
    }

    public static Optional<Long> number(QueryParameters link, String name) {
        return single(link, name).flatMap(LinkParameters::number);
    }

    public static Optional<Long> number(String value) {
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** The constant of {@code type} named in the link, in any case. */
    public static <E extends Enum<E>> Optional<E> constant(Class<E> type, QueryParameters link, String name) {
        return single(link, name).flatMap(value -> Arrays.stream(type.getEnumConstants())
                .filter(candidate -> candidate.name().equalsIgnoreCase(value.strip())).findFirst());
    }
}
