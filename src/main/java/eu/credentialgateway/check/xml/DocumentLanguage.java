package eu.credentialgateway.check.xml;

import eu.credentialgateway.check.DeclaredLanguage;
import eu.credentialgateway.check.FormatCheck;

/**
 * The language an XML document declares, gathered while its check walks it in document order; it becomes the
 * credential's primary language ({@link FormatCheck.Result#language()}). A statement of the document's language (the
 * text of an element the adapter names in {@code xml.language-elements}, EDC 1.x {@code primaryLanguage}) wins, because
 * it says outright which language the document is in; else the first language attribute ({@code xml:lang}, or one the
 * adapter names in {@code xml.language-attributes}, EDC 1.x {@code lang}): the language the document writes first,
 * the rule JSON documents follow too (the first declaration in the body). Only {@link DeclaredLanguage}s count, so a
 * typo is no language; nothing declared is {@code und}.
 */
public final class DocumentLanguage {
    private String stated;
    private String first;

    /** An element's text that states the document's language; the first valid one counts. */
    public void stated(String raw) {
        if (stated == null) {
            stated = DeclaredLanguage.of(raw);
        }
    }

    /** A language attribute's value met in document order; the first valid one counts. */
    public void declared(String raw) {
        if (first == null) {
            first = DeclaredLanguage.of(raw);
        }
    }

    /** The stated language, else the first declared, else {@code und}. */
    public String language() {
        return stated != null ? stated : first != null ? first : DeclaredLanguage.UNDETERMINED;
    }
}
