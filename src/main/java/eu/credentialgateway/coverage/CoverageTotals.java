package eu.credentialgateway.coverage;

/** The coverage of one format over several inputs: the row of the per-format table. */
public final class CoverageTotals {
    private final String format;
    private int files;
    private long values;
    private long reached;
    private long noted;

    public CoverageTotals(String format) {
        this.format = format;
    }

    public void add(CoverageReport report) {
        files++;
        values += report.total();
        reached += report.count(FieldResult.Status.REACHED);
        noted += report.count(FieldResult.Status.NOTED);
    }

    public String format() {
        return format;
    }

    public int files() {
        return files;
    }

    public long values() {
        return values;
    }

    /** Values neither reached nor noted: missing, or on the right node in another language. */
    public long lost() {
        return values - reached - noted;
    }

    /** Covered share in percent; 100 without counted values. */
    public double percent() {
        return values == 0 ? 100.0 : 100.0 * (reached + noted) / values;
    }

    /** format, files, values, reached, noted, lost, coverage: tab-separated. */
    public String row() {
        return String.format(java.util.Locale.ROOT, "%s\t%d\t%d\t%d\t%d\t%d\t%.1f%%", format, files, values, reached, noted, lost(), percent());
    }

    public static final String HEADER = "format\tfiles\tvalues\treached\tnoted\tlost\tcoverage";
}
