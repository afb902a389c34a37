package eu.credentialgateway;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The names enum constants go by in the database, in JSON and in routes: lower case, words joined by a
 * dash ({@code GIVEN_UP} is {@code given-up}). One place, so every enum spells and reads them alike.
 */
public final class KebabNames {
    private KebabNames() {
    }

    /** {@code FAILED_RETRYING} gives {@code failed-retrying}. */
    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant of {@code type} named {@code id} (case and surrounding blanks ignored), if any. */
    public static <E extends Enum<E>> Optional<E> find(Class<E> type, String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.strip();
        return Arrays.stream(type.getEnumConstants()).filter(c -> of(c).equalsIgnoreCase(wanted)).findFirst();
    }

    /** The constant named {@code id}, or IllegalArgumentException listing the names {@code type} has. */
    public static <E extends Enum<E>> E parse(Class<E> type, String what, String id) {
        return find(type, id).orElseThrow(() -> new IllegalArgumentException("unknown " + what + ": expected one of "
                + Arrays.stream(type.getEnumConstants()).map(KebabNames::of).collect(Collectors.joining(", "))));
    }
}
