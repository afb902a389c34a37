package eu.credentialgateway.align;

import java.util.Map;

/**
 * One ESCO skill as the compact file lists it: URI, ESCO status ({@code released}, or {@code removed}
 * for a v1.0 URI the v1.1.1 export no longer has) and its preferred label per language.
 */
public record EscoSkill(String uri, String status, Map<String, String> preferredLabels) {
    public static final String RELEASED = "released";

    public EscoSkill {
        preferredLabels = Map.copyOf(preferredLabels);
    }

    public boolean released() {
        return RELEASED.equals(status);
    }

    /** The preferred label in the language asked for, else the English one, else any. */
    public String label(String lang) {
        String l = lang == null ? null : preferredLabels.get(lang);
        if (l == null) {
            l = preferredLabels.get("en");
        }
        return l != null ? l : preferredLabels.values().stream().sorted().findFirst().orElse(uri);
    }
}
