package eu.credentialgateway.ingest;

import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.Problems;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Step;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An RFC 9457 problem document for a rejected input, with every finding as an extension member. */
final class ProblemDocument {

    private ProblemDocument() {
    }

    static Map<String, Object> of(GatewayException rejected, Step step, int status, String inputId) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", Problems.TYPE_BASE + (status == 500 ? "internal-error" : typeName(rejected.rejection())));
        problem.put("title", title(rejected.rejection(), status));
        problem.put("status", status);
        problem.put("detail", rejected.getMessage());
        // the first finding's code, as every other problem of the gateway has one (the errors list every finding)
        problem.put("code", rejected.findings().get(0).code());
        // the step that refused it: the finding's stage says which part of the pipeline, this which of its steps
        problem.put("step", step.id());
        if (inputId != null) {
            problem.put("instance", "urn:credential-gateway:input:" + inputId);
            problem.put("inputId", inputId);
        }
        List<Map<String, String>> errors = rejected.findings().stream().map(ProblemDocument::error).toList();
        problem.put("errors", errors);
        return problem;
    }

    private static Map<String, String> error(Finding finding) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("stage", finding.stage().id());
        error.put("code", finding.code());
        error.put("message", finding.message());
        error.put("location", finding.location());
        return error;
    }

    private static String typeName(Rejection rejection) {
        return switch (rejection) {
            case INVALID -> "invalid-document";
            case TOO_LARGE -> "document-too-large";
            case UNSUPPORTED_FORMAT -> "unsupported-format";
        };
    }

    private static String title(Rejection rejection, int status) {
        if (status == 500) {
            return "The gateway failed while converting the document";
        }
        return switch (rejection) {
            case INVALID -> "The document cannot be converted into a valid credential";
            case TOO_LARGE -> "The document is larger than the gateway accepts";
            case UNSUPPORTED_FORMAT -> "The document's format is not one this gateway converts";
        };
    }
}
