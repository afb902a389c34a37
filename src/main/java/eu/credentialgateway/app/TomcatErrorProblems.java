package eu.credentialgateway.app;

import jakarta.servlet.RequestDispatcher;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.res.StringManager;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Errors Tomcat answers itself, before the request reaches Spring (an encoded {@code /} or NUL in the path, a request
 * line and headers over {@code server.max-http-request-header-size}), as problem documents with a {@code code} like
 * every other error of the gateway, instead of Tomcat's HTML page: 400 {@code header-too-large} or {@code bad-request}
 * (the wallet endpoints in OAuth's error shape, {@code invalid_request}). The body names no part of the request and
 * carries no stack. Done by replacing the host's error report valve, the one place such answers are written.
 */
@Component
public class TomcatErrorProblems implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
    /** The problem code of a request whose request line and headers are over Tomcat's limit. */
    public static final String HEADER_TOO_LARGE = "header-too-large";
    /** Tomcat's message for it (the same string manager, so the same locale, as the one that threw it). */
    private static final String HEADER_TOO_LARGE_MESSAGE = StringManager.getManager("org.apache.coyote.http11")
            .getString("iib.requestheadertoolarge.error");
    private static final String WALLET = "/api/v1/wallet/";

    /** After Spring Boot's own customizer, which adds a plain error report valve of its own. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> replaceValve(context.getParent()));
    }

    private static void replaceValve(Container host) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve) {
                host.getPipeline().removeValve(valve);
            }
        }
        host.getPipeline().addValve(new ProblemValve());
        if (host instanceof StandardHost standard) {
            // else the host adds Tomcat's own valve again when it starts
            standard.setErrorReportValveClass(ProblemValve.class.getName());
        }
    }

    /** The code of an error Tomcat answered itself. */
    static String codeOf(int status, Throwable failure) {
        if (failure instanceof IllegalArgumentException && HEADER_TOO_LARGE_MESSAGE.equals(failure.getMessage())) {
            return HEADER_TOO_LARGE;
        }
        return SpringErrorProblems.codeOf(status);
    }

    static String detailOf(String code) {
        return switch (code) {
            case HEADER_TOO_LARGE -> "the request line and headers are larger than the server accepts";
            case "bad-request" -> "the request cannot be read (for example an encoded '/' or NUL in its path)";
            default -> "the request was refused before it reached the gateway";
        };
    }

    /** Tomcat's error report valve, writing problem documents. */
    public static final class ProblemValve extends ErrorReportValve {
        @Override
        protected void report(Request request, Response response, Throwable failure) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            Throwable cause = failure != null ? failure : (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            String code = codeOf(status, cause);
            String uri = request.getRequestURI();
            boolean wallet = uri != null && uri.startsWith(WALLET);
            String body = wallet ? SpringErrorProblems.walletJson(detailOf(code))
                    : SpringErrorProblems.problemJson(status, code, detailOf(code));
            try {
                response.setContentType(wallet ? MediaType.APPLICATION_JSON_VALUE : MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                OutputStream out = response.getOutputStream();
                out.write(body.getBytes(StandardCharsets.UTF_8));
                response.finishResponse();
            } catch (IOException | IllegalStateException lost) {
                // the client is gone or the response was taken over: nothing more to say
            }
        }
    }
}
