package eu.credentialgateway;

/** Names of the Camel headers and exchange properties that carry an input's metadata between stages. */
public final class GatewayHeaders {
    /** Identifier of this input in the audit trail (a UUID, made at ingest). */
    public static final String INPUT_ID = "GatewayInputId";
    /** Adapter name, e.g. {@code elmo}; given by the route or the caller, or detected. */
    public static final String FORMAT = "GatewayFormat";
    /** SHA-256 of the original bytes, hex. */
    public static final String CONTENT_HASH = "GatewayContentHash";
    /** Deterministic credential id ({@code urn:uuid:...}), derived from format + content hash. */
    public static final String CREDENTIAL_ID = "GatewayCredentialId";
    /** Where the input came from: {@code inbox} or {@code http}. */
    public static final String SOURCE = "GatewaySource";
    /** The inbox file name, when the input came from a folder. */
    public static final String FILE_NAME = "GatewayFileName";
    /** Exchange property: the original bytes, kept for evidence and quarantine. */
    public static final String ORIGINAL = "GatewayOriginal";
    /** Exchange property: warnings (List of Finding) that did not stop the input. */
    public static final String NOTES = "GatewayNotes";
    /** Exchange property: the align stage's decisions (List of AlignmentDecision), stored on the receipt by the record stage. */
    public static final String ALIGNMENTS = "GatewayAlignments";
    /**
     * Exchange property: the language the document declares (a BCP 47 tag, {@code und} when it declares none), set by
     * the check stage when the format's check reads declarations; the map stage makes it the primary language.
     */
    public static final String DOCUMENT_LANGUAGE = "GatewayDocumentLanguage";
    /** Exchange property: the input id (UUID text) of an earlier conversion of the same content (inbox de-duplication). */
    public static final String DUPLICATE_OF = "GatewayDuplicateOf";
    /** Header: the id shared by every row split from one CSV/XLSX file (a batch). */
    public static final String BATCH_ID = "GatewayBatchId";
    /** Header: the 1-based number of the data row an exchange holds, when a file is split row by row. */
    public static final String ROW = "GatewayRow";
    /** Header: the column names (List of String) of a batch file's header line, known before any data row is read. */
    public static final String COLUMNS = "GatewayColumns";
    /** Header: the 1-based line (CSV) or sheet row (XLSX) of a batch file that holds its header. */
    public static final String COLUMNS_LINE = "GatewayColumnsLine";
    /**
     * Header: {@code true} when the sender said the batch file is an XLSX workbook ({@code ?format=xlsx}, the xlsx
     * inbox): it is read as one even without a zip signature, so a file that is none is refused as no workbook.
     */
    public static final String WORKBOOK = "GatewayWorkbook";
    /**
     * Header: the limit in bytes ({@code gateway.ingest.max-size}) a batch file went over while it was received; the
     * file then holds its first that many bytes, and {@code gateway:batchRows} refuses it ({@code too-large}, 413), so
     * it is quarantined whole like a single document over the limit.
     */
    public static final String BATCH_TOO_LARGE = "GatewayBatchTooLarge";
    /** Exchange property: the data rows of a batch file (an Iterator of rows, Closeable), read while they are split. */
    public static final String BATCH_ROWS = "GatewayBatchRows";

    /** Exchange property: the {@code outcome} option of {@code gateway:record} (converted, quarantined, duplicate, ...). */
    public static final String OUTCOME = "GatewayOutcome";
    /** Exchange property: the {@code target} option of {@code gateway:deliver} (e.g. {@code outbox}). */
    public static final String TARGET = "GatewayTarget";
    /** Exchange property: the {@link Step} that failed (the innermost one, when a step called others). */
    public static final String FAILED_STEP = "GatewayFailedStep";

    /** Header: the output profile (the credential's form and seal), e.g. {@code edc-jades}; absent: the configured default. */
    public static final String PROFILE = "GatewayProfile";

