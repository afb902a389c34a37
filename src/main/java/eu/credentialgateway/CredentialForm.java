package eu.credentialgateway;


/**
 * One form a sealed credential comes in (a Spring bean): JAdES JSON around EDC JSON-LD
 * ({@code edc-jades}, in package seal) today; a JWT for EBSI or an Open Badges 3.0 proof plug in as
 * further beans. The verifier asks each form whether it recognises the document, then lets the
 * first that does check the seal and hand out the credential inside.
 */
public interface CredentialForm {
    /** The form's id, as in the report, e.g. {@code edc-jades}. */
    String id();

    /** Whether {@code document} is in this form (cheap: a look at its shape, not a verification). */
    boolean recognises(String document);

    /**
     * Checks the seal(s) of {@code document} and returns them with the credential they cover. A seal
     * that does not verify is reported in the result, not thrown.
     *
     * @throws IllegalArgumentException when the document is not readable in this form after all
     */
    OpenedCredential open(String document);
}