    /** Exchange property: the steps the input went through (List of {@link StepTrail.Run}), for its receipt. */
    public static final String STEPS = "GatewaySteps";
    /** Exchange property: the seals made for the input (List of {@link SealRecord}), for its receipt. */
    public static final String SEALS = "GatewaySeals";
    /**
     * Exchange property: the credential's EBSI VCDM 2.0 form as a compact JWT ({@code typ vc+jwt}), the form registries
     * take. Set by the seal stage when the output profile is {@code ebsi-jwt}, or when a delivery target takes the JWT
     * form (the profile stage then derives it besides the output form: {@link #EBSI_FORM}); stored for delivery.
     */
    public static final String JWT_FORM = "GatewayCredentialJwt";
    /**
     * Exchange property: the unsealed EBSI VCDM 2.0 form (JSON text) the profile stage derives besides another output
     * form when a delivery target takes the JWT form; the seal stage seals it into {@link #JWT_FORM}.
     */
    public static final String EBSI_FORM = "GatewayEbsiForm";

    /**
     * Header: who submitted the input (an API key id {@code key:<uuid>}, a token subject {@code oidc:<sub>}, or
     * {@code inbox} for a folder); never a learner's data. Set by the HTTP layer from the authenticated caller.
     */
    public static final String ACTOR = "GatewayActor";
    /**
     * Header: the formats (comma-separated) the submitting API key may vouch for: an input of such a format is sealed
     * without a trusted signature even where {@code gateway.check.require-trusted.<format>=true}. Absent: none.
     */
    public static final String VOUCHED_FORMATS = "GatewayVouchedFormats";

    /** Exchange property: the outcomes of a batch file's rows (one small entry per row), collected while its rows run. */
    public static final String BATCH_OUTCOMES = "GatewayBatchOutcomes";
    /** Exchange property: the conversion slot an inbox exchange holds while it runs, released when it completes. */
    public static final String CONVERSION_SLOT = "GatewayConversionSlot";
    /** Header (or exchange property) a caller or route sets to choose delivery targets, comma-separated: {@code registry,kafka}. */
    public static final String TARGETS = "GatewayDeliverTargets";
    /** Exchange property the targets step sets: the delivery targets chosen for the credential (List of String). */
    public static final String CHOSEN_TARGETS = "GatewayChosenTargets";
    /** Exchange property the targets step sets: true when a chosen target takes the EBSI JWT form (the profile step derives it). */
    public static final String JWT_FORM_WANTED = "GatewayJwtFormWanted";
    /** Exchange property set after storing: the delivery task ids (List of String), one per target. */
    public static final String DELIVERY_IDS = "GatewayDeliveryIds";
    /**
     * Exchange property a target route may set (an {@link java.time.Instant}) instead of delivering at once: the task
     * stays {@code pending} and is claimed again at that time, for targets whose recipient fetches the credential
     * itself (the wallet).
     */
    public static final String DELIVERY_AWAIT_UNTIL = "GatewayDeliveryAwaitUntil";
    /** Header set when a wallet offer was just made: its id. */
    public static final String WALLET_OFFER_ID = "GatewayWalletOfferId";
    /** Header set when a wallet offer with a PIN was just made: the PIN, for an out-of-band step of the route. */
    public static final String WALLET_TX_CODE = "GatewayWalletTxCode";
    /** Header: the delivery task's id (UUID text). */
    public static final String DELIVERY_ID = "GatewayDeliveryId";
    /** Header: this delivery attempt's number, 1-based, across re-arms. */
    public static final String DELIVERY_ATTEMPT = "GatewayDeliveryAttempt";
    /** Header: this delivery attempt's number since the last operator re-arm (1 = a fresh start). */
    public static final String DELIVERY_ATTEMPT_IN_BUDGET = "GatewayDeliveryAttemptInBudget";
    /** Header: set when a delivery resumes a task an earlier run left in flight. */
    public static final String DELIVERY_RESUMED = "GatewayDeliveryResumed";

    private GatewayHeaders() {
    }
}
